package org.iocmetrics.gold;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.iocmetrics.contract.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Source;
import org.iocmetrics.ingest.IngestJob;
import org.iocmetrics.ingest.TestDrops;
import org.iocmetrics.ingest.TestRows;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold brought up to silver after each of two drops, changes to earlier calls and a port's move
 * equals gold computed afresh from that silver: the second drop, of new calls only, is merged from
 * silver's changes alone, the changes to earlier calls from the silver tables (operations and
 * arrivals by id, patrol intervals by month); after the port moves to another IOC gold is rebuilt
 * whole. Each change drops the stored metric values of exactly the periods it reaches.
 */
class GoldUpdateTest {
    private static final String FIRST_IMO = "9071428";
    private static final String SECOND_IMO = "9074729";

    @Test
    void updatedGoldEqualsGoldComputedAfreshFromSilver(@TempDir Path work) {
        Lake lake = TestLakes.at(work.resolve("lake"));
        Path first = TestDrops.withReferenceOnly(work.resolve("drop-1"));
        TestDrops.csv(first, "arrivals/part-1.csv", Source.ARRIVALS,
                arrival("A-1", FIRST_IMO, "2026-01-30T12:00:00Z"),
                arrival("A-2", FIRST_IMO, "2026-02-20T12:00:00Z"),
                arrival("A-3", "", "2026-03-31T23:00:00Z"),
                arrival("A-4", SECOND_IMO, "2026-02-25T12:00:00Z"),
                arrival("A-5", FIRST_IMO, "2026-02-10T12:00:00Z"),
                // the first vessel's call of the year before: too early for any change below to matter
                arrival("A-6", FIRST_IMO, "2025-06-01T12:00:00Z"));
        TestDrops.csv(first, "screenings/part-1.csv", Source.SCREENINGS,
                TestRows.row(Source.SCREENINGS, SCREENED_AT, "2026-01-29T10:00:00Z"),
                // an orphan until A-7 arrives in the second drop
                TestRows.row(Source.SCREENINGS, SCREENING_ID, "S-3", ARRIVAL_ID, "A-7", SCREENED_AT, "2026-01-18T09:00:00Z"));
        TestDrops.csv(first, "operations/part-1.csv", Source.OPERATIONS,
                boarding("O-1", "A-1", "2026-01-30T14:00:00Z"),
                boarding("O-3", "A-4", "2026-02-25T14:00:00Z"),
                boarding("O-4", "A-5", "2026-02-10T14:00:00Z"),
                // executed patrols overlapping across the January/February boundary
                patrol("P-1", "USCG", "EXECUTED", "2026-01-31T22:00:00Z", "2026-02-01T02:00:00Z"),
                patrol("P-2", "CBP", "EXECUTED", "2026-01-31T23:00:00Z", "2026-02-01T01:00:00Z"),
                patrol("P-3", "HSI", "PLANNED", "2026-03-10T10:00:00Z", "2026-03-10T14:00:00Z"),
                patrol("P-4", "USCG", "PLANNED", "2026-03-10T12:00:00Z", "2026-03-10T16:00:00Z"),
                // seven weeks on patrol: its facts lie in January's partition, its interval reaches into
                // March, whose intervals the move of HSI's plan below recomputes
                patrol("P-5", "CBP", "EXECUTED", "2026-01-20T00:00:00Z", "2026-03-10T13:00:00Z"));
        IngestJob.run(TestLakes.drop(first), lake);
        GoldJob.build(lake);
        assertGoldEqualsSilverAfresh(lake);
        assertEquals(List.of("A-5"), repeatBoarded(lake));
        MetricsJob.compute(lake, STORED_PERIODS);
        long arrivalFactsVersion = lake.version(LakeTable.GOLD_ARRIVAL_FACTS).orElseThrow();
        GoldJob.build(lake);
        assertEquals(arrivalFactsVersion, lake.version(LakeTable.GOLD_ARRIVAL_FACTS).orElseThrow(), "nothing to update");
        assertEquals(ids(STORED_PERIODS), storedPeriods(lake), "nothing to drop");

        // only a new call, its screening, its boarding and the orphan S-3 promoted: the new rows are all
        // in silver's changes. A-7's boarding makes the first vessel's, 10 and 21 days later, repeats
        Path second = TestDrops.withReferenceOnly(work.resolve("drop-2"));
        TestDrops.csv(second, "arrivals/part-1.csv", Source.ARRIVALS, arrival("A-7", FIRST_IMO, "2026-01-20T12:00:00Z"));
        TestDrops.csv(second, "screenings/part-1.csv", Source.SCREENINGS,
                TestRows.row(Source.SCREENINGS, SCREENING_ID, "S-4", ARRIVAL_ID, "A-7", SCREENED_AT, "2026-01-19T09:00:00Z"));
        TestDrops.csv(second, "operations/part-1.csv", Source.OPERATIONS, boarding("O-5", "A-7", "2026-01-20T14:00:00Z"));
        IngestJob.run(TestLakes.drop(second), lake);
        GoldJob.build(lake);
        assertEquals("MERGE", lastOperation(lake, LakeTable.GOLD_ARRIVAL_FACTS));
        assertEquals("3", TestLakes.lastOperationMetrics(lake, LakeTable.GOLD_ARRIVAL_FACTS).get("numSourceRows"),
                "A-7, A-1 and A-5");
        assertGoldEqualsSilverAfresh(lake);
        assertEquals(List.of("A-1", "A-5"), repeatBoarded(lake));
        assertEquals(2L, lake.read(LakeTable.GOLD_ARRIVAL_FACTS).where(col(ARRIVAL_ID).equalTo("A-7"))
                .select(GoldColumns.SCREENING_COUNT).as(Encoders.LONG()).first(), "S-3 promoted, and S-4");
        assertEquals(List.of("2025-Q2", "2026-05", "2026-07"), storedPeriods(lake), "January and February 2026 changed (December 2025 meets January in Honolulu)");

        // changes to calls of earlier batches, made in silver as a drop would make them (without the rest
        // of an ingest): A-1 was the first vessel's boarding before A-5 and becomes the second vessel's
        // before A-4; A-3's facts move from the March partition to April's (the merge must find the old
        // row) and it gets a screening; A-2 a boarding; HSI's plan moves from March to May (March loses
        // its planned overlap)
        lake.upsert(changedCopy(lake, Source.ARRIVALS, "A-1", IMO_NUMBER, SECOND_IMO)
                        .unionByName(changedCopy(lake, Source.ARRIVALS, "A-3", ARRIVED_AT, "2026-04-01T02:00:00Z")),
                LakeTable.silver(Source.ARRIVALS), ARRIVAL_ID);
        lake.upsert(changedCopy(lake, Source.SCREENINGS, "S-1", SCREENING_ID, "S-2", ARRIVAL_ID, "A-3",
                SCREENED_AT, "2026-03-31T20:00:00Z"), LakeTable.silver(Source.SCREENINGS), SCREENING_ID);
        lake.upsert(changedCopy(lake, Source.OPERATIONS, "O-1", OPERATION_ID, "O-2", ARRIVAL_ID, "A-2",
                        PLANNED_START, "2026-02-20T14:00:00Z", PLANNED_END, "2026-02-20T16:00:00Z",
                        ACTUAL_START, "2026-02-20T14:00:00Z", ACTUAL_END, "2026-02-20T16:00:00Z")
                        .unionByName(changedCopy(lake, Source.OPERATIONS, "P-3",
                                PLANNED_START, "2026-05-10T10:00:00Z", PLANNED_END, "2026-05-10T14:00:00Z")),
                LakeTable.silver(Source.OPERATIONS), OPERATION_ID);
        GoldJob.build(lake);
        assertEquals("MERGE", lastOperation(lake, LakeTable.GOLD_ARRIVAL_FACTS));
        assertEquals("5", TestLakes.lastOperationMetrics(lake, LakeTable.GOLD_ARRIVAL_FACTS).get("numSourceRows"),
                "all but A-6 and A-7");
        assertEquals("MERGE", lastOperation(lake, LakeTable.GOLD_OPERATION_FACTS));
        assertEquals("WRITE", lastOperation(lake, LakeTable.GOLD_PATROL_INTERVALS));
        assertGoldEqualsSilverAfresh(lake);
        assertEquals(List.of("A-2", "A-4", "A-5"), repeatBoarded(lake));
        assertEquals(List.of("2026-01-01", "2026-02-01", "2026-03-01", "2026-05-01"),
                lake.read(LakeTable.GOLD_PATROL_INTERVALS).select(col(GoldColumns.MONTH).cast("string")).distinct()
                        .orderBy(GoldColumns.MONTH).as(Encoders.STRING()).collectAsList());
        // the months changed are January to May 2026 (UTC)
        assertEquals(List.of("2025-Q2", "2026-07"), storedPeriods(lake), "the values of every period the change reaches are dropped");

        // an IOC's zone changes the cut of every period, and nothing of gold
        long operationFactsVersion = lake.version(LakeTable.GOLD_OPERATION_FACTS).orElseThrow();
        lake.upsert(GoldJob.silver(lake, Source.IOCS).where(col(IOC_ID).equalTo("IOC-BOS"))
                .withColumn(TIME_ZONE, lit("America/Chicago")), LakeTable.silver(Source.IOCS), IOC_ID);
        GoldJob.build(lake);
        assertEquals(operationFactsVersion, lake.version(LakeTable.GOLD_OPERATION_FACTS).orElseThrow());
        assertEquals(List.of(), storedPeriods(lake));
        MetricsJob.compute(lake, STORED_PERIODS);

        // a port moved to another IOC, as a drop's ports file would change it (without the rest of an ingest)
        lake.upsert(GoldJob.silver(lake, Source.PORTS).where(col(PORT_CODE).equalTo("USBOS"))
                .withColumn(IOC_ID, lit("IOC-HNL")), LakeTable.silver(Source.PORTS), PORT_CODE);
        GoldJob.build(lake);
        assertEquals("WRITE", lastOperation(lake, LakeTable.GOLD_ARRIVAL_FACTS), "rebuilt");
        assertGoldEqualsSilverAfresh(lake);
        assertEquals(List.of("IOC-HNL"), lake.read(LakeTable.GOLD_ARRIVAL_FACTS).select(IOC_ID).distinct()
                .as(Encoders.STRING()).collectAsList());
        assertEquals(List.of(), storedPeriods(lake), "a rebuild drops every stored value");
    }

