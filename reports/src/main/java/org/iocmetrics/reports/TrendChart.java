package org.iocmetrics.reports;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One small trend chart: a metric over the trailing periods (a null value is a gap, never a 0), its
 * alternative text for screen readers, and the printed line naming the periods without data.
 */
public record TrendChart(String title, List<ChartPoint> points, String altText, String gaps) {
    public TrendChart {
        points = List.copyOf(points);
    }

    /** The points as the chart's data source rows. */
    public Collection<Map<String, ?>> pointRows() {
        return ReportRenderer.rows(points);
    }

    public boolean hasData() {
        return points.stream().anyMatch(point -> point.value() != null);
    }
}
