package org.iocmetrics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.iocmetrics.contract.Columns.IOC_ID;
import static org.iocmetrics.gold.GoldColumns.PERIOD;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What one period's facts add up to in one scope (an IOC, or the nation): the counts, sums and the
 * median that {@link MetricsJob} turns into metric rows. A scope without any fact has {@link #NONE}.
 */
record Tally(long arrivals, long boardedArrivals, long duplicatedArrivals, double duplicateHours,
             long unscreened, long highRiskArrivals, long highRiskNotBoarded, long targetedArrivals,
             long targetedNotBoarded, long targetedBoarded, long targetedBoardedHit, long untargetedBoarded,
             long untargetedBoardedHit, long screenings, long unsharedScreenings, Double leadMedian,
             long operations, long cancelledOperations, long executedOperations, long unpostedExecuted,
             long jointExecuted, long overlapMicros, long coveredMicros, long agencies,
             long boardedWithImo, long repeatBoarded, long plannedOverlapMicros, long plannedCoveredMicros,
             long activePartners) {

    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0);

    // the aggregate columns, named as the record's components
    static final String ARRIVALS = "arrivals";
    static final String BOARDED_ARRIVALS = "boardedArrivals";
    static final String DUPLICATED_ARRIVALS = "duplicatedArrivals";
    static final String DUPLICATE_HOURS = "duplicateHours";
    static final String UNSCREENED = "unscreened";
    static final String HIGH_RISK_ARRIVALS = "highRiskArrivals";
    static final String HIGH_RISK_NOT_BOARDED = "highRiskNotBoarded";
    static final String TARGETED_ARRIVALS = "targetedArrivals";
    static final String TARGETED_NOT_BOARDED = "targetedNotBoarded";
    static final String TARGETED_BOARDED = "targetedBoarded";
    static final String TARGETED_BOARDED_HIT = "targetedBoardedHit";
    static final String UNTARGETED_BOARDED = "untargetedBoarded";
    static final String UNTARGETED_BOARDED_HIT = "untargetedBoardedHit";
    static final String SCREENINGS = "screenings";
    static final String UNSHARED_SCREENINGS = "unsharedScreenings";
    static final String LEAD_MEDIAN = "leadMedian";
    static final String OPERATIONS = "operations";
    static final String CANCELLED_OPERATIONS = "cancelledOperations";
    static final String EXECUTED_OPERATIONS = "executedOperations";
    static final String UNPOSTED_EXECUTED = "unpostedExecuted";
    static final String JOINT_EXECUTED = "jointExecuted";
    static final String OVERLAP_MICROS = "overlapMicros";
    static final String COVERED_MICROS = "coveredMicros";
    static final String AGENCIES = "agencies";
    static final String BOARDED_WITH_IMO = "boardedWithImo";
    static final String REPEAT_BOARDED = "repeatBoarded";
    static final String PLANNED_OVERLAP_MICROS = "plannedOverlapMicros";
    static final String PLANNED_COVERED_MICROS = "plannedCoveredMicros";
    static final String ACTIVE_PARTNERS = "activePartners";

    /** A tally's scope: a period and an IOC, or the period nationally (iocId null). */
    record Key(String period, String iocId) {}

    /**
     * Collects rolled-up aggregates over (period, ioc_id), each holding some of the tally's columns,
     * into one tally per period and scope: the rows with ioc_id null are the national totals, the
     * grand total over all periods (period null) is dropped. A column no aggregate had a row for is 0.
     */
    static Map<Key, Tally> collect(List<Dataset<Row>> rollups) {
        Dataset<Row> union = null;
        for (Dataset<Row> rollup : rollups) {
            Dataset<Row> perPeriod = rollup.where(col(PERIOD).isNotNull());
            union = union == null ? perPeriod : union.unionByName(perPeriod, true);
        }
        List<Column> figures = new ArrayList<>();
        for (String name : union.columns()) {
            if (!name.equals(PERIOD) && !name.equals(IOC_ID)) {
                figures.add(max(col(name)).as(name));
            }
        }
        Dataset<Row> merged = union.groupBy(col(PERIOD), col(IOC_ID))
                .agg(figures.get(0), figures.subList(1, figures.size()).toArray(Column[]::new));
        Map<Key, Tally> tallies = new HashMap<>();
        for (Row row : merged.collectAsList()) {
            tallies.put(new Key(row.getAs(PERIOD), row.getAs(IOC_ID)), of(row));
        }
        return tallies;
    }

    private static Tally of(Row row) {
        return new Tally(count(row, ARRIVALS), count(row, BOARDED_ARRIVALS), count(row, DUPLICATED_ARRIVALS),
                sum(row, DUPLICATE_HOURS), count(row, UNSCREENED), count(row, HIGH_RISK_ARRIVALS),
                count(row, HIGH_RISK_NOT_BOARDED), count(row, TARGETED_ARRIVALS), count(row, TARGETED_NOT_BOARDED),
                count(row, TARGETED_BOARDED), count(row, TARGETED_BOARDED_HIT), count(row, UNTARGETED_BOARDED),
                count(row, UNTARGETED_BOARDED_HIT), count(row, SCREENINGS), count(row, UNSHARED_SCREENINGS),
                row.isNullAt(row.fieldIndex(LEAD_MEDIAN)) ? null : row.<Number>getAs(LEAD_MEDIAN).doubleValue(),
                count(row, OPERATIONS), count(row, CANCELLED_OPERATIONS), count(row, EXECUTED_OPERATIONS),
                count(row, UNPOSTED_EXECUTED), count(row, JOINT_EXECUTED), count(row, OVERLAP_MICROS),
                count(row, COVERED_MICROS), count(row, AGENCIES), count(row, BOARDED_WITH_IMO),
                count(row, REPEAT_BOARDED), count(row, PLANNED_OVERLAP_MICROS), count(row, PLANNED_COVERED_MICROS),
                count(row, ACTIVE_PARTNERS));
    }

    private static long count(Row row, String name) {
        Number value = row.getAs(name);
        return value == null ? 0 : value.longValue();
    }

    private static double sum(Row row, String name) {
        Number value = row.getAs(name);
        return value == null ? 0 : value.doubleValue();
    }
}
