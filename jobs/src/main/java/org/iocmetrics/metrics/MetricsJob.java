package org.iocmetrics.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.iocmetrics.contract.Columns.AGENCY_ID;
import static org.iocmetrics.contract.Columns.ARRIVED_AT;
import static org.iocmetrics.contract.Columns.IMO_NUMBER;
import static org.iocmetrics.contract.Columns.IOC_ID;
import static org.iocmetrics.contract.Columns.TIME_ZONE;
import static org.iocmetrics.gold.GoldColumns.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.StageLog;
import org.iocmetrics.gold.Durations;

/**
 * The metric values of periods (METRICS.md): every metric for every IOC of silver iocs, and once
 * nationally, from the gold tables, all periods in one pass and one commit. Spark reduces the facts to
 * one small {@link Tally} per period and IOC plus one per period over the union of all IOCs' rows (a
 * rollup: sums, the median over all arrivals, distinct agencies nationally); the driver turns the
 * tallies into rows.
 */
public final class MetricsJob {
    public static final StructType SCHEMA = new StructType()
            .add(METRIC_ID, DataTypes.StringType, false)
            .add(SCOPE, DataTypes.StringType, false)
            .add(IOC_ID, DataTypes.StringType, true)
            .add(PERIOD, DataTypes.StringType, false)
            .add(PERIOD_START, DataTypes.DateType, false)
            .add(PERIOD_END, DataTypes.DateType, false)
            .add(VALUE, DataTypes.DoubleType, true)
            .add(NUMERATOR, DataTypes.DoubleType, true)
            .add(DENOMINATOR, DataTypes.DoubleType, true)
            .add(COMPUTED_AT, DataTypes.TimestampType, false);

