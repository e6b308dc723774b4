package org.iocmetrics.report;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.gold.OperationFacts;
import org.iocmetrics.ingest.IngestLogColumns;
import org.iocmetrics.ingest.QuarantineColumns;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.testing.TestLakes;

/** Writes hand-made gold, silver and ops tables, in the shapes the other jobs write, into a test lake. */
final class ReportLakeFixture {
    private static final StructType METRIC_VALUES = new StructType()
            .add(GoldColumns.METRIC_ID, DataTypes.StringType, false)
            .add(GoldColumns.SCOPE, DataTypes.StringType, false)
            .add(Columns.IOC_ID, DataTypes.StringType, true)
            .add(GoldColumns.PERIOD, DataTypes.StringType, false)
            .add(GoldColumns.PERIOD_START, DataTypes.DateType, false)
            .add(GoldColumns.PERIOD_END, DataTypes.DateType, false)
            .add(GoldColumns.VALUE, DataTypes.DoubleType, true)
            .add(GoldColumns.NUMERATOR, DataTypes.DoubleType, true)
            .add(GoldColumns.DENOMINATOR, DataTypes.DoubleType, true)
            .add(GoldColumns.COMPUTED_AT, DataTypes.TimestampType, false);
    private static final StructType IOCS = new StructType()
            .add(Columns.IOC_ID, DataTypes.StringType, false)
            .add(Columns.COTP_ZONE, DataTypes.StringType, false)
            .add(Columns.NAME, DataTypes.StringType, false)
            .add(Columns.DISTRICT, DataTypes.StringType, true)
            .add(Columns.TIME_ZONE, DataTypes.StringType, false);
    private static final StructType ARRIVAL_FACTS = new StructType()
            .add(Columns.ARRIVAL_ID, DataTypes.StringType, false)
            .add(Columns.IOC_ID, DataTypes.StringType, false)
            .add(Columns.VESSEL_NAME, DataTypes.StringType, false)
            .add(Columns.IMO_NUMBER, DataTypes.StringType, true)
            .add(Columns.ARRIVED_AT, DataTypes.TimestampType, false)
            .add(GoldColumns.HIGH_RISK, DataTypes.BooleanType, false)
            .add(GoldColumns.BOARDED, DataTypes.BooleanType, false)
            .add(GoldColumns.DUPLICATED, DataTypes.BooleanType, false)
            .add(GoldColumns.DUPLICATE_HOURS, DataTypes.DoubleType, false)
            .add(GoldColumns.BOARDING_AGENCIES, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(GoldColumns.BOARDING_HOURS, DataTypes.DoubleType, false)
            .add(GoldColumns.SCREENING_AGENCIES, DataTypes.createArrayType(DataTypes.StringType, false), false);
    private static final StructType PATROL_INTERVALS = new StructType()
            .add(GoldColumns.INTERVAL_KIND, DataTypes.StringType, false)
            .add(Columns.IOC_ID, DataTypes.StringType, false)
            .add(Columns.OPERATION_TYPE, DataTypes.StringType, true)
            .add(Columns.AREA_CODE, DataTypes.StringType, true)
            .add(GoldColumns.START_AT, DataTypes.TimestampType, false)
            .add(GoldColumns.END_AT, DataTypes.TimestampType, false);

    /** The columns of silver/screenings that the reports read. */
    private static final StructType SCREENINGS = new StructType()
            .add(Columns.ARRIVAL_ID, DataTypes.StringType, false)
            .add(Columns.AGENCY_ID, DataTypes.StringType, false)
            .add(Columns.SHARED_WITH_IOC, DataTypes.BooleanType, false);
    /** The columns of gold/operation_facts that the reports read. */
    private static final StructType OPERATION_FACTS = new StructType()
            .add(Columns.IOC_ID, DataTypes.StringType, false)
            .add(Columns.AGENCY_ID, DataTypes.StringType, false)
            .add(GoldColumns.EVENT_AT, DataTypes.TimestampType, false)
            .add(GoldColumns.EXECUTED, DataTypes.BooleanType, false)
            .add(GoldColumns.POSTED, DataTypes.BooleanType, false)
            .add(GoldColumns.JOINT, DataTypes.BooleanType, false)
            .add(Columns.OPERATION_TYPE, DataTypes.StringType, false)
            .add(Columns.AREA_CODE, DataTypes.StringType, true)
            .add(Columns.ARRIVAL_ID, DataTypes.StringType, true)
            .add(GoldColumns.EFFORT_KEY, DataTypes.StringType, false)
            .add(GoldColumns.BOARDING_TYPE, DataTypes.BooleanType, false)
            .add(GoldColumns.PATROL_TYPE, DataTypes.BooleanType, false)
            .add(GoldColumns.IN_PLAN, DataTypes.BooleanType, false)
            .add(Columns.PLANNED_START, DataTypes.TimestampType, false)
            .add(Columns.PLANNED_END, DataTypes.TimestampType, false);

    private final SparkSession spark;
    private final Path lake;
    private final List<Row> metricValues = new ArrayList<>();

    ReportLakeFixture(SparkSession spark, Path lake) {
        this.spark = spark;
        this.lake = lake;
    }

    ReportLakeFixture metric(Metric metric, String iocId, String period, LocalDate start, LocalDate end,
                             Double value, Double numerator, Double denominator) {
        metricValues.add(RowFactory.create(metric.id(), iocId == null ? GoldColumns.SCOPE_NATIONAL : GoldColumns.SCOPE_IOC,
                iocId, period, Date.valueOf(start), Date.valueOf(end), value, numerator, denominator,
                Timestamp.from(Instant.parse("2026-04-05T08:00:00Z"))));
        return this;
    }

    void writeMetricValues() {
        write(LakeTable.GOLD_METRIC_VALUES, METRIC_VALUES, metricValues);
    }

    void writeIocs(List<String[]> iocs) {
        write(LakeTable.SILVER_IOCS, IOCS, iocs.stream().map(i -> RowFactory.create(i[0], i[1], i[2], null, i[3])).toList());
    }

    static Row arrival(String id, String iocId, String vessel, String imo, String arrivedAt, boolean highRisk,
                       boolean boarded, double duplicateHours, List<String> boardingAgencies, List<String> screeningAgencies) {
        return RowFactory.create(id, iocId, vessel, imo, Timestamp.from(Instant.parse(arrivedAt)), highRisk, boarded,
                duplicateHours > 0, duplicateHours, boardingAgencies.toArray(String[]::new), 2 * duplicateHours,
                screeningAgencies.toArray(String[]::new));
    }

    void writeArrivalFacts(List<Row> rows) {
        write(LakeTable.GOLD_ARRIVAL_FACTS, ARRIVAL_FACTS, rows);
    }

    /** Screenings as {arrival id, agency, "shared" or "unshared"}. */
    void writeScreenings(List<String[]> screenings) {
        write(LakeTable.SILVER_SCREENINGS, SCREENINGS, screenings.stream()
                .map(s -> RowFactory.create(s[0], s[1], s[2].equals("shared"))).toList());
    }

    /** A boarding planned and, when executed, run at its event time, of no arrival. */
    static Row operation(String iocId, String agencyId, String eventAt, boolean executed, boolean posted, boolean joint) {
        Instant at = Instant.parse(eventAt);
        return RowFactory.create(iocId, agencyId, Timestamp.from(at), executed, posted, joint, "SECURITY_BOARDING", null,
                null, joint ? "J-" + eventAt : OperationFacts.SOLO_PREFIX + agencyId, true, false, true, Timestamp.from(at),
                Timestamp.from(at.plusSeconds(3600)));
    }

    /** An executed, posted security boarding of an arrival under an effort (a joint operation id, or null: alone). */
    static Row boarding(String iocId, String agencyId, String eventAt, String arrivalId, String jointOperationId) {
        Instant at = Instant.parse(eventAt);
        return RowFactory.create(iocId, agencyId, Timestamp.from(at), true, true, jointOperationId != null,
                "SECURITY_BOARDING", null, arrivalId,
                jointOperationId != null ? jointOperationId : OperationFacts.SOLO_PREFIX + agencyId, true, false, true,
                Timestamp.from(at), Timestamp.from(at.plusSeconds(3600)));
    }

    /** A patrol posted to the plan and not run yet. */
    static Row plannedPatrol(String iocId, String agencyId, String type, String area, String start, String end) {
        Timestamp from = Timestamp.from(Instant.parse(start));
        return RowFactory.create(iocId, agencyId, from, false, true, false, type, area, null,
                OperationFacts.SOLO_PREFIX + agencyId, false, true, true, from, Timestamp.from(Instant.parse(end)));
    }

    void writePlannedOverlap(String iocId, String type, String area, String start, String end) {
        write(LakeTable.GOLD_PATROL_INTERVALS, PATROL_INTERVALS, List.of(RowFactory.create(GoldColumns.KIND_PLANNED_OVERLAP,
                iocId, type, area, Timestamp.from(Instant.parse(start)), Timestamp.from(Instant.parse(end)))));
    }

    void writeOperationFacts(List<Row> rows) {
        write(LakeTable.GOLD_OPERATION_FACTS, OPERATION_FACTS, rows);
    }

    void writeCovered(String iocId, String start, String end) {
        write(LakeTable.GOLD_PATROL_INTERVALS, PATROL_INTERVALS, List.of(RowFactory.create(GoldColumns.KIND_COVERED, iocId,
                null, null, Timestamp.from(Instant.parse(start)), Timestamp.from(Instant.parse(end)))));
    }

    void writeIngestBatch(String batchId, String source, long read, long accepted, long quarantined, long duplicates,
                          String startedAt, String finishedAt, double seconds) {
        write(LakeTable.INGEST_LOG, IngestLogColumns.SCHEMA, List.of(RowFactory.create(batchId, source,
                new String[] {source + "/part-1.csv"}, read, accepted, quarantined, duplicates, 0L,
                Timestamp.from(Instant.parse(startedAt)), Timestamp.from(Instant.parse(finishedAt)), seconds)));
    }

    void writeQuarantine(String source, List<List<String>> reasonsPerRow) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < reasonsPerRow.size(); i++) {
            rows.add(RowFactory.create(source, "batch-1", source + "/part-1.csv", (long) i + 2, Map.of(),
                    reasonsPerRow.get(i).toArray(String[]::new), Timestamp.from(Instant.parse("2026-04-04T23:10:02Z")),
                    false, null));
        }
        write(LakeTable.QUARANTINE, QuarantineColumns.SCHEMA, rows);
    }

    private void write(LakeTable table, StructType schema, List<Row> rows) {
        spark.createDataFrame(rows, schema).write().format("delta").mode("append").save(TestLakes.at(lake).location(table));
    }
}
