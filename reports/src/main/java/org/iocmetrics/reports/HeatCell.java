package org.iocmetrics.reports;

/** A printed share of a heatmap and its fill colour (#RRGGBB). */
public record HeatCell(String text, String color) {}
