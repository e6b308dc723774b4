package org.iocmetrics.reports;

/** One value of a category chart: a series (bar colour or line), a category (axis position) and a label. */
public record ChartPoint(String series, String category, Double value, String label) {}
