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

    @Test
    void reportsPrintPercentagesHoursAndCountsForPeople() {
        assertEquals("8.3%", MetricNumberFormat.display(0.082915, MetricNumberFormat.Style.PERCENT));
        assertEquals("100.0%", MetricNumberFormat.display(1.0, MetricNumberFormat.Style.PERCENT));
        assertEquals("12,301.6", MetricNumberFormat.display(12301.566667, MetricNumberFormat.Style.DECIMAL));
        assertEquals("5,000", MetricNumberFormat.display(5000.0, MetricNumberFormat.Style.COUNT));
        assertEquals("1,234,568", MetricNumberFormat.display(1234567.5, MetricNumberFormat.Style.COUNT));
        assertEquals("0.0", MetricNumberFormat.display(-0.01, MetricNumberFormat.Style.DECIMAL));
        assertEquals("", MetricNumberFormat.display(null, MetricNumberFormat.Style.PERCENT));
    }

    @Test
    void differencesAreSignedAndPercentagesDifferInPoints() {
        assertEquals("+1,204", MetricNumberFormat.displayDifference(1204, MetricNumberFormat.Style.COUNT));
        assertEquals("-3.5", MetricNumberFormat.displayDifference(-3.5, MetricNumberFormat.Style.DECIMAL));
        assertEquals("0", MetricNumberFormat.displayDifference(0, MetricNumberFormat.Style.COUNT));
        assertEquals("-0.8 pts", MetricNumberFormat.displayDifference(-0.008333, MetricNumberFormat.Style.PERCENT));
        assertEquals("+16.3%", MetricNumberFormat.displayRelativeChange(0.163265));
    }
}