    /** Rows sorted as metrics.csv sorts them: metric id, scope (IOC before NATIONAL), IOC id. */
    public static final Comparator<Row> EXPORT_ORDER = Comparator
            .<Row, String>comparing(row -> row.getAs(METRIC_ID))
            .thenComparing(row -> row.<String>getAs(SCOPE))
            .thenComparing(row -> row.<String>getAs(IOC_ID), Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final String WINDOW_START = "window_start";
    private static final String WINDOW_END = "window_end";
    private static final String MICROS = "micros";
    private static final String AGENCY = "agency";

    private MetricsJob() {}

    /**
     * Computes the periods from the lake's gold tables in one pass, replaces their rows in
     * gold/metric_values in one commit and returns those rows (they are small and already on the
     * driver, so nothing is read back).
     */
    public static List<Row> compute(Lake lake, List<Period> periods) {
        List<Period> distinct = periods.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        List<Row> values = values(MetricInputs.read(lake), distinct, Instant.now());
        String ids = distinct.stream().map(p -> "'" + p.id() + "'").collect(Collectors.joining(", "));
        StageLog.countRows(LakeTable.GOLD_METRIC_VALUES.displayName() + " " + describe(distinct), () -> {
            lake.replaceWhere(lake.spark().createDataFrame(values, SCHEMA), LakeTable.GOLD_METRIC_VALUES,
                    PERIOD + " IN (" + ids + ")");
            return (long) values.size();
        });
        return values;
    }

    /** The rows of one period among computed values. */
    public static List<Row> ofPeriod(List<Row> values, Period period) {
        return values.stream().filter(row -> period.id().equals(row.getAs(PERIOD))).toList();
    }

    /**
     * Those of {@code periods} that gold/metric_values does not hold: never computed, or dropped since
     * because gold changed under them (see GoldJob).
     */
    public static List<Period> missing(Lake lake, List<Period> periods) {
        Set<String> present = new HashSet<>();
        if (lake.exists(LakeTable.GOLD_METRIC_VALUES)) {
            lake.read(LakeTable.GOLD_METRIC_VALUES).select(PERIOD).distinct().collectAsList()
                    .forEach(r -> present.add(r.getString(0)));
        }
        return periods.stream().distinct().filter(p -> !present.contains(p.id())).toList();
    }

    /** Those {@link #missing} periods that can have data: a period outside the lake's data is not computed. */
    public static List<Period> missingWithData(Lake lake, List<Period> periods) {
        DataRange data = DataRange.of(lake);
        return missing(lake, periods).stream().filter(data::meets).toList();
    }

    /**
     * The metric_values rows of the periods: every metric for every IOC of the inputs' iocs and once
     * with scope NATIONAL (ioc_id null), per period, sorted by period and then as metrics.csv sorts.
     * Spark reduces the facts of all periods at once (each fact joined to the windows it falls in) to
     * one tally per period and IOC plus one per period over all IOCs' rows; the driver turns the
     * tallies into rows. Pure: reads nothing but its arguments.
     */
    public static List<Row> values(MetricInputs inputs, List<Period> periods, Instant computedAt) {
        SparkSession spark = inputs.arrivalFacts().sparkSession();
        Map<String, ZoneId> zones = zones(inputs.iocs());
        Map<String, Long> rosterSizes = rosterSizes(inputs.participants());
        Dataset<Row> windows = windows(spark, zones, periods);
        Span span = Span.of(periods);
        // read again by each of the tallies that use them rather than cached: building Spark's
        // compressed column cache of the facts took longer than three scans of the gold files
        Dataset<Row> arrivals = inWindow(inputs.arrivalFacts(), windows, col(ARRIVED_AT), span);
        Dataset<Row> operations = inWindow(inputs.operationFacts(), windows, col(EVENT_AT), span);
        Dataset<Row> intervals = inputs.patrolIntervals().where(span.meets(col(START_AT), col(END_AT))
                .and(col(MONTH).between(span.firstMonth(), span.lastMonth())));
        Map<Tally.Key, Tally> tallies = Tally.collect(List.of(
                arrivalTallies(arrivals), operationTallies(operations),
                intervalTallies(intervals, windows), participatingAgencies(arrivals, operations),
                activePartners(arrivals, operations, inputs.participants())));

        List<Row> rows = new ArrayList<>();
        Timestamp computed = Timestamp.from(computedAt);
        for (Period period : periods) {
            List<Row> periodRows = new ArrayList<>();
            Scope nation = new Scope(0, 0);
            for (Map.Entry<String, ZoneId> ioc : zones.entrySet()) {
                Scope scope = new Scope(micros(period, ioc.getValue()), rosterSizes.getOrDefault(ioc.getKey(), 0L));
                nation = nation.plus(scope);
                Tally tally = tallies.getOrDefault(new Tally.Key(period.id(), ioc.getKey()), Tally.NONE);
                periodRows.addAll(rows(SCOPE_IOC, ioc.getKey(), tally, scope, period, computed));
            }
            Tally national = tallies.getOrDefault(new Tally.Key(period.id(), null), Tally.NONE);
            periodRows.addAll(rows(SCOPE_NATIONAL, null, national, nation, period, computed));
            periodRows.sort(EXPORT_ORDER);
            rows.addAll(periodRows);
        }
        return rows;
    }

    /** One period's rows: {@link #values(MetricInputs, List, Instant)} of it alone. */
    public static List<Row> values(MetricInputs inputs, Period period, Instant computedAt) {
        return values(inputs, List.of(period), computedAt);
    }

    /**
     * The denominators a scope has apart from its facts: the period's length in microseconds in its
     * zone (summed over IOCs nationally) and its roster entries.
     */
    private record Scope(double periodMicros, long rosterEntries) {
        Scope plus(Scope other) {
            return new Scope(periodMicros + other.periodMicros, rosterEntries + other.rosterEntries);
        }
    }

    /** Distinct (ioc_id, agency_id) roster entries per IOC. */
    private static Map<String, Long> rosterSizes(Dataset<Row> participants) {
        Map<String, Long> sizes = new TreeMap<>();
        for (Row row : participants.select(col(IOC_ID), col(AGENCY_ID)).distinct().groupBy(col(IOC_ID)).count()
                .collectAsList()) {
            sizes.put(row.getString(0), row.getLong(1));
        }
        return sizes;
    }

    private static String describe(List<Period> periods) {
        return periods.size() == 1 ? periods.get(0).id()
                : periods.get(0).id() + " and " + (periods.size() - 1) + " more";
    }

    /** Each IOC's time zone, by IOC id in order, from rows of silver iocs. */
    public static Map<String, ZoneId> zones(Dataset<Row> iocs) {
        Map<String, ZoneId> zones = new TreeMap<>();
        for (Row ioc : iocs.select(col(IOC_ID), col(TIME_ZONE)).collectAsList()) {
            zones.put(ioc.getString(0), ZoneId.of(ioc.getString(1)));
        }
        return zones;
    }

    /**
     * One row per period and IOC: the instants [window_start, window_end) of the period in the IOC's
     * zone, with the period's id in column {@code period}.
     */
    public static Dataset<Row> windows(SparkSession spark, Map<String, ZoneId> zones, List<Period> periods) {
        List<Row> rows = new ArrayList<>();
        for (Period period : periods) {
            zones.forEach((ioc, zone) -> rows.add(RowFactory.create(
                    period.id(), ioc, Timestamp.from(period.startIn(zone)), Timestamp.from(period.endIn(zone)))));
        }
        StructType schema = new StructType()
                .add(PERIOD, DataTypes.StringType, false)
                .add(IOC_ID, DataTypes.StringType, false)
                .add(WINDOW_START, DataTypes.TimestampType, false)
                .add(WINDOW_END, DataTypes.TimestampType, false);
        return spark.createDataFrame(rows, schema);
    }

    /**
     * From the earliest instant any IOC's local day of the periods' first start begins (UTC+14) to the
     * latest one the last end begins (UTC-12): no fact outside it falls in a window, and a filter on it
     * lets a long lake's reads skip the files and months of other years.
     */
    private record Span(Timestamp from, Timestamp to) {
        static Span of(List<Period> periods) {
            return new Span(Timestamp.from(periods.stream().map(Period::earliestStart).min(Instant::compareTo).orElseThrow()),
                    Timestamp.from(periods.stream().map(Period::latestEnd).max(Instant::compareTo).orElseThrow()));
        }

        Column holds(Column at) {
            return at.geq(lit(from)).and(at.lt(lit(to)));
        }

        Column meets(Column start, Column end) {
            return end.gt(lit(from)).and(start.lt(lit(to)));
        }

        Date firstMonth() {
            return Date.valueOf(from.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1));
        }

        Date lastMonth() {
            return Date.valueOf(to.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1));
        }
    }

    /**
     * The facts of the IOCs of {@code windows} (the periods' windows) whose instant {@code at} falls in
     * their IOC's window, once per window (period) they fall in. The facts are first narrowed to the
     * periods' span, which Delta can answer from its files' statistics without reading the others.
     */
    public static Dataset<Row> inWindow(Dataset<Row> facts, Dataset<Row> windows, Column at, List<Period> periods) {
        return inWindow(facts, windows, at, Span.of(periods));
    }

    private static Dataset<Row> inWindow(Dataset<Row> facts, Dataset<Row> windows, Column at, Span span) {
        return facts.where(span.holds(at)).join(broadcast(windows), IOC_ID)
                .filter(at.geq(col(WINDOW_START)).and(at.lt(col(WINDOW_END))));
    }

    private static long micros(Period period, ZoneId zone) {
        Duration length = Duration.between(period.startIn(zone), period.endIn(zone));
        return length.getSeconds() * 1_000_000L + length.getNano() / 1_000L;
    }

    private static Dataset<Row> arrivalTallies(Dataset<Row> arrivals) {
        Column boarded = col(BOARDED);
        Column targeted = col(TARGETED);
        return arrivals.rollup(col(PERIOD), col(IOC_ID)).agg(
                count(lit(1)).as(Tally.ARRIVALS),
                countIf(boarded).as(Tally.BOARDED_ARRIVALS),
                countIf(col(DUPLICATED)).as(Tally.DUPLICATED_ARRIVALS),
                sum(col(DUPLICATE_HOURS)).as(Tally.DUPLICATE_HOURS),
                countIf(not(col(SCREENED_BY_ARRIVAL))).as(Tally.UNSCREENED),
                countIf(col(HIGH_RISK)).as(Tally.HIGH_RISK_ARRIVALS),
                countIf(col(HIGH_RISK).and(not(boarded))).as(Tally.HIGH_RISK_NOT_BOARDED),
                countIf(boarded.and(col(IMO_NUMBER).isNotNull())).as(Tally.BOARDED_WITH_IMO),
                countIf(col(REPEAT_BOARDED)).as(Tally.REPEAT_BOARDED),
                countIf(targeted).as(Tally.TARGETED_ARRIVALS),
                countIf(targeted.and(not(boarded))).as(Tally.TARGETED_NOT_BOARDED),
                countIf(targeted.and(boarded)).as(Tally.TARGETED_BOARDED),
                countIf(targeted.and(boarded).and(col(HIT))).as(Tally.TARGETED_BOARDED_HIT),
                countIf(not(targeted).and(boarded)).as(Tally.UNTARGETED_BOARDED),
                countIf(not(targeted).and(boarded).and(col(HIT))).as(Tally.UNTARGETED_BOARDED_HIT),
                sum(col(SCREENING_COUNT)).as(Tally.SCREENINGS),
                sum(col(UNSHARED_SCREENING_COUNT)).as(Tally.UNSHARED_SCREENINGS),
                median(col(LEAD_HOURS)).as(Tally.LEAD_MEDIAN));
    }

    private static Dataset<Row> operationTallies(Dataset<Row> operations) {
        Column executed = col(EXECUTED);
        return operations.rollup(col(PERIOD), col(IOC_ID)).agg(
                count(lit(1)).as(Tally.OPERATIONS),
                countIf(col(CANCELLED)).as(Tally.CANCELLED_OPERATIONS),
                countIf(executed).as(Tally.EXECUTED_OPERATIONS),
                countIf(executed.and(not(col(POSTED)))).as(Tally.UNPOSTED_EXECUTED),
                countIf(executed.and(col(JOINT))).as(Tally.JOINT_EXECUTED));
    }

    /**
     * Intervals {@code [start_at, end_at)} cut to the windows of their IOC, once per window (period)
     * they intersect, with the window's columns; those outside every window are dropped.
     */
    public static Dataset<Row> clipped(Dataset<Row> intervals, Dataset<Row> windows) {
        Column start = greatest(col(START_AT), col(WINDOW_START));
        Column end = least(col(END_AT), col(WINDOW_END));
        return intervals.join(broadcast(windows), IOC_ID)
                .filter(end.gt(start))
                .withColumns(Map.of(START_AT, start, END_AT, end));
    }

    /** Patrol intervals clipped to each IOC's window, summed per period, IOC and kind in microseconds. */
    private static Dataset<Row> intervalTallies(Dataset<Row> patrolIntervals, Dataset<Row> windows) {
        return clipped(patrolIntervals, windows)
                .withColumn(MICROS, Durations.micros(col(START_AT), col(END_AT)))
                .rollup(col(PERIOD), col(IOC_ID))
                .agg(microsOf(KIND_OVERLAP).as(Tally.OVERLAP_MICROS),
                        microsOf(KIND_COVERED).as(Tally.COVERED_MICROS),
                        microsOf(KIND_PLANNED_OVERLAP).as(Tally.PLANNED_OVERLAP_MICROS),
                        microsOf(KIND_PLANNED_COVERED).as(Tally.PLANNED_COVERED_MICROS));
    }

    private static Column microsOf(String intervalKind) {
        return sum(when(col(INTERVAL_KIND).equalTo(lit(intervalKind)), col(MICROS)).otherwise(0L));
    }

    /** Distinct agencies with a screening of a period's arrival or an operation of the period. */
    private static Dataset<Row> participatingAgencies(Dataset<Row> arrivals, Dataset<Row> operations) {
        return screeningAgencies(arrivals)
                .unionByName(operations.select(col(PERIOD), col(IOC_ID), col(AGENCY_ID).as(AGENCY)))
                .rollup(col(PERIOD), col(IOC_ID))
                .agg(count_distinct(col(AGENCY)).as(Tally.AGENCIES));
    }

    /**
     * Roster entries active in a period: the IOC's enrolled agency screened one of the period's
     * arrivals of that IOC or executed an operation of the period there. Nationally the sum over IOCs
     * (an agency enrolled in two IOCs is two entries).
     */
    private static Dataset<Row> activePartners(Dataset<Row> arrivals, Dataset<Row> operations, Dataset<Row> participants) {
        Dataset<Row> roster = participants.select(col(IOC_ID), col(AGENCY_ID).as(AGENCY)).distinct();
        return screeningAgencies(arrivals)
                .unionByName(operations.where(col(EXECUTED)).select(col(PERIOD), col(IOC_ID), col(AGENCY_ID).as(AGENCY)))
                .distinct()
                .join(broadcast(roster), new String[] {IOC_ID, AGENCY})
                .rollup(col(PERIOD), col(IOC_ID))
                .agg(count(lit(1)).as(Tally.ACTIVE_PARTNERS));
    }

    /** Period, IOC and agency of every screening of the periods' arrivals. */
    private static Dataset<Row> screeningAgencies(Dataset<Row> arrivals) {
        return arrivals.select(col(PERIOD), col(IOC_ID), explode(col(SCREENING_AGENCIES)).as(AGENCY));
    }

    private static Column countIf(Column condition) {
        return sum(when(coalesce(condition, lit(false)), 1L).otherwise(0L));
    }

    private static List<Row> rows(String scopeName, String ioc, Tally tally, Scope scope, Period period,
                                  Timestamp computedAt) {
        List<Row> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Figure figure = figure(metric, tally, scope);
            rows.add(new GenericRowWithSchema(new Object[] {metric.id(), scopeName, ioc, period.id(),
                    Date.valueOf(period.start()), Date.valueOf(period.end()),
                    figure.value(), figure.numerator(), figure.denominator(), computedAt}, SCHEMA));
        }
        return rows;
    }

    /** A metric's value and, when the catalogue gives one, its numerator and denominator. */
    record Figure(Double value, Double numerator, Double denominator) {
        /** value = numerator (counts, and uncovered hours over period hours). */
        static Figure fraction(double numerator, double denominator) {
            return new Figure(numerator, numerator, denominator);
        }

        static Figure ratio(double numerator, double denominator) {
            return new Figure(denominator == 0 ? null : numerator / denominator, numerator, denominator);
        }

        static Figure single(Double value) {
            return new Figure(value, null, null);
        }
    }

    private static Figure figure(Metric metric, Tally tally, Scope scope) {
        double periodHours = scope.periodMicros() / Durations.MICROS_PER_HOUR;
        return switch (metric) {
            case DUPLICATE_BOARDINGS -> Figure.fraction(tally.duplicatedArrivals(), tally.boardedArrivals());
            case DUPLICATE_BOARDING_HOURS -> Figure.single(tally.duplicateHours());
            case OVERLAPPING_PATROL_HOURS -> Figure.single(tally.overlapMicros() / Durations.MICROS_PER_HOUR);
            case UNSCREENED_ARRIVALS -> Figure.fraction(tally.unscreened(), tally.arrivals());
            case HIGH_RISK_NOT_BOARDED -> Figure.fraction(tally.highRiskNotBoarded(), tally.highRiskArrivals());
            case TARGETED_NOT_BOARDED -> Figure.fraction(tally.targetedNotBoarded(), tally.targetedArrivals());
            case UNCOVERED_PATROL_HOURS -> Figure.fraction(
                    (scope.periodMicros() - tally.coveredMicros()) / Durations.MICROS_PER_HOUR, periodHours);
            case CANCELLED_OPERATIONS -> Figure.fraction(tally.cancelledOperations(), tally.operations());
            case TARGETING_HIT_RATE -> Figure.ratio(tally.targetedBoardedHit(), tally.targetedBoarded());
            case UNTARGETED_HIT_RATE -> Figure.ratio(tally.untargetedBoardedHit(), tally.untargetedBoarded());
            case SCREENING_LEAD_HOURS -> Figure.single(tally.leadMedian());
            case UNSHARED_SCREENINGS -> Figure.fraction(tally.unsharedScreenings(), tally.screenings());
            case UNPOSTED_OPERATIONS -> Figure.fraction(tally.unpostedExecuted(), tally.executedOperations());
            case JOINT_OPERATION_SHARE -> Figure.ratio(tally.jointExecuted(), tally.executedOperations());
            case PARTICIPATING_AGENCIES -> Figure.single((double) tally.agencies());
            case PLANNED_UNCOVERED_HOURS -> Figure.fraction(
                    (scope.periodMicros() - tally.plannedCoveredMicros()) / Durations.MICROS_PER_HOUR, periodHours);
            case PLANNED_OVERLAPPING_PATROL_HOURS -> Figure.single(tally.plannedOverlapMicros() / Durations.MICROS_PER_HOUR);
            case REPEAT_BOARDINGS -> Figure.fraction(tally.repeatBoarded(), tally.boardedWithImo());
            case ACTIVE_PARTNER_SHARE -> Figure.ratio(tally.activePartners(), scope.rosterEntries());
        };
    }
}
