package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.cli.Main;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.Stderr;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {
    private final SparkSession spark = SharedSpark.session();

    @Test
    void theExampleDropIngestsThroughTheCommandAndAgainIsANoOp(@TempDir Path lake) {
        assertEquals(0, Main.run("ingest", "--input", TestDrops.EXAMPLE.toString(), "--lake", lake.toString()));
        Map<String, Long> bronzeBefore = rowCounts(lake, "bronze/");
        List<String> silverBefore = silverContents(lake);
        long logRowsBefore = table(lake, LakeTable.INGEST_LOG).count();

        IngestResult again = IngestJob.run(TestLakes.drop(TestDrops.EXAMPLE), TestLakes.at(lake));

        assertTrue(again.alreadyIngested());
        assertEquals(Map.of("iocs", 5L, "agencies", 6L, "ports", 6L, "participants", 0L, "arrivals", 3L,
                "screenings", 3L, "operations", 5L), acceptedPerSource(again));
        assertEquals(List.of(), again.of(Source.PARTICIPANTS).files());
        for (SourceResult source : again.sources()) {
            assertEquals(0, source.rowsQuarantined() + source.rowsDuplicate(), source.source().name());
        }
        assertEquals(List.of("arrivals/part-1.csv", "arrivals/part-2.csv.gz"), again.of(Source.ARRIVALS).files());
        assertEquals(List.of("screenings/part-1.csv", "screenings/part-2.jsonl"), again.of(Source.SCREENINGS).files());
        assertEquals(bronzeBefore, rowCounts(lake, "bronze/"));
        assertEquals(silverBefore, silverContents(lake));
        assertEquals(Source.values().length, logRowsBefore);
        assertEquals(logRowsBefore, table(lake, LakeTable.INGEST_LOG).count());
        assertFalse(Files.exists(lake.resolve(LakeTable.QUARANTINE.relativePath())));
        assertAccountingHolds(lake);
    }

    @Test
    void formatsDuplicatesVersionsConflictsAndOrphansAcrossTwoDrops(@TempDir Path work) throws IOException {
        Path first = TestDrops.withReferenceOnly(work.resolve("drop-1"));
        Map<String, String> a1 = TestRows.row(Source.ARRIVALS);
        Map<String, String> a2 = TestRows.row(Source.ARRIVALS, Columns.ARRIVAL_ID, "A-2",
                Columns.VESSEL_NAME, "MV \"QUOTED\"\nSTAR");
        Map<String, String> a5Bad = TestRows.row(Source.ARRIVALS, Columns.ARRIVAL_ID, "A-5",
                Columns.VESSEL_TYPE, "SUBMARINE");
        TestDrops.csv(first, "arrivals/part-1.csv", Source.ARRIVALS, a1, a2, a5Bad);
        TestDrops.csvGz(first, "arrivals/part-2.csv.gz", Source.ARRIVALS,
                TestRows.row(Source.ARRIVALS, Columns.ARRIVED_AT, "2026-05-04T11:30:00Z"),
                TestRows.row(Source.ARRIVALS, Columns.ARRIVAL_ID, "A-3"));
        TestDrops.write(first, "arrivals/part-3.jsonl", jsonLine(TestRows.row(Source.ARRIVALS,
                Columns.DEPARTED_AT, "2026-05-06T01:00:00Z", Columns.UPDATED_AT, "2026-05-11T06:00:00Z")));
        writeParquetArrival(first.resolve("arrivals/part-4.parquet"), work.resolve("parquet-out"));
        TestDrops.csv(first, "screenings/part-1.csv", Source.SCREENINGS, TestRows.row(Source.SCREENINGS),
                TestRows.row(Source.SCREENINGS, Columns.SCREENING_ID, "S-9", Columns.ARRIVAL_ID, "A-9"));
        // a roster with a duplicate entry and an agency nobody knows
        TestDrops.csv(first, "reference/participants.csv", Source.PARTICIPANTS, TestRows.row(Source.PARTICIPANTS),
                TestRows.row(Source.PARTICIPANTS), TestRows.row(Source.PARTICIPANTS, Columns.AGENCY_ID, "FBI"));
        TestDrops.csv(first, "operations/part-1.csv", Source.OPERATIONS, TestRows.row(Source.OPERATIONS),
                TestRows.row(Source.OPERATIONS, Columns.PERSONNEL_HOURS, "7.0"),
                TestRows.row(Source.OPERATIONS, Columns.OPERATION_ID, "O-2", Columns.ARRIVAL_ID, ""));
        Path lake = work.resolve("lake");

        IngestResult one = IngestJob.run(TestLakes.drop(first), TestLakes.at(lake));

        assertEquals(List.of(7L, 5L, 1L, 1L), counts(one.of(Source.ARRIVALS)));
        assertEquals(List.of(2L, 1L, 1L, 0L), counts(one.of(Source.SCREENINGS)));
        assertEquals(List.of(3L, 1L, 2L, 0L), counts(one.of(Source.OPERATIONS)));
        assertEquals(List.of(3L, 1L, 1L, 1L), counts(one.of(Source.PARTICIPANTS)));
        assertEquals(List.of(
                        "A-1 2026-05-06 01:00:00 25000 true arrivals/part-3.jsonl 1",
                        "A-2 2026-05-05 22:00:00 25000 true arrivals/part-1.csv 2",
                        "A-3 2026-05-05 22:00:00 25000 true arrivals/part-2.csv.gz 2",
                        "A-4 null 1000 true arrivals/part-4.parquet 1"),
                table(work.resolve("lake"), LakeTable.SILVER_ARRIVALS).orderBy(Columns.ARRIVAL_ID)
                        .selectExpr("concat_ws(' ', arrival_id, coalesce(cast(departed_at as string), 'null'),"
                                + " gross_tonnage, certain_dangerous_cargo, _source_file, _row_number)")
                        .as(Encoders.STRING()).collectAsList());
        assertEquals("MV \"QUOTED\"\nSTAR", table(lake, LakeTable.SILVER_ARRIVALS)
                .where("arrival_id = 'A-2'").first().getAs(Columns.VESSEL_NAME));
        assertEquals(Timestamp.from(Instant.parse("2026-05-04T11:30:00Z")), table(lake, LakeTable.SILVER_ARRIVALS)
                .where("arrival_id = 'A-4'").first().getAs(Columns.ARRIVED_AT));
        assertEquals(List.of(
                        "arrivals arrivals/part-1.csv 3 BAD_ENUM false",
                        "operations operations/part-1.csv 1 CONFLICTING_VERSION false",
                        "operations operations/part-1.csv 2 CONFLICTING_VERSION false",
                        "participants reference/participants.csv 3 UNKNOWN_AGENCY false",
                        "screenings screenings/part-1.csv 2 ORPHAN_ARRIVAL false"),
                quarantine(lake));
        for (Source source : Source.values()) {
            assertEquals(SilverSchema.of(source), table(lake, LakeTable.silver(source)).schema(), source.name());
        }

        Map<LakeTable, Long> referenceVersions = referenceVersions(lake);

        Path second = TestDrops.withReferenceOnly(work.resolve("drop-2"));
        TestDrops.csv(second, "arrivals/part-1.csv", Source.ARRIVALS,
                TestRows.row(Source.ARRIVALS, Columns.ARRIVAL_ID, "A-9"),
                TestRows.row(Source.ARRIVALS, Columns.ARRIVAL_ID, "A-2", Columns.VESSEL_NAME, "MV RENAMED",
                        Columns.UPDATED_AT, "2026-05-12T00:00:00Z"));
        IngestResult two = IngestJob.run(TestLakes.drop(second), TestLakes.at(lake));

        assertEquals("MV RENAMED", table(lake, LakeTable.SILVER_ARRIVALS)
                .where("arrival_id = 'A-2'").first().getAs(Columns.VESSEL_NAME));
        // one row per id, the new A-9 and the updated A-2 merged together
        assertEquals(List.of("A-1", "A-2", "A-3", "A-4", "A-9"), table(lake, LakeTable.SILVER_ARRIVALS)
                .orderBy(Columns.ARRIVAL_ID).select(Columns.ARRIVAL_ID).as(Encoders.STRING()).collectAsList());
        assertEquals(1, two.of(Source.SCREENINGS).orphansPromoted());
        assertEquals(List.of("S-1", "S-9"), table(lake, LakeTable.SILVER_SCREENINGS).orderBy(Columns.SCREENING_ID)
                .select(Columns.SCREENING_ID).as(Encoders.STRING()).collectAsList());
        assertEquals(List.of(
                        "arrivals arrivals/part-1.csv 3 BAD_ENUM false",
                        "operations operations/part-1.csv 1 CONFLICTING_VERSION false",
                        "operations operations/part-1.csv 2 CONFLICTING_VERSION false",
                        "participants reference/participants.csv 3 UNKNOWN_AGENCY false",
                        "screenings screenings/part-1.csv 2 ORPHAN_ARRIVAL true " + two.batchId()),
                quarantine(lake));
        // the second drop carried no roster: the first one's stays
        assertEquals(List.of("IOC-BOS USCG"), roster(lake));
        // the reference tables came again unchanged: accepted, and not written
        assertEquals(one.of(Source.PORTS).rowsAccepted(), two.of(Source.PORTS).rowsAccepted());
        assertEquals(referenceVersions, referenceVersions(lake));

        // a later roster replaces the whole roster, not just the entries it names; a renamed port is merged
        Path third = TestDrops.withReferenceOnly(work.resolve("drop-3"));
        TestDrops.csv(third, "reference/participants.csv", Source.PARTICIPANTS,
                TestRows.row(Source.PARTICIPANTS, Columns.AGENCY_ID, "CBP"));
        TestDrops.write(third, "reference/ports.csv", Files.readAllLines(TestDrops.EXAMPLE.resolve("reference/ports.csv"))
                .stream().map(line -> line.replace("USSLM,Salem,", "USSLM,Salem Harbor,")).toArray(String[]::new));
        IngestJob.run(TestLakes.drop(third), TestLakes.at(lake));
        assertEquals(List.of("IOC-BOS CBP"), roster(lake));
        assertEquals("Salem Harbor", table(lake, LakeTable.SILVER_PORTS).where("port_code = 'USSLM'").first().getAs("name"));
        assertEquals(referenceVersions.get(LakeTable.SILVER_PORTS) + 1, referenceVersions(lake).get(LakeTable.SILVER_PORTS));
        assertEquals(referenceVersions.get(LakeTable.SILVER_IOCS), referenceVersions(lake).get(LakeTable.SILVER_IOCS));

        // what the rule compares: the values, not the lineage; the roster also in the other direction
        IngestLake ingestLake = new IngestLake(TestLakes.at(lake));
        Dataset<Row> roster = table(lake, LakeTable.SILVER_PARTICIPANTS);
        Dataset<Row> ports = table(lake, LakeTable.SILVER_PORTS);
        assertTrue(ingestLake.holdsAlready(roster.withColumn(Columns.BATCH_ID, lit("b9")),
                Source.PARTICIPANTS, true));
        assertTrue(ingestLake.holdsAlready(ports.where("port_code = 'USBOS'"), Source.PORTS, false));
        assertFalse(ingestLake.holdsAlready(ports.where("port_code = 'USBOS'"), Source.PORTS, true));
        assertFalse(ingestLake.holdsAlready(ports.withColumn("latitude", lit(null)
                .cast(ports.schema().apply("latitude").dataType())), Source.PORTS, false));
        assertAccountingHolds(lake);
        assertEquals(3 * Source.values().length, table(lake, LakeTable.INGEST_LOG).count());
    }

    @Test
    void aMissingRequiredColumnFailsWithOneLineNamingFileAndColumnAndWritesNothing(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        String header = TestRows.header(Source.ARRIVALS).replace("," + Columns.ARRIVED_AT, "");
        TestDrops.write(drop, "arrivals/part-2.csv", header);
        Path lake = work.resolve("lake");

        UserError error = assertThrows(UserError.class, () -> IngestJob.run(TestLakes.drop(drop), TestLakes.at(lake)));

        assertEquals("arrivals/part-2.csv: missing required column arrived_at", error.getMessage());
        assertFalse(Files.exists(lake));
        assertEquals(2, Main.run("ingest", "--input", drop.toString(), "--lake", lake.toString()));
        assertEquals(2, Main.run("ingest", "--input", work.resolve("nowhere").toString(), "--lake", lake.toString()));
        assertFalse(Files.exists(lake));
    }

    @Test
    void anUnreadableFileFailsWithOneLineNamingTheFile(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestDrops.write(drop, "screenings/part-1.csv.gz", "this is not gzip");

        UserError error = assertThrows(UserError.class, () -> IngestJob.run(TestLakes.drop(drop), TestLakes.at(work.resolve("lake"))));

        assertEquals("screenings/part-1.csv.gz: unreadable file (Not in GZIP format)", error.getMessage());
        assertFalse(Files.exists(work.resolve("lake")));
    }

    @Test
    void aTruncatedGzipFailsTheWholeBatchBeforeAnythingIsCommitted(@TempDir Path work) throws Exception {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        Path whole = work.resolve("whole");
        TestDrops.csvGz(whole, "operations/part-1.csv.gz", Source.OPERATIONS,
                TestRows.row(Source.OPERATIONS), TestRows.row(Source.OPERATIONS, Columns.OPERATION_ID, "O-2"));
        byte[] bytes = Files.readAllBytes(whole.resolve("operations/part-1.csv.gz"));
        Files.write(drop.resolve("operations/part 1.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 12));
        Path lake = work.resolve("lake");

        String err = Stderr.of(() -> assertEquals(2, Main.run("ingest", "--input", drop.toString(), "--lake", lake.toString())));

        assertTrue(err.startsWith("ioc-metrics: operations/part 1.csv.gz: unreadable file ("), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(Files.exists(lake), "the reference tables of the batch were not committed either");
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, Main.run("ingest", "--help"));
    }

    private void assertAccountingHolds(Path lake) {
        for (Row row : table(lake, LakeTable.INGEST_LOG).collectAsList()) {
            assertEquals(row.<Long>getAs(IngestLogColumns.ROWS_READ),
                    row.<Long>getAs(IngestLogColumns.ROWS_ACCEPTED) + row.<Long>getAs(IngestLogColumns.ROWS_QUARANTINED)
                            + row.<Long>getAs(IngestLogColumns.ROWS_DUPLICATE),
                    row.toString());
        }
    }

    private static List<Long> counts(SourceResult result) {
        return List.of(result.rowsRead(), result.rowsAccepted(), result.rowsQuarantined(), result.rowsDuplicate());
    }

    private static Map<String, Long> acceptedPerSource(IngestResult result) {
        return result.sources().stream().collect(Collectors.toMap(s -> s.source().tableName(), SourceResult::rowsAccepted));
    }

    private List<String> quarantine(Path lake) {
        return table(lake, LakeTable.QUARANTINE)
                .orderBy(QuarantineColumns.SOURCE, Columns.SOURCE_FILE, Columns.ROW_NUMBER)
                .selectExpr("concat_ws(' ', source, _source_file, _row_number, array_join(reasons, ','),"
                        + " released, released_batch)")
                .as(Encoders.STRING()).collectAsList();
    }

    private static Map<LakeTable, Long> referenceVersions(Path lake) {
        Map<LakeTable, Long> versions = new EnumMap<>(LakeTable.class);
        for (LakeTable table : List.of(LakeTable.SILVER_IOCS, LakeTable.SILVER_AGENCIES, LakeTable.SILVER_PORTS)) {
            versions.put(table, TestLakes.at(lake).version(table).orElseThrow());
        }
        return versions;
    }

    private List<String> roster(Path lake) {
        return table(lake, LakeTable.SILVER_PARTICIPANTS).orderBy(Columns.IOC_ID, Columns.AGENCY_ID)
                .selectExpr("concat_ws(' ', ioc_id, agency_id)").as(Encoders.STRING()).collectAsList();
    }

    private Dataset<Row> table(Path lake, LakeTable table) {
        return spark.read().format("delta").load(TestLakes.at(lake).location(table));
    }

    private Map<String, Long> rowCounts(Path lake, String prefix) {
        return Stream.of(LakeTable.values())
                .filter(t -> t.relativePath().startsWith(prefix) && Files.exists(lake.resolve(t.relativePath())))
                .collect(Collectors.toMap(LakeTable::relativePath, t -> table(lake, t).count()));
    }

    private List<String> silverContents(Path lake) {
        List<String> rows = new ArrayList<>();
        for (Source source : Source.values()) {
            table(lake, LakeTable.silver(source)).collectAsList().forEach(row -> rows.add(row.toString()));
        }
        return rows.stream().sorted().toList();
    }

    /** A JSON Lines record with numbers and booleans as JSON numbers and booleans. */
    private static String jsonLine(Map<String, String> row) {
        Set<String> bare = Set.of(Columns.GROSS_TONNAGE, Columns.CERTAIN_DANGEROUS_CARGO, Columns.HIGH_CAPACITY_PASSENGER);
        return row.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + (bare.contains(e.getKey()) ? e.getValue() : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A Parquet file with typed columns (timestamps, longs, booleans), as another system would write it. */
    private void writeParquetArrival(Path target, Path scratch) {
        Row row = RowFactory.create("A-4", "USBOS", "9071428", "366780494", "MV PARQUET", "LR", "TANKER", 1000L,
                null, Timestamp.from(Instant.parse("2026-05-04T11:30:00Z")), null, null, true, false,
                Timestamp.from(Instant.parse("2026-05-10T06:00:00Z")));
        spark.createDataFrame(List.of(row), SilverSchema.contractColumns(Source.ARRIVALS))
                .coalesce(1).write().parquet(scratch.toString());
        try (Stream<Path> files = Files.list(scratch)) {
            Path part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.copy(part, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
