package org.iocmetrics.report;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.gold.PatrolIntervals;
import org.iocmetrics.ingest.IngestLogColumns;
import org.iocmetrics.ingest.QuarantineColumns;
import org.iocmetrics.metrics.DataRange;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.AgencyActivity;
import org.iocmetrics.report.ReportInputs.ArrivalFact;
import org.iocmetrics.report.ReportInputs.EffortBoarding;
import org.iocmetrics.report.ReportInputs.Interval;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.MetricValue;
import org.iocmetrics.report.ReportInputs.PlannedOverlap;
import org.iocmetrics.reports.IngestRow;
import org.iocmetrics.reports.ReasonRow;
import org.iocmetrics.reports.TableVersion;

/**
 * What the reports read of the lake: notes each table's version (printed on the cover), then reads
 * that snapshot: the current one, which Delta has just cached (time-travelling to the noted version
 * would reconstruct the same state a second time), or the versions of a pinned lake, which is how an
 * earlier run's reports are rendered again. Only small results (filtered to the period, aggregated or limited) reach the
 * driver. A table that does not exist yet reads as empty.
 */
final class ReportLake {
    static final List<LakeTable> TABLES = List.of(LakeTable.GOLD_METRIC_VALUES, LakeTable.GOLD_ARRIVAL_FACTS,
            LakeTable.GOLD_OPERATION_FACTS, LakeTable.GOLD_PATROL_INTERVALS, LakeTable.SILVER_SCREENINGS,
            LakeTable.SILVER_IOCS, LakeTable.INGEST_LOG, LakeTable.QUARANTINE);
    /** The data-quality appendix lists the most recent batches and the most frequent reasons only. */
    static final int INGEST_ROWS = 60;
    static final int QUARANTINE_REASONS = 15;
    /** UTC offsets span -12 to +14 hours: one day either side of the local dates holds every IOC's period. */
    private static final long WINDOW_MARGIN_DAYS = 1;

    private final Lake lake;
    private final Map<LakeTable, Long> versions = new LinkedHashMap<>();

    private ReportLake(Lake lake) {
        this.lake = lake;
        for (LakeTable table : TABLES) {
            lake.version(table).ifPresent(version -> versions.put(table, version));
        }
    }

    /** The period's inputs from the lake as it is, or as of the versions a pinned lake names. */
    static ReportInputs read(Lake lake, Period period) {
        return new ReportLake(lake).read(period);
    }

    /** The metric values of the period and of the periods its reports compare it with, with the lake's data range. */
    static MetricTable metricTable(Lake lake, Period period) {
        ReportLake reportLake = new ReportLake(lake);
        return new MetricTable(reportLake.metricValues(period), reportLake.dataRange());
    }

