package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.PlannedOverlap;
import org.iocmetrics.reports.PlannedOverlapRow;
import org.junit.jupiter.api.Test;

class LookAheadTest {
    private static final Ioc NYC = new Ioc("IOC-NYC", "Sector New York IOC", ZoneId.of("America/New_York"));
    private static final Ioc GUM = new Ioc("IOC-GUM", "Sector Guam IOC", ZoneId.of("Pacific/Guam"));

    @Test
    void theLookAheadWeekIsTheFirstIsoWeekStartingAtOrAfterThePeriodsEnd() {
        assertEquals("2026-W41", ReportJob.lookAheadWeek(Period.parse("FY2026")).id());
        assertEquals("2026-W48", ReportJob.lookAheadWeek(Period.parse("2026-W47")).id());
        // 2026-Q1 ends on Wednesday 1 April: the week from Monday 6 April
        assertEquals("2026-W15", ReportJob.lookAheadWeek(Period.parse("2026-Q1")).id());
        assertEquals("2027-W01", ReportJob.lookAheadWeek(Period.parse("2026-12")).id());
    }

    @Test
    void timesAreTheIocsOwnWithTheZoneAndBothDaysAcrossMidnight() {
        assertEquals("Sun 8 Mar 00:00\u201305:00 EDT", LookAhead.when(Instant.parse("2026-03-08T05:00:00Z"),
                Instant.parse("2026-03-08T09:00:00Z"), NYC.zone()));
        assertEquals("Sun 1 Mar 23:00\u2013Mon 2 Mar 01:00 ChST", LookAhead.when(Instant.parse("2026-03-01T13:00:00Z"),
                Instant.parse("2026-03-01T15:00:00Z"), GUM.zone()));
    }

    @Test
    void theListPutsTheLongestOverlapsFirstAndKeepsToItsLimitAndIoc() {
        List<PlannedOverlap> overlaps = List.of(
                new PlannedOverlap("IOC-NYC", "HARBOR_PATROL", "Z1", Instant.parse("2026-10-06T14:00:00Z"),
                        Instant.parse("2026-10-06T15:00:00Z"), List.of("CBP", "USCG")),
                new PlannedOverlap("IOC-GUM", "AERIAL_PATROL", null, Instant.parse("2026-10-06T00:00:00Z"),
                        Instant.parse("2026-10-06T03:30:00Z"), List.of("GPA", "USCG")),
                new PlannedOverlap("IOC-NYC", "SHORESIDE_PATROL", "Z2", Instant.parse("2026-10-07T14:00:00Z"),
                        Instant.parse("2026-10-07T16:00:00Z"), List.of("NYPD-HARBOR", "PORT-PD")));

        List<PlannedOverlapRow> national = LookAhead.overlapRows(List.of(NYC, GUM), overlaps, null, 2);
        assertEquals(List.of("IOC-GUM Tue 6 Oct 10:00\u201313:30 ChST Aerial patrol (no area) GPA, USCG 3.5",
                        "IOC-NYC Wed 7 Oct 10:00\u201312:00 EDT Shoreside patrol Z2 NYPD-HARBOR, PORT-PD 2.0"),
                national.stream().map(LookAheadTest::line).toList());
        assertEquals(List.of("IOC-NYC", "IOC-NYC"), LookAhead.overlapRows(List.of(NYC, GUM), overlaps, "IOC-NYC",
                Integer.MAX_VALUE).stream().map(PlannedOverlapRow::ioc).toList());
    }

    private static String line(PlannedOverlapRow row) {
        return String.join(" ", row.ioc(), row.when(), row.operationType(), row.area(), row.agencies(), row.hours().text());
    }
}
