package org.iocmetrics.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.MetricTable.Reading;
import org.iocmetrics.reports.ChartPoint;
import org.iocmetrics.reports.TrendChart;

/**
 * Trend lines over the trailing periods. A period the lake does not hold, without data in the scope, or
 * that starts before the lake's first data (only its last days are in the lake) is a gap: its value is
 * null, it is named under the chart and in the chart's alternative text, and it is never drawn as a 0.
 */
final class Trends {
    private Trends() {}

    /** One IOC's charts of the given metrics. */
    static List<TrendChart> ofIoc(List<Metric> metrics, MetricTable table, Period period, String iocId, Instant firstData) {
        return metrics.stream().map(m -> chart(m, iocId, p -> table.ioc(m, iocId, p.id()), period, firstData)).toList();
    }

    /** The nation's charts of the given metrics. */
    static List<TrendChart> national(List<Metric> metrics, MetricTable table, Period period, Instant firstData) {
        return metrics.stream().map(m -> chart(m, "national", p -> table.national(m, p.id()), period, firstData)).toList();
    }

    /** The value a trend draws for a period: null (a gap) without data or when the period starts before the lake's data. */
    static Double value(Reading reading, Period period, Instant firstData) {
        boolean partial = firstData != null && period.start().isBefore(LocalDate.ofInstant(firstData, ZoneOffset.UTC));
        return partial ? null : reading.value();
    }

    static TrendChart chart(Metric metric, String scope, Function<Period, Reading> reading, Period period, Instant firstData) {
        List<ChartPoint> points = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Period p : period.trailing(NationalReport.TREND_PERIODS)) {
            Double value = value(reading.apply(p), p, firstData);
            points.add(new ChartPoint(metric.displayName(), p.id(), value, null));
            if (value == null) {
                gaps.add(p.id());
            }
            described.add(p.id() + " " + (value == null ? Figures.NO_DATA : Figures.value(metric, value)));
        }
        String alt = metric.displayName() + ", " + scope + ", last " + NationalReport.TREND_PERIODS + " periods: "
                + String.join("; ", described) + ".";
        return new TrendChart(metric.displayName(), points, alt,
                gaps.isEmpty() ? "" : "No data (gap): " + String.join(", ", gaps) + ".");
    }
}
