package org.iocmetrics.reports;

import org.iocmetrics.reports.MetricNumberFormat.Style;

/**
 * A figure of a table: its number and style, or only a text where there is no number ("no data", "n/a",
 * an empty ratio). A template prints {@link #cell()} with {@link #pattern()}: a number becomes a numeric
 * workbook cell with that number format, and the PDF shows the same {@link #text()}.
 */
public record Figure(Double number, Style style, String text) {
    public static Figure of(Double number, Style style) {
        return number == null || number.isNaN() ? text("") : new Figure(number, style, MetricNumberFormat.display(number, style));
    }

    public static Figure of(long number) {
        return of((double) number, Style.COUNT);
    }

    public static Figure text(String text) {
        return new Figure(null, null, text);
    }

    /** The cell's value: the number, or the text when there is none. */
    public Object cell() {
        return number != null ? number : text;
    }

    /** The number format of the cell, null for a text. */
    public String pattern() {
        return number != null ? style.pattern() : null;
    }

    @Override
    public String toString() {
        return text;
    }
}
