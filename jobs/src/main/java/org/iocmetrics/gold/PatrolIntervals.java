package org.iocmetrics.gold;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.gold.GoldColumns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * gold/patrol_intervals: the time covered by executed patrols, and by the plan's patrols on their
 * planned intervals, once for all time, as disjoint half-open {@code [start_at, end_at)} intervals
 * that a period only has to clip. Intervals are cut at UTC month starts and carry their {@code
 * month}: every month's intervals depend on that month's patrols only, so a batch recomputes just
 * the months it touched. An interval across a month start is two touching rows; {@link #whole}
 * joins them again where whole intervals are counted.
 *
 * <p>Everything is a sort and a window per group (no self-join), so millions of operations cost
 * O(n log n): intervals are merged by a running maximum of end times, and overlaps are found by a
 * running sum of +1/-1 boundary events, where events at the same instant are netted first so an
 * interval ending at t and one starting at t never count as overlapping.
 */
public final class PatrolIntervals {
    private static final String ISLAND = "island";
    private static final String PREVIOUS_END = "previous_end";
    private static final String AT = "at";
    private static final String DELTA = "delta";
    private static final String ACTIVE = "active";
    private static final String NEXT_AT = "next_at";
    private static final int OVERLAP_MIN_EFFORTS = 2;

    private PatrolIntervals() {}

    public static Dataset<Row> of(Dataset<Row> operationFacts) {
        Dataset<Row> executed = operationFacts
                .filter(col(EXECUTED).and(col(PATROL_TYPE))
                        .and(col(ACTUAL_START).isNotNull()).and(col(ACTUAL_END).gt(col(ACTUAL_START))))
                .select(col(IOC_ID), col(OPERATION_TYPE), col(AREA_CODE), col(EFFORT_KEY),
                        col(ACTUAL_START).as(START_AT), col(ACTUAL_END).as(END_AT));
        Dataset<Row> planned = operationFacts
                .filter(col(IN_PLAN).and(col(PATROL_TYPE)).and(col(PLANNED_END).gt(col(PLANNED_START))))
                .select(col(IOC_ID), col(OPERATION_TYPE), col(AREA_CODE), col(EFFORT_KEY),
                        col(PLANNED_START).as(START_AT), col(PLANNED_END).as(END_AT));
        return coveredAndOverlap(byMonth(executed), KIND_COVERED, KIND_OVERLAP)
                .unionByName(coveredAndOverlap(byMonth(planned), KIND_PLANNED_COVERED, KIND_PLANNED_OVERLAP));
    }

    /** The patrols' intervals cut at UTC month starts, each piece with its month. */
    private static Dataset<Row> byMonth(Dataset<Row> patrols) {
        Column month = col(MONTH).cast(DataTypes.TimestampType);
        Column nextMonth = add_months(col(MONTH), 1).cast(DataTypes.TimestampType);
        return patrols
                .withColumn(MONTH, explode(monthsMet(col(START_AT), col(END_AT))))
                .withColumn(START_AT, greatest(col(START_AT), month))
                .withColumn(END_AT, least(col(END_AT), nextMonth))
                .filter(col(END_AT).gt(col(START_AT)));
    }

    /**
     * The first days of the UTC months from the one {@code start} is in to the one {@code end} is in;
     * the last is met by nothing when {@code end} is exactly its first instant.
     */
    static Column monthsMet(Column start, Column end) {
        return sequence(trunc(start, "month"), trunc(end, "month"), expr("interval 1 month"));
    }

    /** The union of the patrols' time per IOC, and their overlaps, as intervals of the two kinds. */
    private static Dataset<Row> coveredAndOverlap(Dataset<Row> patrols, String coveredKind, String overlapKind) {
        Dataset<Row> covered = merge(patrols.select(col(IOC_ID), col(MONTH), col(START_AT), col(END_AT)),
                List.of(IOC_ID, MONTH))
                .select(col(IOC_ID), lit(coveredKind).as(INTERVAL_KIND),
                        lit(null).cast(DataTypes.StringType).as(OPERATION_TYPE),
                        lit(null).cast(DataTypes.StringType).as(AREA_CODE), col(START_AT), col(END_AT), col(MONTH));
        Dataset<Row> overlap = overlap(patrols, List.of(IOC_ID, OPERATION_TYPE, AREA_CODE, MONTH))
                .select(col(IOC_ID), lit(overlapKind).as(INTERVAL_KIND), col(OPERATION_TYPE), col(AREA_CODE),
                        col(START_AT), col(END_AT), col(MONTH));
        return covered.unionByName(overlap);
    }

    /**
     * Stored intervals with their month pieces joined again: one row per maximal interval of a kind,
     * IOC, patrol type and area (the month column is dropped).
     */
    public static Dataset<Row> whole(Dataset<Row> storedIntervals) {
        return merge(storedIntervals.drop(MONTH), List.of(IOC_ID, INTERVAL_KIND, OPERATION_TYPE, AREA_CODE));
    }

    /**
     * The maximal intervals per (ioc_id, operation_type, area_code) when at least two distinct effort
     * keys are active; each effort's own intervals are merged first so an effort never overlaps itself.
     */
    public static Dataset<Row> overlap(Dataset<Row> patrols) {
        return overlap(patrols, List.of(IOC_ID, OPERATION_TYPE, AREA_CODE));
    }

    private static Dataset<Row> overlap(Dataset<Row> patrols, List<String> group) {
        List<String> groupAndEffort = new ArrayList<>(group);
        groupAndEffort.add(EFFORT_KEY);
        Dataset<Row> perEffort = merge(patrols.select(columns(groupAndEffort, START_AT, END_AT)), groupAndEffort);
        Dataset<Row> events = perEffort.select(columns(group, START_AT)).withColumnRenamed(START_AT, AT).withColumn(DELTA, lit(1L))
                .unionByName(perEffort.select(columns(group, END_AT)).withColumnRenamed(END_AT, AT).withColumn(DELTA, lit(-1L)))
                .groupBy(columns(group, AT))
                .agg(sum(col(DELTA)).as(DELTA));
        WindowSpec byTime = Window.partitionBy(columns(group)).orderBy(col(AT));
        Dataset<Row> spans = events
                .withColumn(ACTIVE, sum(col(DELTA)).over(byTime.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .withColumn(NEXT_AT, lead(col(AT), 1).over(byTime))
                .filter(col(ACTIVE).geq(OVERLAP_MIN_EFFORTS).and(col(NEXT_AT).isNotNull()))
                .select(columns(group, AT, NEXT_AT))
                .withColumnRenamed(AT, START_AT)
                .withColumnRenamed(NEXT_AT, END_AT);
        return merge(spans, group);
    }

    /**
     * Merges the [start_at, end_at) intervals of each group into disjoint, sorted intervals; touching
     * intervals join into one. An interval starts a new island when it begins after every earlier end.
     */
    public static Dataset<Row> merge(Dataset<Row> intervals, List<String> group) {
        WindowSpec byStart = Window.partitionBy(columns(group)).orderBy(col(START_AT), col(END_AT));
        Column previousEnd = col(PREVIOUS_END);
        Column startsIsland = when(previousEnd.isNull().or(col(START_AT).gt(previousEnd)), 1L).otherwise(0L);
        return intervals
                .withColumn(PREVIOUS_END, max(col(END_AT)).over(byStart.rowsBetween(Window.unboundedPreceding(), -1)))
                .withColumn(ISLAND, sum(startsIsland).over(byStart.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .groupBy(columns(group, ISLAND))
                .agg(min(col(START_AT)).as(START_AT), max(col(END_AT)).as(END_AT))
                .select(columns(group, START_AT, END_AT));
    }

    private static Column[] columns(List<String> names, String... more) {
        List<Column> columns = new ArrayList<>();
        names.forEach(name -> columns.add(col(name)));
        for (String name : more) {
            columns.add(col(name));
        }
        return columns.toArray(Column[]::new);
    }
}
