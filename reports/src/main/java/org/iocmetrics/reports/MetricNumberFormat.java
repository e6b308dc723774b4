package org.iocmetrics.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Optional;
import java.util.Locale;

/**
 * The text forms of a metric figure. {@link #format} is the export's form (metrics.csv): exact enough
 * to recompute from. {@link #display} is the one form every report prints, in PDF and in the workbook
 * (whose numeric cells carry the same {@link Style#pattern()}): what a reader takes in at a glance.
 */
public final class MetricNumberFormat {
    private static final int DECIMAL_PLACES = 6;
    private static final MathContext MIN_SIGNIFICANT = new MathContext(4, RoundingMode.HALF_UP);
    private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    /** How a report prints a figure; the pattern is both a {@link DecimalFormat} and an Excel number format. */
    public enum Style {
        /** a count: 5,000 */
        COUNT("#,##0"),
        /** hours, seconds: 12,301.6 */
        DECIMAL("#,##0.0"),
        /** a ratio as a percentage: 0.082915 prints 8.3% */
        PERCENT("#,##0.0%");

        private final String pattern;

        Style(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }

        /** The style whose pattern this is, if any. */
        public static Optional<Style> ofPattern(String pattern) {
            return Arrays.stream(values()).filter(style -> style.pattern.equals(pattern)).findFirst();
        }
    }

    private MetricNumberFormat() {}

    /** The export's text: empty for a null, an integer for a count, otherwise a plain decimal without exponent. */
    public static String format(Double value, boolean count) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (count) {
            return Long.toString(Math.round(value));
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = exact.setScale(DECIMAL_PLACES, RoundingMode.HALF_UP);
        if (exact.signum() != 0 && rounded.precision() < MIN_SIGNIFICANT.getPrecision()) {
            rounded = exact.round(MIN_SIGNIFICANT);
        }
        String text = rounded.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** A report's text of a figure: "5,000", "12,301.6", "8.3%"; empty for a null. */
    public static String display(Double value, Style style) {
        if (value == null || value.isNaN()) {
            return "";
        }
        String text = numberFormat(style).format(value);
        return text.matches("-[0.,%]+") ? text.substring(1) : text;
    }

    /**
     * A report's text of a difference, signed: "+1,204", "-3.5"; a difference of two percentages is in
     * percentage points ("+1.2 pts"), never a percentage of a percentage.
     */
    public static String displayDifference(double difference, Style style) {
        return style == Style.PERCENT
                ? signed(numberFormat(Style.DECIMAL).format(100 * difference)) + " pts"
                : signed(display(difference, style));
    }

    /** A relative change, signed: "+16.3%". */
    public static String displayRelativeChange(double relativeChange) {
        return signed(display(relativeChange, Style.PERCENT));
    }

    private static String signed(String text) {
        return text.startsWith("-") || text.matches("[0.,%]+") ? text : "+" + text;
    }

    /**
     * The format of a style, which the templates' numeric cells use too ({@link ReportFormatFactory}); a new
     * one per call: DecimalFormat is not thread-safe and scorecards render in parallel.
     */
    public static NumberFormat numberFormat(Style style) {
        DecimalFormat format = new DecimalFormat(style.pattern(), US);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
