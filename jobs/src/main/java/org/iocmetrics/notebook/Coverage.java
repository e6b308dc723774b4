package org.iocmetrics.notebook;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.gold.PatrolIntervals;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.CoverageHeatmap;
import org.iocmetrics.report.ReportInputs.Interval;

/**
 * An IOC's patrol coverage in a period, from gold/patrol_intervals' COVERED intervals (the union of
 * its executed patrols, as the gold job computes it): the intervals, the hours between them that no
 * patrol covered, and the reports' hour-of-week shares.
 */
public final class Coverage {
    private Coverage() {}

    /** The IOC's COVERED intervals clipped to the period in its zone, as rows of start_at and end_at. */
    public static Dataset<Row> covered(String ioc, Period period) {
        return rows(intervals(ioc, period));
    }

    /** The uncovered stretches of the period: the complement of {@link #covered}, as rows of start_at and end_at. */
    public static Dataset<Row> uncovered(String ioc, Period period) {
        ZoneId zone = zone(ioc);
        List<Interval> gaps = new ArrayList<>();
        Instant cursor = period.startIn(zone);
        for (Interval interval : intervals(ioc, period)) {
            if (interval.start().isAfter(cursor)) {
                gaps.add(new Interval(ioc, cursor, interval.start()));
            }
            cursor = interval.end().isAfter(cursor) ? interval.end() : cursor;
        }
        if (cursor.isBefore(period.endIn(zone))) {
            gaps.add(new Interval(ioc, cursor, period.endIn(zone)));
        }
        return rows(gaps);
    }

    /** Covered share per [weekday, Monday = 0][local hour], as the scorecard's heatmap computes it. */
    public static Double[][] hourOfWeek(String ioc, Period period) {
        return CoverageHeatmap.shares(intervals(ioc, period), period, zone(ioc));
    }

    public static ZoneId zone(String ioc) {
        ZoneId zone = Notebook.zones().get(ioc);
        if (zone == null) {
            throw new UserError("no IOC " + ioc + " in silver/iocs");
        }
        return zone;
    }

    private static List<Interval> intervals(String ioc, Period period) {
        ZoneId zone = zone(ioc);
        Instant start = period.startIn(zone);
        Instant end = period.endIn(zone);
        List<Interval> intervals = new ArrayList<>();
        PatrolIntervals.whole(Notebook.table(LakeTable.GOLD_PATROL_INTERVALS.relativePath())
                        .filter(col(Columns.IOC_ID).equalTo(ioc)
                                .and(col(GoldColumns.INTERVAL_KIND).equalTo(GoldColumns.KIND_COVERED))
                                .and(col(GoldColumns.END_AT).gt(lit(Timestamp.from(start))))
                                .and(col(GoldColumns.START_AT).lt(lit(Timestamp.from(end))))))
                .orderBy(GoldColumns.START_AT)
                .select(GoldColumns.START_AT, GoldColumns.END_AT)
                .collectAsList()
                .forEach(r -> intervals.add(new Interval(ioc, later(r.getTimestamp(0).toInstant(), start),
                        earlier(r.getTimestamp(1).toInstant(), end))));
        return intervals;
    }

    private static Dataset<Row> rows(List<Interval> intervals) {
        StructType schema = new StructType()
                .add(GoldColumns.START_AT, DataTypes.TimestampType, false)
                .add(GoldColumns.END_AT, DataTypes.TimestampType, false)
                .add("hours", DataTypes.DoubleType, false);
        List<Row> rows = intervals.stream().map(i -> RowFactory.create(Timestamp.from(i.start()), Timestamp.from(i.end()),
                (i.end().toEpochMilli() - i.start().toEpochMilli()) / 3_600_000.0)).toList();
        return Notebook.spark().createDataFrame(rows, schema);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
