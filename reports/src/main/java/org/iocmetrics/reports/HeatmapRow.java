package org.iocmetrics.reports;

import java.util.List;

/** One hour of day of the coverage heatmap: seven cells, Monday to Sunday. */
public record HeatmapRow(String hour, List<HeatCell> days) {
    public static final int DAYS = 7;

    public HeatmapRow {
        days = List.copyOf(days);
        if (days.size() != DAYS) {
            throw new IllegalArgumentException("a heatmap row has " + DAYS + " days, got " + days.size());
        }
    }

    public String text(int day) {
        return days.get(day).text();
    }

    public String color(int day) {
        return days.get(day).color();
    }
}
