package org.iocmetrics.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fire instants in a schedule's zone, across daylight-saving changes; and the period of a fire. */
class FireTimesTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static List<Instant> newest(String cron, ZoneId zone, String notAfter, int count) {
        Cron parsed = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX)).parse(cron);
        FireTimes fires = FireTimes.atOrBefore(parsed, zone, Instant.parse(notAfter));
        List<Instant> instants = new ArrayList<>();
        while (instants.size() < count && fires.hasNext()) {
            instants.add(fires.next());
        }
        return instants;
    }

    private static List<Instant> instants(String... texts) {
        return List.of(texts).stream().map(Instant::parse).toList();
    }

    @Test
    void a0230FireOnTheSpringForwardDayFiresAtTheFirstInstantAfterTheGap() {
        // 8 March 2026: New York's clocks go from 02:00 EST to 03:00 EDT; 02:30 does not exist that day
        assertEquals(instants("2026-03-09T06:30:00Z", "2026-03-08T07:00:00Z", "2026-03-07T07:30:00Z"),
                newest("30 2 * * *", NEW_YORK, "2026-03-09T12:00:00Z", 3));
    }

    @Test
    void everyLocalTimeInTheGapIsOneFire() {
        assertEquals(instants("2026-03-08T07:00:00Z", "2026-03-07T07:45:00Z"),
                newest("*/15 2 * * *", NEW_YORK, "2026-03-08T12:00:00Z", 2));
    }

    @Test
    void aTimeThatOccursTwiceAtFallBackFiresOnceAtItsFirstOccurrence() {
        // 1 November 2026: 01:00-02:00 happens first in EDT (05:00-06:00Z), then again in EST (06:00-07:00Z)
        assertEquals(instants("2026-11-01T05:30:00Z", "2026-11-01T05:00:00Z", "2026-10-31T05:30:00Z"),
                newest("0,30 1 * * *", NEW_YORK, "2026-11-01T12:00:00Z", 3));
        // during the second 01:xx hour the fire of the first one is the newest, not a second one
        assertEquals(instants("2026-11-01T05:30:00Z"), newest("30 1 * * *", NEW_YORK, "2026-11-01T06:45:00Z", 1));
        assertEquals(instants("2026-11-01T05:30:00Z"), newest("30 1 * * *", NEW_YORK, "2026-11-01T05:30:00Z", 1));
        assertEquals(instants("2026-10-31T05:30:00Z"), newest("30 1 * * *", NEW_YORK, "2026-11-01T05:29:59Z", 1));
    }

    @Test
    void guamHasNoDaylightSavingAndFiresAtItsOwnSixOClock() {
        assertEquals(instants("2026-04-04T20:00:00Z", "2026-01-04T20:00:00Z"),
                newest("0 6 5 1,4,7,10 *", ZoneId.of("Pacific/Guam"), "2026-04-05T00:00:00Z", 2));
    }

    @Test
    void aHalfHourZoneFiresOnItsHalfHour() {
        assertEquals(instants("2026-04-06T03:30:00Z"), newest("0 9 * * *", ZoneId.of("Asia/Kolkata"), "2026-04-06T04:00:00Z", 1));
    }

    @Test
    void aFireAtNowIsDue() {
        assertEquals(instants("2026-04-05T10:00:00Z"),
                newest("0 6 5 1,4,7,10 *", NEW_YORK, "2026-04-05T10:00:00Z", 1));
    }

    @Test
    void theFiresPeriodIsTheLastCompletePeriodBeforeItsLocalDate() {
        LocalDate april5 = LocalDate.of(2026, 4, 5);
        assertEquals("2026-Q1", PeriodRule.PREVIOUS_QUARTER.periodOf(april5).id());
        assertEquals("2026-03", PeriodRule.PREVIOUS_MONTH.periodOf(april5).id());
        // Sunday 5 April 2026 is in ISO week 14
        assertEquals("2026-W13", PeriodRule.PREVIOUS_WEEK.periodOf(april5).id());
        assertEquals("2026-W15", PeriodRule.NEXT_WEEK.periodOf(april5).id());
        assertEquals("2027-W01", PeriodRule.NEXT_WEEK.periodOf(LocalDate.of(2026, 12, 31)).id());
        assertEquals("FY2025", PeriodRule.PREVIOUS_FISCAL_YEAR.periodOf(april5).id());
        assertEquals("FY2026", PeriodRule.PREVIOUS_FISCAL_YEAR.periodOf(LocalDate.of(2026, 10, 5)).id());
    }
}
