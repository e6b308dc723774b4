package org.iocmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DefaultPeriodTest {

    private static String quarter(String earliest, String latest) {
        return DefaultPeriod.lastCompleteQuarter(Instant.parse(earliest), Instant.parse(latest)).id();
    }

    @Test
    void theQuarterBeforeTheLatestUnlessTheDataReachesItsLastDay() {
        assertEquals("2026-Q1", quarter("2026-02-01T00:00:00Z", "2026-04-15T00:00:00Z"));
        assertEquals("2026-Q1", quarter("2026-02-01T00:00:00Z", "2026-03-31T12:00:00Z"));
        assertEquals("2025-Q4", quarter("2025-11-01T00:00:00Z", "2026-03-30T12:00:00Z"));
    }

    @Test
    void dataWithinOneUnfinishedQuarterUsesThatQuarter() {
        assertEquals("2026-Q2", quarter("2026-04-02T00:00:00Z", "2026-05-15T00:00:00Z"));
    }
}
