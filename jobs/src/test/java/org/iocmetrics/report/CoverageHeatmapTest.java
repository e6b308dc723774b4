package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.Interval;
import org.iocmetrics.reports.HeatColors;
import org.iocmetrics.reports.HeatmapRow;
import org.junit.jupiter.api.Test;

class CoverageHeatmapTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final int MONDAY = 0;
    private static final int SUNDAY = 6;

    private static Interval covered(String start, String end) {
        return new Interval("IOC-BOS", Instant.parse(start), Instant.parse(end));
    }

    @Test
    void sharesAreCoveredSecondsOverTheSecondsOfEachLocalHourAndWeekday() {
        // 2026-W02: Monday 5 January to Sunday 11 January, EST (UTC-5): one of each weekday hour
        Period week = Period.parse("2026-W02");
        Double[][] shares = CoverageHeatmap.shares(List.of(
                covered("2026-01-05T13:00:00Z", "2026-01-05T14:30:00Z"),   // Monday 08:00-09:30 local
                covered("2026-01-04T23:00:00Z", "2026-01-05T05:15:00Z")),  // Sunday 18:00 to Monday 00:15, clipped
                week, NEW_YORK);

        assertEquals(1.0, shares[MONDAY][8]);
        assertEquals(0.5, shares[MONDAY][9]);
        assertEquals(0.0, shares[MONDAY][10]);
        assertEquals(0.25, shares[MONDAY][0]);
        assertEquals(0.0, shares[SUNDAY][23], "the Sunday before the week is outside it");
    }

    @Test
    void aSkippedHourHasNoShareAndARepeatedHourCountsTwice() {
        // March 2026: clocks go forward on Sunday 8 March at 02:00 (no 02:00 hour); on the other four Sundays it exists
        Period march = Period.parse("2026-03");
        Double[][] shares = CoverageHeatmap.shares(List.of(covered("2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z")),
                march, NEW_YORK);
        // 01:00-02:00 EST on 8 March is 06:00-07:00Z: one of the five Sunday 01:00 hours
        assertEquals(0.2, shares[SUNDAY][1], 1e-12);
        assertEquals(0.0, shares[SUNDAY][2], "four Sundays still have a 02:00 hour");

        // November 2026: clocks go back on Sunday 1 November, 01:00 occurs twice (1 + 1 + 4 other Sundays = 6 hours)
        Period november = Period.parse("2026-11");
        Double[][] fallBack = CoverageHeatmap.shares(List.of(covered("2026-11-01T05:00:00Z", "2026-11-01T07:00:00Z")),
                november, NEW_YORK);
        assertEquals(2.0 / 6, fallBack[SUNDAY][1], 1e-12);

        Period weekOfChange = Period.parse("2026-W10");  // Monday 2 March to Sunday 8 March
        assertNull(CoverageHeatmap.shares(List.of(), weekOfChange, NEW_YORK)[SUNDAY][2]);
    }

    @Test
    void rowsPrintWholePercentagesAndColours() {
        List<HeatmapRow> rows = CoverageHeatmap.rows(List.of(covered("2026-01-05T13:00:00Z", "2026-01-05T14:30:00Z")),
                Period.parse("2026-W02"), NEW_YORK);

        assertEquals(24, rows.size());
        assertEquals("08:00", rows.get(8).hour());
        assertEquals("100%", rows.get(8).text(MONDAY));
        assertEquals(HeatColors.coverage(1), rows.get(8).color(MONDAY));
        assertEquals("50%", rows.get(9).text(MONDAY));
        assertEquals("0%", rows.get(9).text(SUNDAY));
        assertEquals(HeatColors.coverage(0), rows.get(9).color(SUNDAY));
    }
}
