package org.iocmetrics.reports;

/**
 * A figure of a table with its rate over its denominator ("8.3%"; null when the metric has none), whether
 * the rate rests on a denominator too small to compare (small n; such a cell is never shaded) and whether
 * it falls in the worst quartile of its column; and where headquarters set a target, the status against it
 * (null without one).
 */
public record TableCell(Figure value, Figure rate, boolean smallN, boolean worstQuartile, TargetStatus target) {
    public static final String SMALL_N = "small n";
    /** Marks a worst-quartile figure besides its shading, so that the mark does not rest on colour alone. */
    public static final String WORST_MARK = "\u25B2 ";

    /** The figure over its rate, as the PDF table prints them: "41" and "8.3%" or "8.3% small n" below. */
    public String printed() {
        String figure = (worstQuartile ? WORST_MARK : "") + value.text();
        String withRate = rate == null ? figure : figure + "\n" + rate.text() + (smallN ? " " + SMALL_N : "");
        return target == null ? withRate : withRate + "\n" + target.status();
    }

    /** The workbook's note beside a rate: "small n" or nothing. */
    public String smallNote() {
        return smallN ? SMALL_N : "";
    }
}
