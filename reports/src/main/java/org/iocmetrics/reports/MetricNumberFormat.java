package org.iocmetrics.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one text form of a metric figure, shared by metrics.csv and every report so that a reader can
 * match a printed figure to the export digit for digit. Counts are whole numbers; hours and ratios
 * are plain decimals rounded to six places, widened to four significant digits when smaller.
 */
public final class MetricNumberFormat {
    private static final int DECIMAL_PLACES = 6;
    private static final MathContext MIN_SIGNIFICANT = new MathContext(4, RoundingMode.HALF_UP);

    private MetricNumberFormat() {}

    /** Empty text for a null, an integer for a count, otherwise a plain decimal without exponent. */
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
}
