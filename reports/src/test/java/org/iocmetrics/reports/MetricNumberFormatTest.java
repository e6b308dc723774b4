package org.iocmetrics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricNumberFormatTest {

    @Test
    void countsAreWholeNumbers() {
        assertEquals("41", MetricNumberFormat.format(41.0, true));
        assertEquals("0", MetricNumberFormat.format(0.0, true));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", MetricNumberFormat.format(null, false));
        assertEquals("", MetricNumberFormat.format(null, true));
    }

    @Test
    void decimalsRoundToSixPlacesWithoutExponent() {
        assertEquals("0.333333", MetricNumberFormat.format(1.0 / 3, false));
        assertEquals("2159", MetricNumberFormat.format(2159.0, false));
        assertEquals("1234567.5", MetricNumberFormat.format(1234567.5, false));
        assertEquals("-2.5", MetricNumberFormat.format(-2.5, false));
        assertEquals("0", MetricNumberFormat.format(0.0, false));
    }

    @Test
    void smallValuesKeepFourSignificantDigits() {
        assertEquals("0.0001235", MetricNumberFormat.format(0.00012345678, false));
        assertEquals("0.00000001", MetricNumberFormat.format(1e-8, false));
        assertEquals("0.001235", MetricNumberFormat.format(0.0012345, false));
    }
}
