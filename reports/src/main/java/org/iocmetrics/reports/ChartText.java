package org.iocmetrics.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a chart says in words: its alternative text for screen readers (every value, by category) and the
 * categories it has no value for, which a line chart shows as gaps a reader might miss.
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

    /** "No data (gap): 2024-Q4, 2025-Q1." for the categories without any value; "" when every category has one. */
    static String gaps(List<ChartPoint> points) {
        Map<String, Boolean> hasValue = new LinkedHashMap<>();
        points.forEach(p -> hasValue.merge(p.category(), p.value() != null, Boolean::logicalOr));
        List<String> gaps = hasValue.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        return gaps.isEmpty() ? "" : "No data (gap): " + String.join(", ", gaps) + ".";
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
