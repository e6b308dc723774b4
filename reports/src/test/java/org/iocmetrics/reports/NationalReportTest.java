package org.iocmetrics.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalReportTest {
    private static final ReportRenderer RENDERER = new ReportRenderer(ReportOptions.defaults().withMarking("CUI//SP-TEST"));

    @Test
    void printsTheFiguresNamesAndDatesItIsGiven(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("national-2026-Q1.pdf");
        RENDERER.renderNationalPdf(ReportFixtures.national(5), pdf);

        String text = String.join("\n", PdfPages.of(pdf));
        for (String expected : List.of("IOC Program National Report", ReportFixtures.PERIOD_DATES,
                "NAT-2026-Q1-20260405T120000Z", "gold.metric_values: 7", "ops.ingest_log: absent",
                "Duplicate boardings 5,700 4,900 +800 (+16.3%)",
                "Duplicated boarding hours 12,301.6 11,000.0 +1,301.6 (+11.8%)", "Targeting hit rate 8.3% 5.0% +3.3 pts",
                "Sector Boston IOC (IOC-000) \u25B2 5 \u25B2 12,345.7 8.3% \u25B2 8", "\u2713 met", "25.0% small n",
                "Targeting hit rate 8.3% \u2265 10.0% \u25C6 near -1.7 pts", "Sector Test 4 IOC (IOC-004)",
                "3f9a1c07b2e4d681 arrivals 2026-04-04 23:10:00 1,500 1,490 7 3 4.2", "BAD_TIMESTAMP 5",
                "No data (gap): 2024-Q2, 2024-Q3, 2024-Q4.", "Trends of the nation, last 8 periods",
                "Duplicate boardings Duplicated boarding hours",
                "Accountability by agency, 2026-Q1", "PORT-PD 120 40.0% 12 25.0% 8.3% 1", "USCG 1,500 2.0% 900 n/a 30.0% 57",
                "Duplicated boarding hours rose by 134.5", ReportOptions.DEFAULT_DISTRIBUTION_STATEMENT.substring(0, 60),
                "Plan look-ahead: 2026-W15 (2026-04-06 to 2026-04-12)", "IOC-000 52.5 31.3% 6.5 2",
                "Deconfliction list: 2 planned overlaps, the longest first.",
                "IOC-000 Tue 7 Apr 14:00\u201318:00 EDT Harbor patrol Z1 CBP, USCG 4.0")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("No arrivals or operations"), text);
    }

    @Test
    void everyPageCarriesTheBannerTopAndBottomAndItsPageNumber(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("national.pdf");
        // 37 IOC rows fill the IOC table's page exactly: nothing may spill onto an empty page
        RENDERER.renderNationalPdf(ReportFixtures.national(37), pdf);

        List<String> pages = PdfPages.of(pdf);
        assertTrue(pages.size() >= 8, "cover, summary, IOC table, charts, matrix, appendices: " + pages.size() + " pages");
        PdfPages.assertMarkedAndNumbered(pages, "CUI//SP-TEST");
    }

    @Test
    void aLookAheadTableThatFillsItsPageLeavesNoEmptyPage(@TempDir Path dir) throws Exception {
        for (int iocs : List.of(38, 40, 41, 42, 44)) {
            List<LookAheadRow> rows = new ArrayList<>();
            for (int i = 0; i < iocs; i++) {
                rows.add(new LookAheadRow(ReportFixtures.iocId(i), Figure.of(168.0 - i, MetricNumberFormat.Style.DECIMAL),
                        Figure.of((168.0 - i) / 168, MetricNumberFormat.Style.PERCENT), Figure.of(0.0, MetricNumberFormat.Style.DECIMAL),
                        Figure.of(0)));
            }
            LookAheadData noOverlaps = new LookAheadData("Plan look-ahead: 2026-W15 (2026-04-06 to 2026-04-12)",
                    "Posted patrols of the week.", rows, List.of(), "Deconfliction list: no planned overlaps in 2026-W15.");
            Path pdf = dir.resolve("national-" + iocs + ".pdf");
            RENDERER.renderNationalPdf(ReportFixtures.national(2, noOverlaps), pdf);
            PdfPages.assertMarkedAndNumbered(PdfPages.of(pdf), "CUI//SP-TEST");
        }
    }

    @Test
    void emptySectionsSayNoData(@TempDir Path dir) throws Exception {
        NationalReportData full = ReportFixtures.national(2);
        NationalReportData empty = new NationalReportData(full.reportId(), full.periodId(), full.periodDates(),
                full.previousPeriodId(), full.yearEarlierPeriodId(), full.generatedAt(), full.dataAsOf(), List.of(),
                null, List.of(), List.of(), List.of(), "No change against 2025-Q4 can be computed: no metric has a value in both periods.",
                full.keyMetricNames(), List.of(), List.of(), List.of(),
                List.of(ReportFixtures.trend("Duplicate boardings", "national", true)),
                List.of(), List.of(), List.of(), List.of(), full.definitions(),
                new LookAheadData(full.lookAhead().title(), "Posted patrols of the week.", List.of(), List.of(),
                        "Deconfliction list: no planned overlaps in 2026-W15."));
        Path pdf = dir.resolve("empty.pdf");
        RENDERER.renderNationalPdf(empty, pdf);

        String text = String.join("\n", PdfPages.of(pdf));
        for (String expected : List.of("No data: no metric values recorded",
                "No data: no IOC recorded an arrival or an operation in this period.",
                "No data: no duplicated boardings recorded in 2026-Q1.", "No data: the ingest log is empty or absent.",
                "No data: no duplicated boarding or overlapping patrol hours recorded for 2026-Q1.",
                "No data: no IOC has an uncovered share to show for 2026-Q1.",
                "No change against 2025-Q4 can be computed: no metric has a value in both periods.",
                "Trends of the nation, last 8 periods", "No data in any of the 8 periods.",
                "No data: nothing quarantined",
                "No data: no agency screened an arrival or executed an operation in this period.",
                "Deconfliction list: no planned overlaps in 2026-W15.")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        PdfPages.assertMarkedAndNumbered(PdfPages.of(pdf), "CUI//SP-TEST");
        assertEquals(List.of(), empty.iocRows());
    }

    @Test
    void aPeriodWithoutDataSaysSoOnTheCoverAndInTheSummary(@TempDir Path dir) throws Exception {
        NationalReportData full = ReportFixtures.national(2);
        String sentence = "No arrivals or operations are recorded in the lake for 2026-Q1.";
        NationalReportData noData = new NationalReportData(full.reportId(), full.periodId(), full.periodDates(),
                full.previousPeriodId(), full.yearEarlierPeriodId(), full.generatedAt(), full.dataAsOf(), full.tableVersions(),
                sentence,
                List.of(new SummaryRow("Duplication of effort", "Duplicate boardings", Figure.text("no data"), Figure.of(49),
                        "no data", Figure.text("no data"), "no data")),
                full.targets(),
                List.of(), sentence, full.keyMetricNames(), full.iocRows(), full.effortByIoc(), full.uncoveredShareByIoc(),
                full.trends(), full.agencies(), full.agencyPairs(), full.ingestRows(), full.quarantineReasons(),
                full.definitions(), full.lookAhead());
        Path pdf = dir.resolve("no-data.pdf");
        RENDERER.renderNationalPdf(noData, pdf);

        List<String> pages = PdfPages.of(pdf);
        assertTrue(pages.get(0).contains(sentence), "cover:\n" + pages.get(0));
        assertTrue(pages.get(1).contains("Largest changes\n" + sentence), "executive summary:\n" + pages.get(1));
        assertTrue(pages.get(1).contains("Duplicate boardings no data 49 no data no data no data"), pages.get(1));
        assertTrue(pages.get(1).contains("no data: no arrival and no operation recorded in the lake for that period"), pages.get(1));
        PdfPages.assertMarkedAndNumbered(pages, "CUI//SP-TEST");
    }
}
