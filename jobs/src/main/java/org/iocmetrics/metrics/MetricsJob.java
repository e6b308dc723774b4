package org.iocmetrics.metrics;

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
import static org.iocmetrics.contract.Columns.IOC_ID;
import static org.iocmetrics.contract.Columns.TIME_ZONE;
import static org.iocmetrics.gold.GoldColumns.*;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.iocmetrics.contract.Source;
import org.iocmetrics.gold.Durations;
import org.iocmetrics.gold.GoldJob;

/**
 * The metric values of one period (METRICS.md): every metric for every IOC of silver iocs, and once
 * nationally, from the gold tables. Spark reduces the facts to one small tally per IOC plus a grand
 * total over the union of all IOCs' rows (a rollup: sums, the median over all arrivals, distinct
 * agencies nationally); the driver turns the tallies into rows.
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

    // tally names: counts, sums and the median per IOC and over all IOCs' rows
    private static final String ARRIVALS = "arrivals";
    private static final String BOARDED_ARRIVALS = "boarded_arrivals";
    private static final String DUPLICATED_ARRIVALS = "duplicated_arrivals";
    private static final String DUPLICATE_HOURS_SUM = "duplicate_hours_sum";
    private static final String UNSCREENED = "unscreened";
    private static final String HIGH_RISK_ARRIVALS = "high_risk_arrivals";
    private static final String HIGH_RISK_NOT_BOARDED = "high_risk_not_boarded";
    private static final String TARGETED_ARRIVALS = "targeted_arrivals";
    private static final String TARGETED_NOT_BOARDED = "targeted_not_boarded";
    private static final String TARGETED_BOARDED = "targeted_boarded";
    private static final String TARGETED_BOARDED_HIT = "targeted_boarded_hit";
    private static final String UNTARGETED_BOARDED = "untargeted_boarded";
    private static final String UNTARGETED_BOARDED_HIT = "untargeted_boarded_hit";
    private static final String SCREENINGS = "screenings";
    private static final String UNSHARED_SCREENINGS = "unshared_screenings";
    private static final String OPERATIONS = "operations";
    private static final String CANCELLED_OPERATIONS = "cancelled_operations";
    private static final String EXECUTED_OPERATIONS = "executed_operations";
    private static final String UNPOSTED_EXECUTED = "unposted_executed";
    private static final String JOINT_EXECUTED = "joint_executed";
    private static final String OVERLAP_MICROS = "overlap_micros";
    private static final String COVERED_MICROS = "covered_micros";
    private static final String PERIOD_MICROS = "period_micros";
    private static final String LEAD_MEDIAN = "lead_median";
    private static final String AGENCIES = "agencies";

    private MetricsJob() {}

    /**
     * Computes the period from the lake's gold tables, replaces that period's rows in gold/metric_values
     * and returns them as stored.
     */
    public static Dataset<Row> compute(Lake lake, Period period) {
        Dataset<Row> values = values(
                lake.read(LakeTable.GOLD_ARRIVAL_FACTS),
                lake.read(LakeTable.GOLD_OPERATION_FACTS),
                lake.read(LakeTable.GOLD_PATROL_INTERVALS),
                GoldJob.silver(lake, Source.IOCS),
                period, Instant.now());
        StageLog.countRows(LakeTable.GOLD_METRIC_VALUES.displayName() + " " + period.id(), () -> {
            lake.replaceWhere(values, LakeTable.GOLD_METRIC_VALUES, PERIOD + " = '" + period.id() + "'");
            return values.count();
        });
        // Read back what was stored: the export and the reports then use those rows, and the
        // computation is not run a second time.
        return lake.read(LakeTable.GOLD_METRIC_VALUES).filter(col(PERIOD).equalTo(period.id()));
    }

    /**
     * Computes, from the gold tables, those of {@code periods} that gold/metric_values does not hold yet
     * (the report command's comparison periods), and returns them.
     */
    public static List<Period> computeMissing(Lake lake, List<Period> periods) {
        Set<String> present = new HashSet<>();
        if (lake.exists(LakeTable.GOLD_METRIC_VALUES)) {
            lake.read(LakeTable.GOLD_METRIC_VALUES).select(PERIOD).distinct().collectAsList()
                    .forEach(r -> present.add(r.getString(0)));
        }
        List<Period> missing = periods.stream().filter(p -> !present.contains(p.id())).toList();
        missing.forEach(p -> compute(lake, p));
        return missing;
    }

    /**
     * The metric_values rows of a period: every metric for every IOC of {@code iocs} and once with
     * scope NATIONAL (ioc_id null), from the gold tables' rows. Pure: reads nothing but its arguments.
     */
    public static Dataset<Row> values(Dataset<Row> arrivalFacts, Dataset<Row> operationFacts,
                                      Dataset<Row> patrolIntervals, Dataset<Row> iocs, Period period, Instant computedAt) {
        SparkSession spark = arrivalFacts.sparkSession();
        Map<String, ZoneId> zones = new TreeMap<>();
        for (Row ioc : iocs.select(col(IOC_ID), col(TIME_ZONE)).collectAsList()) {
            zones.put(ioc.getString(0), ZoneId.of(ioc.getString(1)));
        }
        Dataset<Row> windows = windows(spark, zones, period);
        Dataset<Row> arrivals = inWindow(arrivalFacts, windows, col(ARRIVED_AT)).persist();
        Dataset<Row> operations = inWindow(operationFacts, windows, col(EVENT_AT)).persist();

        Map<String, Map<String, Double>> tallies = new TreeMap<>();
        Map<String, Double> national = new HashMap<>();
        zones.forEach((ioc, zone) -> {
            double periodMicros = micros(period, zone);
            Map<String, Double> tally = new HashMap<>();
            tally.put(PERIOD_MICROS, periodMicros);
            national.merge(PERIOD_MICROS, periodMicros, Double::sum);
            tallies.put(ioc, tally);
        });
        addTallies(tallies, national, arrivalTallies(arrivals));
        addTallies(tallies, national, operationTallies(operations));
        addTallies(tallies, national, intervalTallies(patrolIntervals, windows));
        addTallies(tallies, national, participatingAgencies(arrivals, operations));
        arrivals.unpersist();
        operations.unpersist();

        List<Row> rows = new ArrayList<>();
        Timestamp computed = Timestamp.from(computedAt);
        tallies.forEach((ioc, tally) -> rows.addAll(rows(SCOPE_IOC, ioc, tally, period, computed)));
        rows.addAll(rows(SCOPE_NATIONAL, null, national, period, computed));
        rows.sort(EXPORT_ORDER);
        return spark.createDataFrame(rows, SCHEMA);
    }

    /** One row per IOC: the instants [window_start, window_end) of the period in the IOC's zone. */
    public static Dataset<Row> windows(SparkSession spark, Map<String, ZoneId> zones, Period period) {
        List<Row> rows = new ArrayList<>();
        zones.forEach((ioc, zone) -> rows.add(RowFactory.create(
                ioc, Timestamp.from(period.startIn(zone)), Timestamp.from(period.endIn(zone)))));
        StructType schema = new StructType()
                .add(IOC_ID, DataTypes.StringType, false)
                .add(WINDOW_START, DataTypes.TimestampType, false)
                .add(WINDOW_END, DataTypes.TimestampType, false);
        return spark.createDataFrame(rows, schema);
    }

    /** The facts of the IOCs of {@code windows} whose instant {@code at} falls in their IOC's window. */
    public static Dataset<Row> inWindow(Dataset<Row> facts, Dataset<Row> windows, Column at) {
        return facts.join(windows, IOC_ID)
                .filter(at.geq(col(WINDOW_START)).and(at.lt(col(WINDOW_END))));
    }

    private static long micros(Period period, ZoneId zone) {
        Duration length = Duration.between(period.startIn(zone), period.endIn(zone));
        return length.getSeconds() * 1_000_000L + length.getNano() / 1_000L;
    }

    private static Dataset<Row> arrivalTallies(Dataset<Row> arrivals) {
        Column boarded = col(BOARDED);
        Column targeted = col(TARGETED);
        return arrivals.rollup(col(IOC_ID)).agg(
                count(lit(1)).as(ARRIVALS),
                countIf(boarded).as(BOARDED_ARRIVALS),
                countIf(col(DUPLICATED)).as(DUPLICATED_ARRIVALS),
                sum(col(DUPLICATE_HOURS)).as(DUPLICATE_HOURS_SUM),
                countIf(not(col(SCREENED_BY_ARRIVAL))).as(UNSCREENED),
                countIf(col(HIGH_RISK)).as(HIGH_RISK_ARRIVALS),
                countIf(col(HIGH_RISK).and(not(boarded))).as(HIGH_RISK_NOT_BOARDED),
                countIf(targeted).as(TARGETED_ARRIVALS),
                countIf(targeted.and(not(boarded))).as(TARGETED_NOT_BOARDED),
                countIf(targeted.and(boarded)).as(TARGETED_BOARDED),
                countIf(targeted.and(boarded).and(col(HIT))).as(TARGETED_BOARDED_HIT),
                countIf(not(targeted).and(boarded)).as(UNTARGETED_BOARDED),
                countIf(not(targeted).and(boarded).and(col(HIT))).as(UNTARGETED_BOARDED_HIT),
                sum(col(SCREENING_COUNT)).as(SCREENINGS),
                sum(col(UNSHARED_SCREENING_COUNT)).as(UNSHARED_SCREENINGS),
                median(col(LEAD_HOURS)).as(LEAD_MEDIAN));
    }

    private static Dataset<Row> operationTallies(Dataset<Row> operations) {
        Column executed = col(EXECUTED);
        return operations.rollup(col(IOC_ID)).agg(
                count(lit(1)).as(OPERATIONS),
                countIf(col(CANCELLED)).as(CANCELLED_OPERATIONS),
                countIf(executed).as(EXECUTED_OPERATIONS),
                countIf(executed.and(not(col(POSTED)))).as(UNPOSTED_EXECUTED),
                countIf(executed.and(col(JOINT))).as(JOINT_EXECUTED));
    }

    /** Patrol intervals clipped to each IOC's window, summed per IOC and kind in microseconds. */
    private static Dataset<Row> intervalTallies(Dataset<Row> patrolIntervals, Dataset<Row> windows) {
        Column start = greatest(col(START_AT), col(WINDOW_START));
        Column end = least(col(END_AT), col(WINDOW_END));
        return patrolIntervals.join(windows, IOC_ID)
                .filter(end.gt(start))
                .withColumn(MICROS, Durations.micros(start, end))
                .rollup(col(IOC_ID))
                .agg(sum(when(col(INTERVAL_KIND).equalTo(lit(KIND_OVERLAP)), col(MICROS)).otherwise(0L)).as(OVERLAP_MICROS),
                        sum(when(col(INTERVAL_KIND).equalTo(lit(KIND_COVERED)), col(MICROS)).otherwise(0L)).as(COVERED_MICROS));
    }

    /** Distinct agencies with a screening of a period's arrival or an operation of the period. */
    private static Dataset<Row> participatingAgencies(Dataset<Row> arrivals, Dataset<Row> operations) {
        return arrivals.select(col(IOC_ID), explode(col(SCREENING_AGENCIES)).as(AGENCY))
                .unionByName(operations.select(col(IOC_ID), col(AGENCY_ID).as(AGENCY)))
                .rollup(col(IOC_ID))
                .agg(count_distinct(col(AGENCY)).as(AGENCIES));
    }

    private static Column countIf(Column condition) {
        return sum(when(coalesce(condition, lit(false)), 1L).otherwise(0L));
    }

    /**
     * Adds every non-null figure of rolled-up aggregate rows to the tallies: a row per IOC, and the
     * grand total (ioc_id null) to the national tally.
     */
    private static void addTallies(Map<String, Map<String, Double>> tallies, Map<String, Double> national,
                                   Dataset<Row> rollup) {
        String[] names = rollup.columns();
        for (Row row : rollup.collectAsList()) {
            String ioc = row.getAs(IOC_ID);
            Map<String, Double> tally = ioc == null ? national : tallies.get(ioc);
            for (int i = 0; i < names.length; i++) {
                if (!names[i].equals(IOC_ID) && !row.isNullAt(i)) {
                    tally.put(names[i], ((Number) row.get(i)).doubleValue());
                }
            }
        }
    }

    private static List<Row> rows(String scope, String ioc, Map<String, Double> tally, Period period, Timestamp computedAt) {
        List<Row> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Figure figure = figure(metric, tally);
            rows.add(new GenericRowWithSchema(new Object[] {metric.id(), scope, ioc, period.id(),
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

    private static Figure figure(Metric metric, Map<String, Double> tally) {
        return switch (metric) {
            case DUPLICATE_BOARDINGS -> Figure.fraction(of(tally, DUPLICATED_ARRIVALS), of(tally, BOARDED_ARRIVALS));
            case DUPLICATE_BOARDING_HOURS -> Figure.single(of(tally, DUPLICATE_HOURS_SUM));
            case OVERLAPPING_PATROL_HOURS -> Figure.single(of(tally, OVERLAP_MICROS) / Durations.MICROS_PER_HOUR);
            case UNSCREENED_ARRIVALS -> Figure.fraction(of(tally, UNSCREENED), of(tally, ARRIVALS));
            case HIGH_RISK_NOT_BOARDED -> Figure.fraction(of(tally, HIGH_RISK_NOT_BOARDED), of(tally, HIGH_RISK_ARRIVALS));
            case TARGETED_NOT_BOARDED -> Figure.fraction(of(tally, TARGETED_NOT_BOARDED), of(tally, TARGETED_ARRIVALS));
            case UNCOVERED_PATROL_HOURS -> Figure.fraction(
                    (of(tally, PERIOD_MICROS) - of(tally, COVERED_MICROS)) / Durations.MICROS_PER_HOUR,
                    of(tally, PERIOD_MICROS) / Durations.MICROS_PER_HOUR);
            case CANCELLED_OPERATIONS -> Figure.fraction(of(tally, CANCELLED_OPERATIONS), of(tally, OPERATIONS));
            case TARGETING_HIT_RATE -> Figure.ratio(of(tally, TARGETED_BOARDED_HIT), of(tally, TARGETED_BOARDED));
            case UNTARGETED_HIT_RATE -> Figure.ratio(of(tally, UNTARGETED_BOARDED_HIT), of(tally, UNTARGETED_BOARDED));
            case SCREENING_LEAD_HOURS -> Figure.single(tally.get(LEAD_MEDIAN));
            case UNSHARED_SCREENINGS -> Figure.fraction(of(tally, UNSHARED_SCREENINGS), of(tally, SCREENINGS));
            case UNPOSTED_OPERATIONS -> Figure.fraction(of(tally, UNPOSTED_EXECUTED), of(tally, EXECUTED_OPERATIONS));
            case JOINT_OPERATION_SHARE -> Figure.ratio(of(tally, JOINT_EXECUTED), of(tally, EXECUTED_OPERATIONS));
            case PARTICIPATING_AGENCIES -> Figure.single(of(tally, AGENCIES));
        };
    }

    /** A tally's figure, 0 when the IOC had no rows to count. */
    private static double of(Map<String, Double> tally, String name) {
        return tally.getOrDefault(name, 0.0);
    }
}
