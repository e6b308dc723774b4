package org.iocmetrics.gold;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;
import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.gold.GoldColumns.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.iocmetrics.contract.Enums;

/**
 * gold/arrival_facts: one row per silver arrival with its IOC (through its port) and the facts of
 * all its screenings and linked operations, whenever those happened (METRICS.md, "Arrival metrics").
 */
public final class ArrivalFacts {
    private static final String EFFORT_START = "effort_start";
    private static final String EFFORT_HOURS = "effort_hours";
    private static final String EFFORT_HIT = "effort_hit";
    private static final String EFFORT_AGENCIES = "effort_agencies";
    private static final String EFFORT_RANK = "effort_rank";
    /** REPEAT_BOARDINGS looks back 30 x 24 real hours. */
    static final long REPEAT_LOOK_BACK_MICROS = 30L * 24 * 3_600_000_000L;

    private ArrivalFacts() {}

    public static Dataset<Row> of(Dataset<Row> silverArrivals, Dataset<Row> silverPorts,
                                  Dataset<Row> silverScreenings, Dataset<Row> operationFacts) {
        return withRepeatBoarded(ownFacts(silverArrivals, silverPorts, silverScreenings, operationFacts));
    }

    /**
     * The facts of each arrival that depend on its own row, screenings and operations alone: every
     * column but the repeat boarding (which follows the vessel's other calls) and the month.
     */
    static Dataset<Row> ownFacts(Dataset<Row> silverArrivals, Dataset<Row> silverPorts,
                                 Dataset<Row> silverScreenings, Dataset<Row> operationFacts) {
        Dataset<Row> arrivals = silverArrivals.join(
                silverPorts.select(col(PORT_CODE), col(IOC_ID)), new String[] {PORT_CODE}, "left");
        Dataset<Row> screeningFacts = screeningFacts(arrivals, silverScreenings);
        Dataset<Row> boardingFacts = boardingFacts(operationFacts);
        Dataset<Row> joined = arrivals
                .join(screeningFacts, new String[] {ARRIVAL_ID}, "left")
                .join(boardingFacts, new String[] {ARRIVAL_ID}, "left");
        Column effortCount = coalesce(col(BOARDING_EFFORT_COUNT), lit(0L));
        Column duplicated = effortCount.geq(2);
        Column noAgencies = array().cast(DataTypes.createArrayType(DataTypes.StringType));
        return joined.select(
                col(ARRIVAL_ID), col(IOC_ID), col(PORT_CODE), col(VESSEL_NAME), col(IMO_NUMBER),
                col(VESSEL_TYPE), col(FLAG_STATE), col(ARRIVED_AT),
                coalesce(col(SCREENING_COUNT), lit(0L)).as(SCREENING_COUNT),
                coalesce(col(UNSHARED_SCREENING_COUNT), lit(0L)).as(UNSHARED_SCREENING_COUNT),
                col(FIRST_SCREENED_AT),
                coalesce(col(SCREENED_BY_ARRIVAL), lit(false)).as(SCREENED_BY_ARRIVAL),
                Durations.hours(col(FIRST_SCREENED_AT), col(ARRIVED_AT)).as(LEAD_HOURS),
                coalesce(col(HIGH_RISK), lit(false)).as(HIGH_RISK),
                coalesce(col(TARGETED), lit(false)).as(TARGETED),
                effortCount.geq(1).as(BOARDED),
                effortCount.as(BOARDING_EFFORT_COUNT),
                duplicated.as(DUPLICATED),
                when(duplicated, col(DUPLICATE_HOURS)).otherwise(lit(0.0)).as(DUPLICATE_HOURS),
                coalesce(col(HIT), lit(false)).as(HIT),
                coalesce(col(BOARDING_AGENCIES), noAgencies).as(BOARDING_AGENCIES),
                coalesce(col(BOARDING_HOURS), lit(0.0)).as(BOARDING_HOURS),
                coalesce(col(SCREENING_AGENCIES), noAgencies).as(SCREENING_AGENCIES));
    }

