package org.iocmetrics.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.xxhash64;
import static org.iocmetrics.contract.Columns.AREA_CODE;
import static org.iocmetrics.contract.Columns.IOC_ID;
import static org.iocmetrics.contract.Columns.OPERATION_TYPE;
import static org.iocmetrics.gold.GoldColumns.EFFORT_KEY;
import static org.iocmetrics.gold.GoldColumns.END_AT;
import static org.iocmetrics.gold.GoldColumns.START_AT;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.iocmetrics.gold.Durations;
import org.iocmetrics.gold.PatrolIntervals;

/**
 * Overlapping patrol hours of many synthetic patrols two ways in Spark: the project's sweep
 * ({@link PatrolIntervals#overlap}, a sort and a running count per group) and the naive reading of
 * the definition, a self-join of every pair of patrols of different efforts in the same group whose
 * times intersect, the intersections then merged. Both must give the same hours.
 */
final class SweepVersusSelfJoin {
    /** Patrols spread over ten years, 41 IOCs, 3 types and 3 areas, 6 efforts, 2 to 10 hours long. */
    private static final long SPAN_SECONDS = 10L * 365 * 24 * 3600;
    private static final long FIRST_SECOND = Instant.parse("2016-10-01T00:00:00Z").getEpochSecond();

    record Result(long operations, double sweepSeconds, double selfJoinSeconds, double sweepHours, double selfJoinHours) {}

    static Result run(SparkSession spark, long operations) {
        Dataset<Row> patrols = patrols(spark, operations).persist(StorageLevel.MEMORY_AND_DISK());
        patrols.count();
        long started = System.nanoTime();
        double sweepHours = hours(PatrolIntervals.overlap(patrols));
        double sweepSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        double selfJoinHours = hours(selfJoin(patrols));
        double selfJoinSeconds = (System.nanoTime() - started) / 1e9;
        patrols.unpersist();
        return new Result(operations, sweepSeconds, selfJoinSeconds, sweepHours, selfJoinHours);
    }

    private static Dataset<Row> patrols(SparkSession spark, long operations) {
        Column id = col("id");
        Column startSecond = lit(FIRST_SECOND).plus(pmod(xxhash64(id, lit(1)), lit(SPAN_SECONDS / 60)).multiply(60));
        Column lengthSeconds = lit(7200).plus(pmod(xxhash64(id, lit(2)), lit(8 * 60)).multiply(60));
        return spark.range(operations).select(
                concat(lit("IOC-"), pmod(id, lit(41)).cast("string")).as(IOC_ID),
                concat(lit("PATROL-"), pmod(xxhash64(id, lit(3)), lit(3)).cast("string")).as(OPERATION_TYPE),
                concat(lit("AREA-"), pmod(xxhash64(id, lit(4)), lit(3)).cast("string")).as(AREA_CODE),
                concat(lit("solo:AGENCY-"), pmod(xxhash64(id, lit(5)), lit(6)).cast("string")).as(EFFORT_KEY),
                timestamp_seconds(startSecond).as(START_AT),
                timestamp_seconds(startSecond.plus(lengthSeconds)).as(END_AT));
    }

    /** Every intersecting pair of patrols of two efforts in one group, its intersections merged per group. */
    private static Dataset<Row> selfJoin(Dataset<Row> patrols) {
        Dataset<Row> a = patrols.as("a");
        Dataset<Row> b = patrols.as("b");
        Column sameGroup = col("a." + IOC_ID).equalTo(col("b." + IOC_ID))
                .and(col("a." + OPERATION_TYPE).equalTo(col("b." + OPERATION_TYPE)))
                .and(col("a." + AREA_CODE).eqNullSafe(col("b." + AREA_CODE)));
        Column intersect = col("a." + START_AT).lt(col("b." + END_AT)).and(col("b." + START_AT).lt(col("a." + END_AT)));
        Dataset<Row> pairs = a.join(b, sameGroup.and(col("a." + EFFORT_KEY).lt(col("b." + EFFORT_KEY))).and(intersect))
                .select(col("a." + IOC_ID).as(IOC_ID), col("a." + OPERATION_TYPE).as(OPERATION_TYPE),
                        col("a." + AREA_CODE).as(AREA_CODE),
                        greatest(col("a." + START_AT), col("b." + START_AT)).as(START_AT),
                        least(col("a." + END_AT), col("b." + END_AT)).as(END_AT));
        return PatrolIntervals.merge(pairs, List.of(IOC_ID, OPERATION_TYPE, AREA_CODE));
    }

    private static double hours(Dataset<Row> intervals) {
        Row total = intervals.agg(sum(Durations.micros(col(START_AT), col(END_AT)))).first();
        return total.isNullAt(0) ? 0 : total.getLong(0) / Durations.MICROS_PER_HOUR;
    }
}
