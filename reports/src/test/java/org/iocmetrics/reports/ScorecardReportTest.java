package org.iocmetrics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardReportTest {
    private static final ReportRenderer RENDERER = new ReportRenderer(ReportOptions.defaults());

    @Test
    void printsTheIocBesideNationalAndMedianWithItsActionLists(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("scorecard-2026-Q1-IOC-000.pdf");
        RENDERER.renderScorecardPdf(ReportFixtures.scorecard(null), pdf);

        List<String> pages = PdfPages.of(pdf);
        String text = String.join("\n", pages);
        for (String expected : List.of("Sector Boston IOC (IOC-000)", "Period 2026-Q1: 2026-01-01 to 2026-03-31 (America/New_York)",
                "Duplicated boarding hours 12.345678 1234.5 10.5", "Targeting hit rate 4.2% 5.0% \u2717 missed: 4.2%\n-20.8 pts vs \u2265 25.0%",
                "Trends of IOC-000, last 8 periods", "No data (gap): 2024-Q2, 2024-Q3, 2024-Q4.", "Extra hours",
                "00:00 0% 13% 26% 39% 52% 65% 78%", "Arrived (local time)",
                "MV Northern Star 9074729 2026-02-03 06:15 CBP, USCG", "MSC Aurora 9321483 2026-03-08 01:30",
                "7.5", "Plan look-ahead: 2026-W15 (2026-04-06 to 2026-04-12)",
                "IOC-000 Tue 7 Apr 14:00\u201318:00 EDT Harbor patrol Z1 CBP, USCG 4.0",
                "Thu 9 Apr 22:00\u2013Fri 10 Apr 00:30 EDT Shoreside patrol")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertTrue(!text.contains("No arrivals or operations"), text);
        // only the duplicated boardings have hours at stake: the high-risk list has no hours column
        assertEquals(1, text.split("Extra hours", -1).length - 1, text);
        assertTrue(!text.contains("Hours"), text);
        PdfPages.assertMarkedAndNumbered(pages, ReportOptions.DEFAULT_MARKING);
    }

    @Test
    void anIocWithoutDataStillGetsAScorecardSayingSo(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("scorecard-empty.pdf");
        String sentence = "No arrivals or operations are recorded in the lake for this IOC in 2026-Q1.";
        RENDERER.renderScorecardPdf(ReportFixtures.scorecard(sentence), pdf);

        List<String> pages = PdfPages.of(pdf);
        String text = String.join("\n", pages);
        assertTrue(text.contains(sentence), text);
        assertTrue(text.contains("No data: no patrol coverage recorded."), text);
        assertEquals(2, text.split("None in this period\\.", -1).length - 1, text);
        PdfPages.assertMarkedAndNumbered(pages, ReportOptions.DEFAULT_MARKING);
    }
}
