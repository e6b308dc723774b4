package org.iocmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.iocmetrics.common.UserError;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesEveryForm() {
        assertEquals(new Period("2026-W09", Period.Kind.ISO_WEEK, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2)),
                Period.parse("2026-W09"));
        assertEquals(new Period("2026-03", Period.Kind.MONTH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
                Period.parse("2026-03"));
        assertEquals(new Period("2026-Q1", Period.Kind.QUARTER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
                Period.parse("2026-Q1"));
        assertEquals(new Period("FY2026", Period.Kind.FISCAL_YEAR, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 1)),
                Period.parse("FY2026"));
        assertEquals(new Period("FY2026-Q2", Period.Kind.FISCAL_QUARTER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)),
                Period.parse("fy2026-q2"));
        assertEquals(LocalDate.of(2025, 10, 1), Period.parse("FY2026-Q1").start());
    }

    @Test
    void isoWeekOneCanStartInThePreviousYearAndWeek53ExistsOnlySometimes() {
        assertEquals(LocalDate.of(2024, 12, 30), Period.parse("2025-W01").start());
        assertEquals(LocalDate.of(2026, 12, 28), Period.parse("2026-W53").start());
        assertThrows(UserError.class, () -> Period.parse("2025-W53"));
    }

    @Test
    void rejectsWhatDoesNotParseWithAClearMessage() {
        UserError e = assertThrows(UserError.class, () -> Period.parse("2026-Q5"));
        assertTrue(e.getMessage().contains("'2026-Q5' does not parse"), e.getMessage());
        assertThrows(UserError.class, () -> Period.parse("2026-13"));
        assertThrows(UserError.class, () -> Period.parse("Q1-2026"));
        assertThrows(UserError.class, () -> Period.parse(null));
    }

    @Test
    void hoursAreRealElapsedHoursAcrossDaylightSaving() {
        Period q1 = Period.parse("2026-Q1");
        assertEquals(2159.0, q1.hoursIn(ZoneId.of("America/New_York")));
        assertEquals(2160.0, q1.hoursIn(ZoneId.of("Pacific/Honolulu")));
        assertEquals(2160.0, q1.hoursIn(ZoneId.of("Pacific/Guam")));
        assertEquals(721.0, Period.parse("2025-11").hoursIn(ZoneId.of("America/Chicago")));
    }

    @Test
    void cutsInEachZone() {
        Period q2 = Period.parse("2026-Q2");
        assertEquals(Instant.parse("2026-03-31T14:00:00Z"), q2.startIn(ZoneId.of("Pacific/Guam")));
        assertEquals(Instant.parse("2026-04-01T10:00:00Z"), q2.startIn(ZoneId.of("Pacific/Honolulu")));
        assertEquals(Instant.parse("2026-04-01T04:00:00Z"), q2.startIn(ZoneId.of("America/New_York")));
    }

    @Test
    void navigatesToPreviousYearEarlierAndTrailingPeriods() {
        assertEquals("2025-Q4", Period.parse("2026-Q1").previous().id());
        assertEquals("FY2026-Q4", Period.parse("FY2027-Q1").previous().id());
        assertEquals("2025-W52", Period.parse("2026-W01").previous().id());
        assertEquals("2025-Q1", Period.parse("2026-Q1").yearEarlier().id());
        assertEquals("FY2025", Period.parse("FY2026").yearEarlier().id());
        assertEquals("2025-W09", Period.parse("2026-W09").yearEarlier().id());
        assertEquals("2025-W52", Period.parse("2026-W53").yearEarlier().id());
        assertEquals(List.of("2025-11", "2025-12", "2026-01"),
                Period.parse("2026-01").trailing(3).stream().map(Period::id).toList());
        assertEquals("FY2026-Q3", Period.containing(Period.Kind.FISCAL_QUARTER, LocalDate.of(2026, 5, 17)).id());
    }
}