    /**
     * Marks repeat boardings by sorting each vessel's arrivals in time: a range window over the 720
     * hours before an arrival (exclusive of its own instant) counts the vessel's boarded arrivals in
     * it, so the cost is a sort, not a pairwise join of arrivals. Arrivals without an imo_number are
     * their own partitions (no vessel to follow, and no skew into one huge null partition).
     */
    static Dataset<Row> withRepeatBoarded(Dataset<Row> facts) {
        Column vessel = when(col(IMO_NUMBER).isNull(), concat(lit("arrival:"), col(ARRIVAL_ID)))
                .otherwise(col(IMO_NUMBER));
        WindowSpec lookBack = Window.partitionBy(vessel).orderBy(unix_micros(col(ARRIVED_AT)))
                .rangeBetween(-REPEAT_LOOK_BACK_MICROS, -1);
        Column boardedBefore = coalesce(sum(when(col(BOARDED), 1L).otherwise(0L)).over(lookBack), lit(0L));
        return facts.withColumn(REPEAT_BOARDED,
                        col(BOARDED).and(col(IMO_NUMBER).isNotNull()).and(boardedBefore.gt(0)))
                .withColumn(MONTH, trunc(col(ARRIVED_AT), "month"));
    }

    /** Per arrival: counts, the first screening, whether it was screened by arrival, risk and targeting. */
    private static Dataset<Row> screeningFacts(Dataset<Row> arrivals, Dataset<Row> screenings) {
        return screenings
                .join(arrivals.select(col(ARRIVAL_ID), col(ARRIVED_AT)), ARRIVAL_ID)
                .groupBy(col(ARRIVAL_ID))
                .agg(count(lit(1)).as(SCREENING_COUNT),
                        sum(when(col(SHARED_WITH_IOC).equalTo(lit(false)), 1L).otherwise(0L)).as(UNSHARED_SCREENING_COUNT),
                        min(col(SCREENED_AT)).as(FIRST_SCREENED_AT),
                        max(col(SCREENED_AT).leq(col(ARRIVED_AT))).as(SCREENED_BY_ARRIVAL),
                        max(col(RISK_LEVEL).equalTo(lit(Enums.RISK_HIGH))).as(HIGH_RISK),
                        max(col(DECISION).isin(Enums.TARGETING_DECISIONS.toArray())).as(TARGETED),
                        array_sort(collect_set(col(AGENCY_ID))).as(SCREENING_AGENCIES));
    }

    /**
     * Per boarded arrival, from its executed boarding-type operations grouped into efforts: the number
     * of efforts, the hours beyond the first effort (earliest actual_start, ties: smallest effort key),
     * findings, agencies and all hours.
     */
    private static Dataset<Row> boardingFacts(Dataset<Row> operationFacts) {
        Dataset<Row> efforts = operationFacts
                .filter(col(EXECUTED).and(col(BOARDING_TYPE)).and(col(ARRIVAL_ID).isNotNull()))
                .groupBy(col(ARRIVAL_ID), col(EFFORT_KEY))
                .agg(min(col(ACTUAL_START)).as(EFFORT_START),
                        sum(coalesce(col(PERSONNEL_HOURS), lit(0.0))).as(EFFORT_HOURS),
                        max(coalesce(col(FINDINGS_COUNT).gt(0), lit(false))).as(EFFORT_HIT),
                        collect_set(col(AGENCY_ID)).as(EFFORT_AGENCIES))
                .withColumn(EFFORT_RANK, row_number().over(
                        Window.partitionBy(col(ARRIVAL_ID)).orderBy(col(EFFORT_START).asc_nulls_last(), col(EFFORT_KEY))));
        return efforts.groupBy(col(ARRIVAL_ID))
                .agg(count(lit(1)).as(BOARDING_EFFORT_COUNT),
                        sum(when(col(EFFORT_RANK).gt(1), col(EFFORT_HOURS)).otherwise(0.0)).as(DUPLICATE_HOURS),
                        max(col(EFFORT_HIT)).as(HIT),
                        array_sort(array_distinct(flatten(collect_list(col(EFFORT_AGENCIES))))).as(BOARDING_AGENCIES),
                        sum(col(EFFORT_HOURS)).as(BOARDING_HOURS));
    }
}