    private ReportInputs read(Period period) {
        List<MetricValue> metricValues = metricValues(period);
        Instant windowStart = period.start().minusDays(WINDOW_MARGIN_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant windowEnd = period.end().plusDays(WINDOW_MARGIN_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<TableVersion> tableVersions = TABLES.stream()
                .map(t -> new TableVersion(t.displayName(), versions.containsKey(t) ? String.valueOf(versions.get(t)) : "absent"))
                .toList();
        List<Ioc> iocs = iocs(metricValues);
        List<Row> batches = recentIngestLog();
        return new ReportInputs(iocs, metricValues, inLocalPeriod(arrivals(windowStart, windowEnd), iocs, period),
                covered(windowStart, windowEnd), ingestRows(batches), quarantineReasons(), tableVersions,
                dataAsOf(batches, metricValues), firstData(), agencies(iocs, period),
                plannedOverlaps(iocs, ReportJob.lookAheadWeek(period)), duplicatedBoardings(iocs, period),
                dataRange());
    }

    /** The lake's arrivals inside the period as each IOC cuts it in its own zone; empty without arrival facts or IOCs. */
    private Optional<Dataset<Row>> arrivalsOfPeriod(List<Ioc> iocs, Period period) {
        return table(LakeTable.GOLD_ARRIVAL_FACTS).filter(t -> !iocs.isEmpty()).map(arrivalFacts ->
                MetricsJob.inWindow(arrivalFacts, windows(arrivalFacts.sparkSession(), iocs, period), col(Columns.ARRIVED_AT),
                        List.of(period)));
    }

    /** The period's window in each IOC's own zone. */
    private static Dataset<Row> windows(SparkSession spark, List<Ioc> iocs, Period period) {
        Map<String, ZoneId> zones = new TreeMap<>();
        iocs.forEach(ioc -> zones.put(ioc.iocId(), ioc.zone()));
        return MetricsJob.windows(spark, zones, List.of(period));
    }

    /**
     * The executed boardings and exams of the period's duplicated arrivals, one row per arrival, effort
     * and agency: two agencies of one joint operation share an effort key, so the matrix can tell their
     * coordinated boarding from a duplicated one.
     */
    private List<EffortBoarding> duplicatedBoardings(List<Ioc> iocs, Period period) {
        Optional<Dataset<Row>> arrivals = arrivalsOfPeriod(iocs, period);
        Optional<Dataset<Row>> operationFacts = table(LakeTable.GOLD_OPERATION_FACTS);
        if (arrivals.isEmpty() || operationFacts.isEmpty()) {
            return List.of();
        }
        List<EffortBoarding> boardings = new ArrayList<>();
        operationFacts.get()
                .filter(col(GoldColumns.EXECUTED).and(col(GoldColumns.BOARDING_TYPE)).and(col(Columns.ARRIVAL_ID).isNotNull()))
                .join(arrivals.get().filter(col(GoldColumns.DUPLICATED)).select(Columns.ARRIVAL_ID), Columns.ARRIVAL_ID)
                .select(Columns.ARRIVAL_ID, GoldColumns.EFFORT_KEY, Columns.AGENCY_ID)
                .distinct()
                .collectAsList()
                .forEach(r -> boardings.add(new EffortBoarding(r.getString(0), r.getString(1), r.getString(2))));
        return boardings;
    }

    /**
     * The planned overlaps of the week in each IOC's zone, each with the agencies whose planned patrols
     * of that type and area meet it: one week's overlaps against the plan operations near that week.
     */
    private List<PlannedOverlap> plannedOverlaps(List<Ioc> iocs, Period week) {
        Optional<Dataset<Row>> intervals = table(LakeTable.GOLD_PATROL_INTERVALS);
        Optional<Dataset<Row>> operations = table(LakeTable.GOLD_OPERATION_FACTS);
        if (iocs.isEmpty() || intervals.isEmpty() || operations.isEmpty()) {
            return List.of();
        }
        Timestamp nearStart = Timestamp.from(week.start().minusDays(WINDOW_MARGIN_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp nearEnd = Timestamp.from(week.end().plusDays(WINDOW_MARGIN_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant());
        // an overlap across a month start is stored as two pieces; the list counts it once
        Dataset<Row> plannedOverlaps = PatrolIntervals.whole(intervals.get()
                .where(col(GoldColumns.INTERVAL_KIND).equalTo(GoldColumns.KIND_PLANNED_OVERLAP)
                        .and(col(GoldColumns.END_AT).gt(lit(nearStart))).and(col(GoldColumns.START_AT).lt(lit(nearEnd)))));
        Dataset<Row> overlaps = MetricsJob.clipped(plannedOverlaps, windows(intervals.get().sparkSession(), iocs, week))
                .select(Columns.IOC_ID, Columns.OPERATION_TYPE, Columns.AREA_CODE, GoldColumns.START_AT, GoldColumns.END_AT)
                .alias("o");
        Dataset<Row> plans = operations.get()
                .where(col(GoldColumns.IN_PLAN).and(col(GoldColumns.PATROL_TYPE))
                        .and(col(Columns.PLANNED_START).lt(lit(nearEnd))).and(col(Columns.PLANNED_END).gt(lit(nearStart))))
                .select(Columns.IOC_ID, Columns.OPERATION_TYPE, Columns.AREA_CODE, Columns.AGENCY_ID,
                        Columns.PLANNED_START, Columns.PLANNED_END)
                .alias("p");
        Column meets = col("o." + Columns.IOC_ID).equalTo(col("p." + Columns.IOC_ID))
                .and(col("o." + Columns.OPERATION_TYPE).equalTo(col("p." + Columns.OPERATION_TYPE)))
                .and(col("o." + Columns.AREA_CODE).eqNullSafe(col("p." + Columns.AREA_CODE)))
                .and(col("p." + Columns.PLANNED_START).lt(col("o." + GoldColumns.END_AT)))
                .and(col("p." + Columns.PLANNED_END).gt(col("o." + GoldColumns.START_AT)));
        return overlaps.join(plans, meets)
                .groupBy(col("o." + Columns.IOC_ID), col("o." + Columns.OPERATION_TYPE), col("o." + Columns.AREA_CODE),
                        col("o." + GoldColumns.START_AT), col("o." + GoldColumns.END_AT))
                .agg(array_sort(collect_set(col("p." + Columns.AGENCY_ID))))
                .collectAsList().stream()
                .map(r -> new PlannedOverlap(r.getString(0), r.getString(1), r.getString(2), instant(r, 3), instant(r, 4),
                        strings(r, 5)))
                .toList();
    }

    /**
     * Every agency's work in the period, nationally, each event in its IOC's local period: screenings of
     * the period's arrivals (and how many were not shared), executed operations (not posted, joint) and
     * duplicated arrivals it boarded.
     */
    private List<AgencyActivity> agencies(List<Ioc> iocs, Period period) {
        Optional<Dataset<Row>> arrivalsOfPeriod = arrivalsOfPeriod(iocs, period);
        if (arrivalsOfPeriod.isEmpty()) {
            return List.of();
        }
        Dataset<Row> arrivals = arrivalsOfPeriod.get();
        Dataset<Row> windows = windows(arrivals.sparkSession(), iocs, period);
        String screenings = "screenings";
        String unshared = "unshared";
        String executed = "executed";
        String unposted = "unposted";
        String joint = "joint";
        String duplicated = "duplicated";
        List<Dataset<Row>> parts = new ArrayList<>();
        table(LakeTable.SILVER_SCREENINGS).ifPresent(t -> parts.add(t
                .join(arrivals.select(Columns.ARRIVAL_ID), Columns.ARRIVAL_ID)
                .groupBy(Columns.AGENCY_ID)
                .agg(count(lit(1)).as(screenings),
                        sum(when(col(Columns.SHARED_WITH_IOC).equalTo(false), 1L).otherwise(0L)).as(unshared))));
        table(LakeTable.GOLD_OPERATION_FACTS).ifPresent(t -> parts.add(MetricsJob.inWindow(t, windows, col(GoldColumns.EVENT_AT), List.of(period))
                .filter(col(GoldColumns.EXECUTED))
                .groupBy(Columns.AGENCY_ID)
                .agg(count(lit(1)).as(executed),
                        sum(when(col(GoldColumns.POSTED).equalTo(false), 1L).otherwise(0L)).as(unposted),
                        sum(when(col(GoldColumns.JOINT), 1L).otherwise(0L)).as(joint))));
        parts.add(arrivals.filter(col(GoldColumns.DUPLICATED))
                .select(explode(col(GoldColumns.BOARDING_AGENCIES)).as(Columns.AGENCY_ID))
                .groupBy(Columns.AGENCY_ID)
                .agg(count(lit(1)).as(duplicated)));
        Dataset<Row> joined = parts.stream()
                .reduce((a, b) -> a.join(b, new String[] {Columns.AGENCY_ID}, "full_outer"))
                .orElseThrow();
        List<String> columns = List.of(joined.columns());
        // a count of a table the lake does not hold yet (no screenings, no operations) is 0
        BiFunction<Row, String, Long> figure = (r, name) ->
                columns.contains(name) ? whole(r, columns.indexOf(name)) : 0L;
        return joined.collectAsList().stream().map(r -> new AgencyActivity(r.getAs(Columns.AGENCY_ID),
                        figure.apply(r, screenings), figure.apply(r, unshared), figure.apply(r, executed),
                        figure.apply(r, unposted), figure.apply(r, joint), figure.apply(r, duplicated)))
                .toList();
    }

    /** The earliest arrival or patrol of the lake, null when it holds neither. */
    private Instant firstData() {
        return Stream.of(table(LakeTable.GOLD_ARRIVAL_FACTS).map(t -> t.agg(min(Columns.ARRIVED_AT))),
                        table(LakeTable.GOLD_PATROL_INTERVALS).map(t -> t.agg(min(GoldColumns.START_AT))))
                .flatMap(Optional::stream)
                .map(t -> instant(t.first(), 0))
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** The lake's data range; null when it has no gold facts to say it (then a period without values is "n/a"). */
    private DataRange dataRange() {
        boolean facts = versions.containsKey(LakeTable.GOLD_ARRIVAL_FACTS) || versions.containsKey(LakeTable.GOLD_OPERATION_FACTS);
        return facts ? DataRange.of(lake) : null;
    }

    private Optional<Dataset<Row>> table(LakeTable table) {
        return versions.containsKey(table) ? Optional.of(lake.read(table)) : Optional.empty();
    }

    private List<MetricValue> metricValues(Period period) {
        Set<String> periods = new TreeSet<>();
        periods.add(period.id());
        ReportJob.comparisonPeriods(period).forEach(p -> periods.add(p.id()));
        periods.add(ReportJob.lookAheadWeek(period).id());
        Set<String> known = new TreeSet<>();
        for (Metric metric : Metric.values()) {
            known.add(metric.id());
        }
        List<MetricValue> values = new ArrayList<>();
        table(LakeTable.GOLD_METRIC_VALUES).ifPresent(t -> t
                .filter(col(GoldColumns.PERIOD).isin(periods.toArray()).and(col(GoldColumns.METRIC_ID).isin(known.toArray())))
                .select(GoldColumns.METRIC_ID, GoldColumns.SCOPE, Columns.IOC_ID, GoldColumns.PERIOD, GoldColumns.VALUE,
                        GoldColumns.NUMERATOR, GoldColumns.DENOMINATOR, GoldColumns.COMPUTED_AT)
                .collectAsList()
                .forEach(r -> values.add(new MetricValue(Metric.valueOf(r.getString(0)), r.getString(1), r.getString(2),
                        r.getString(3), number(r, 4), number(r, 5), number(r, 6), instant(r, 7)))));
        return values;
    }

    /** The IOCs of silver/iocs; without it, the IOCs that have metric values (in UTC, named by id). */
    private List<Ioc> iocs(List<MetricValue> metricValues) {
        List<Ioc> iocs = new ArrayList<>();
        table(LakeTable.SILVER_IOCS).ifPresent(t -> t
                .select(Columns.IOC_ID, Columns.NAME, Columns.TIME_ZONE)
                .orderBy(Columns.IOC_ID)
                .collectAsList()
                .forEach(r -> iocs.add(new Ioc(r.getString(0), r.getString(1), ZoneId.of(r.getString(2))))));
        if (iocs.isEmpty()) {
            metricValues.stream().map(MetricValue::iocId).filter(id -> id != null).distinct().sorted()
                    .forEach(id -> iocs.add(new Ioc(id, id, ZoneOffset.UTC)));
        }
        return iocs;
    }

    /** Arrivals near the period that an action list or the agency matrix shows. */
    private List<ArrivalFact> arrivals(Instant windowStart, Instant windowEnd) {
        List<ArrivalFact> arrivals = new ArrayList<>();
        table(LakeTable.GOLD_ARRIVAL_FACTS).ifPresent(t -> t
                .filter(col(Columns.ARRIVED_AT).geq(lit(Timestamp.from(windowStart)))
                        .and(col(Columns.ARRIVED_AT).lt(lit(Timestamp.from(windowEnd))))
                        .and(col(GoldColumns.DUPLICATED).or(col(GoldColumns.HIGH_RISK).and(col(GoldColumns.BOARDED).equalTo(false)))))
                .select(Columns.IOC_ID, Columns.VESSEL_NAME, Columns.IMO_NUMBER, Columns.ARRIVED_AT, GoldColumns.HIGH_RISK,
                        GoldColumns.BOARDED, GoldColumns.DUPLICATED, GoldColumns.DUPLICATE_HOURS,
                        GoldColumns.BOARDING_AGENCIES, GoldColumns.SCREENING_AGENCIES)
                .collectAsList()
                .forEach(r -> arrivals.add(new ArrivalFact(r.getString(0), r.getString(1),
                        r.isNullAt(2) ? "" : String.valueOf(r.get(2)), instant(r, 3), flag(r, 4), flag(r, 5), flag(r, 6),
                        r.isNullAt(7) ? 0 : ((Number) r.get(7)).doubleValue(), strings(r, 8), strings(r, 9)))));
        return arrivals;
    }

    /** The arrivals inside the period as their IOC cuts it in its own zone (UTC for an unknown IOC). */
    static List<ArrivalFact> inLocalPeriod(List<ArrivalFact> arrivals, List<Ioc> iocs, Period period) {
        Map<String, ZoneId> zones = new HashMap<>();
        iocs.forEach(ioc -> zones.put(ioc.iocId(), ioc.zone()));
        return arrivals.stream().filter(a -> {
            ZoneId zone = zones.getOrDefault(a.iocId(), ZoneOffset.UTC);
            return !a.arrivedAt().isBefore(period.startIn(zone)) && a.arrivedAt().isBefore(period.endIn(zone));
        }).toList();
    }

    private List<Interval> covered(Instant windowStart, Instant windowEnd) {
        List<Interval> intervals = new ArrayList<>();
        table(LakeTable.GOLD_PATROL_INTERVALS).ifPresent(t -> t
                .filter(col(GoldColumns.INTERVAL_KIND).equalTo(GoldColumns.KIND_COVERED)
                        .and(col(GoldColumns.END_AT).gt(lit(Timestamp.from(windowStart))))
                        .and(col(GoldColumns.START_AT).lt(lit(Timestamp.from(windowEnd)))))
                .select(Columns.IOC_ID, GoldColumns.START_AT, GoldColumns.END_AT)
                .collectAsList()
                .forEach(r -> intervals.add(new Interval(r.getString(0), instant(r, 1), instant(r, 2)))));
        return intervals;
    }

    /** The newest ingest-log rows, newest batch first: batch, source, started, counts, seconds, finished. */
    private List<Row> recentIngestLog() {
        return table(LakeTable.INGEST_LOG).map(t -> t
                .orderBy(col(IngestLogColumns.STARTED_AT).desc(), col(IngestLogColumns.SOURCE))
                .limit(INGEST_ROWS)
                .select(IngestLogColumns.BATCH_ID, IngestLogColumns.SOURCE, IngestLogColumns.STARTED_AT,
                        IngestLogColumns.ROWS_READ, IngestLogColumns.ROWS_ACCEPTED, IngestLogColumns.ROWS_QUARANTINED,
                        IngestLogColumns.ROWS_DUPLICATE, IngestLogColumns.SECONDS, IngestLogColumns.FINISHED_AT)
                .collectAsList()).orElse(List.of());
    }

    private static List<IngestRow> ingestRows(List<Row> batches) {
        return batches.stream().map(r -> new IngestRow(r.getString(0), r.getString(1),
                Figures.utc(instant(r, 2)).replace(" UTC", ""), whole(r, 3), whole(r, 4), whole(r, 5), whole(r, 6),
                number(r, 7))).toList();
    }

    private List<ReasonRow> quarantineReasons() {
        List<ReasonRow> rows = new ArrayList<>();
        String reason = "reason";
        String rowCount = "rows";
        table(LakeTable.QUARANTINE).ifPresent(t -> t
                .select(col(QuarantineColumns.SOURCE), explode(col(QuarantineColumns.REASONS)).as(reason))
                .groupBy(QuarantineColumns.SOURCE, reason)
                .agg(count(lit(1)).as(rowCount))
                .orderBy(col(rowCount).desc(), col(QuarantineColumns.SOURCE), col(reason))
                .limit(QUARANTINE_REASONS)
                .collectAsList()
                .forEach(r -> rows.add(new ReasonRow(r.getString(0), r.getString(1), r.getLong(2)))));
        return rows;
    }

    /** When the newest batch finished ingesting; without an ingest log, when the newest metric was computed. */
    private static Instant dataAsOf(List<Row> batches, List<MetricValue> metricValues) {
        Stream<Instant> instants = batches.isEmpty()
                ? metricValues.stream().map(MetricValue::computedAt)
                : batches.stream().map(r -> instant(r, 8));
        return instants.filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    private static Instant instant(Row row, int i) {
        Object value = row.get(i);
        if (value == null) {
            return null;
        }
        return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }

    private static Double number(Row row, int i) {
        return row.isNullAt(i) ? null : ((Number) row.get(i)).doubleValue();
    }

    private static long whole(Row row, int i) {
        return row.isNullAt(i) ? 0 : ((Number) row.get(i)).longValue();
    }

    private static boolean flag(Row row, int i) {
        return !row.isNullAt(i) && row.getBoolean(i);
    }

    private static List<String> strings(Row row, int i) {
        return row.isNullAt(i) ? List.of() : row.<String>getList(i);
    }
}