    private static List<String> ids(List<Period> periods) {
        return periods.stream().map(Period::id).sorted().toList();
    }

    private static List<String> storedPeriods(Lake lake) {
        return lake.read(LakeTable.GOLD_METRIC_VALUES).select(GoldColumns.PERIOD).distinct().orderBy(GoldColumns.PERIOD)
                .as(Encoders.STRING()).collectAsList();
    }

    /** Periods whose metric values are stored before the changes: some the changes reach, some not. */
    private static final List<Period> STORED_PERIODS = Stream.of("2025-Q2", "2025-12", "2026-Q1", "2026-05", "2026-07")
            .map(Period::parse).toList();
    private static final String UPDATED = "2026-05-10T06:00:00Z";

    private static Map<String, String> arrival(String id, String imo, String arrivedAt) {
        return TestRows.row(Source.ARRIVALS, ARRIVAL_ID, id, IMO_NUMBER, imo, NOA_RECEIVED_AT, "",
                ARRIVED_AT, arrivedAt, DEPARTED_AT, "");
    }

    /** A copy of a silver row with some values changed, typed as the table types them. */
    private static Dataset<Row> changedCopy(Lake lake, Source source, String id, String... columnValuePairs) {
        Dataset<Row> row = GoldJob.silver(lake, source).where(col(source.idColumn()).equalTo(id));
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            String column = columnValuePairs[i];
            row = row.withColumn(column, lit(columnValuePairs[i + 1]).cast(row.schema().apply(column).dataType()));
        }
        return row;
    }

    private static Map<String, String> boarding(String id, String arrivalId, String start) {
        String end = java.time.Instant.parse(start).plusSeconds(7_200).toString();
        return TestRows.row(Source.OPERATIONS, OPERATION_ID, id, ARRIVAL_ID, arrivalId,
                PLANNED_START, start, PLANNED_END, end, ACTUAL_START, start, ACTUAL_END, end);
    }

    private static Map<String, String> patrol(String id, String agency, String status, String start, String end) {
        boolean executed = status.equals("EXECUTED");
        return TestRows.row(Source.OPERATIONS, OPERATION_ID, id, AGENCY_ID, agency, OPERATION_TYPE, "HARBOR_PATROL",
                ARRIVAL_ID, "", AREA_CODE, "H1", STATUS, status, PLANNED_START, start, PLANNED_END, end,
                ACTUAL_START, executed ? start : "", ACTUAL_END, executed ? end : "", FINDINGS_COUNT, "",
                UPDATED_AT, UPDATED);
    }

    /** Every gold fact table holds exactly the rows the gold functions give for the lake's silver now. */
    private static void assertGoldEqualsSilverAfresh(Lake lake) {
        Dataset<Row> operationFacts = OperationFacts.of(GoldJob.silver(lake, Source.OPERATIONS));
        assertSameRows(operationFacts, lake.read(LakeTable.GOLD_OPERATION_FACTS), "operation facts");
        assertSameRows(ArrivalFacts.of(GoldJob.silver(lake, Source.ARRIVALS), GoldJob.silver(lake, Source.PORTS),
                        GoldJob.silver(lake, Source.SCREENINGS), operationFacts),
                lake.read(LakeTable.GOLD_ARRIVAL_FACTS), "arrival facts");
        assertSameRows(PatrolIntervals.of(operationFacts), lake.read(LakeTable.GOLD_PATROL_INTERVALS), "patrol intervals");
    }

    private static void assertSameRows(Dataset<Row> expected, Dataset<Row> stored, String table) {
        assertEquals(sortedRows(expected), sortedRows(stored.select(expected.columns()[0], rest(expected.columns()))), table);
    }

    private static String[] rest(String[] columns) {
        return java.util.Arrays.copyOfRange(columns, 1, columns.length);
    }

    private static List<String> sortedRows(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static List<String> repeatBoarded(Lake lake) {
        return lake.read(LakeTable.GOLD_ARRIVAL_FACTS).where(col(GoldColumns.REPEAT_BOARDED)).select(ARRIVAL_ID)
                .orderBy(ARRIVAL_ID).as(Encoders.STRING()).collectAsList();
    }

    private static String lastOperation(Lake lake, LakeTable table) {
        return lake.delta(table).history(1).select("operation").as(Encoders.STRING()).first();
    }
}
