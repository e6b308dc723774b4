package org.iocmetrics.reports;

/**
 * A figure of a table with its rate over its denominator ("8.3%"; null when the metric has none), whether
 * the rate rests on a denominator too small to compare (small n; such a cell is never shaded) and whether
 * it falls in the worst quartile of its column.
 */
public record TableCell(Figure value, Figure rate, boolean smallN, boolean worstQuartile) {
    public static final String SMALL_N = "small n";

    /** The figure over its rate, as the PDF table prints them: "41" and "8.3%" or "8.3% small n" below. */
    public String printed() {
        return rate == null ? value.text() : value.text() + "\n" + rate.text() + (smallN ? " " + SMALL_N : "");
    }

    /** The workbook's note beside a rate: "small n" or nothing. */
    public String smallNote() {
        return smallN ? SMALL_N : "";
    }
}
