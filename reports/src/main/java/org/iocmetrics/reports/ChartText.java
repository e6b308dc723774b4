package org.iocmetrics.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a chart says in words: its alternative text for screen readers, every value by category.
 */
final class ChartText {
    private ChartText() {}

    /** "Title: IOC-A: Duplicated boarding hours 12.5, Overlapping patrol hours 3.0; IOC-B: ..." */
    static String alt(String title, List<ChartPoint> points) {
        Map<String, StringBuilder> byCategory = new LinkedHashMap<>();
        for (ChartPoint point : points) {
            StringBuilder text = byCategory.computeIfAbsent(point.category(), c -> new StringBuilder());
            text.append(text.isEmpty() ? "" : ", ").append(point.series()).append(' ').append(printed(point));
        }
        return title + ": " + byCategory.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String printed(ChartPoint point) {
        if (point.value() == null) {
            return "no data";
        }
        if (point.label() != null) {
            return point.label();
        }
        boolean whole = Objects.equals(point.value(), Math.rint(point.value()));
        return MetricNumberFormat.display(point.value(), whole ? MetricNumberFormat.Style.COUNT : MetricNumberFormat.Style.DECIMAL);
    }
}
