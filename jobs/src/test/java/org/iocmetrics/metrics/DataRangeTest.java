package org.iocmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which periods a lake's data can reach: the data runs from New Year's midnight UTC (still 31 December
 * in Honolulu) to 23:00 UTC on 31 March (already 1 April in Guam).
 */
class DataRangeTest {
    private static final DataRange JANUARY_TO_MARCH = new DataRange(Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-03-31T23:00:00Z"));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2025-11, false",   // closes at 12:00 UTC on 1 December in the latest zone, a month before the data
        "2025-12, true",    // Honolulu's 31 December holds the first instant
        "2025-W52, false",  // 22-28 December 2025 closes at 12:00 UTC on the 29th: before the data
        "2026-Q1, true",
        "2026-04, true",    // Guam's 1 April holds the last instant
        "2026-05, false",   // opens at 10:00 UTC on 30 April in the earliest zone, after the data
        "FY2026, true",
        "FY2025, false",    // 1 October 2024 to 30 September 2025
    })
    void aPeriodMeetsTheDataWhenSomeZonesWindowHoldsOneOfItsInstants(String period, boolean meets) {
        assertEquals(meets, JANUARY_TO_MARCH.meets(Period.parse(period)));
    }

    @Test
    void aLakeWithoutArrivalsOrOperationsHasNoPeriodWithData() {
        assertFalse(DataRange.NONE.meets(Period.parse("2026-Q1")));
    }
}
