package org.iocmetrics.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.Interval;
import org.iocmetrics.reports.HeatColors;
import org.iocmetrics.reports.HeatCell;
import org.iocmetrics.reports.HeatmapRow;

/**
 * The share of each hour of day and weekday, in an IOC's local time, covered by its COVERED patrol
 * intervals during a period. Time is measured in real seconds: an hour that a daylight-saving change
 * repeats counts twice, one it skips never occurs (and has no share).
 */
public final class CoverageHeatmap {
    static final int DAYS = 7;
    static final int HOURS = 24;

    private CoverageHeatmap() {}

    /** Covered share per [weekday, Monday = 0][local hour]; null where that hour never occurs in the period. */
    public static Double[][] shares(List<Interval> covered, Period period, ZoneId zone) {
        Instant start = period.startIn(zone);
        Instant end = period.endIn(zone);
        long[][] total = new long[DAYS][HOURS];
        long[][] coveredSeconds = new long[DAYS][HOURS];
        addSeconds(start, end, zone, total);
        for (Interval interval : covered) {
            Instant from = interval.start().isBefore(start) ? start : interval.start();
            Instant to = interval.end().isAfter(end) ? end : interval.end();
            if (from.isBefore(to)) {
                addSeconds(from, to, zone, coveredSeconds);
            }
        }
        Double[][] shares = new Double[DAYS][HOURS];
        for (int day = 0; day < DAYS; day++) {
            for (int hour = 0; hour < HOURS; hour++) {
                shares[day][hour] = total[day][hour] == 0 ? null : (double) coveredSeconds[day][hour] / total[day][hour];
            }
        }
        return shares;
    }

    /** The heatmap as printed: one row per local hour, a percentage and a colour per weekday. */
    static List<HeatmapRow> rows(List<Interval> covered, Period period, ZoneId zone) {
        Double[][] shares = shares(covered, period, zone);
        List<HeatmapRow> rows = new ArrayList<>();
        for (int hour = 0; hour < HOURS; hour++) {
            List<HeatCell> days = new ArrayList<>();
            for (int day = 0; day < DAYS; day++) {
                Double share = shares[day][hour];
                days.add(share == null
                        ? new HeatCell("", HeatColors.NO_VALUE)
                        : new HeatCell(Math.round(100 * share) + "%", HeatColors.coverage(share)));
            }
            rows.add(new HeatmapRow(String.format(Locale.ROOT, "%02d:00", hour), days));
        }
        return rows;
    }

    /** Adds the seconds of [from, to) to the local weekday and hour each second falls in. */
    private static void addSeconds(Instant from, Instant to, ZoneId zone, long[][] seconds) {
        Instant at = from;
        while (at.isBefore(to)) {
            ZonedDateTime local = at.atZone(zone);
            Instant nextHour = local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
            Instant until = nextHour.isBefore(to) ? nextHour : to;
            seconds[local.getDayOfWeek().getValue() - 1][local.getHour()] += Duration.between(at, until).getSeconds();
            at = until;
        }
    }
}
