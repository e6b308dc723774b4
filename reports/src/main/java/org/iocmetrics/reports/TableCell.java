package org.iocmetrics.reports;

/** A printed figure of a table and whether it falls in the worst quartile of its column. */
public record TableCell(String text, boolean worstQuartile) {}
