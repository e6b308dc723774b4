package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.reports.PdfPages;
import org.iocmetrics.reports.ReportOptions;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJobTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final LocalDate Q1_START = LocalDate.parse("2026-01-01");
    private static final LocalDate Q1_END = LocalDate.parse("2026-04-01");
    private static final LocalDate Q4_START = LocalDate.parse("2025-10-01");
    private static final LocalDate W15_START = LocalDate.parse("2026-04-06");
    private static final LocalDate W15_END = LocalDate.parse("2026-04-13");
    private static final String MARKING = "CUI//TEST";

    @Test
    void rendersTheNationalReportWorkbookAndAScorecardPerIocFromTheLake(@TempDir Path dir) throws Exception {
        Path lake = dir.resolve("lake");
        ReportLakeFixture fixture = new ReportLakeFixture(SharedSpark.session(), lake);
        fixture.writeIocs(List.of(
                new String[] {"IOC-BOS", "Boston", "Sector Boston IOC", "America/New_York"},
                new String[] {"IOC-GUM", "Guam", "Sector Guam IOC", "Pacific/Guam"},
                new String[] {"IOC-QUIET", "Quiet", "Sector Quiet IOC", "America/Chicago"}));
        fixture.metric(Metric.DUPLICATE_BOARDINGS, "IOC-BOS", "2026-Q1", Q1_START, Q1_END, 3.0, 3.0, 41.0)
                .metric(Metric.DUPLICATE_BOARDINGS, "IOC-GUM", "2026-Q1", Q1_START, Q1_END, 1.0, 1.0, 7.0)
                .metric(Metric.DUPLICATE_BOARDINGS, null, "2026-Q1", Q1_START, Q1_END, 4.0, 4.0, 48.0)
                .metric(Metric.DUPLICATE_BOARDINGS, null, "2025-Q4", Q4_START, Q1_START, 2.0, 2.0, 40.0)
                .metric(Metric.DUPLICATE_BOARDING_HOURS, "IOC-BOS", "2026-Q1", Q1_START, Q1_END, 12.5, null, null)
                .metric(Metric.DUPLICATE_BOARDING_HOURS, "IOC-GUM", "2026-Q1", Q1_START, Q1_END, 2.25, null, null)
                .metric(Metric.DUPLICATE_BOARDING_HOURS, null, "2026-Q1", Q1_START, Q1_END, 14.75, null, null)
                .metric(Metric.DUPLICATE_BOARDING_HOURS, null, "2025-Q4", Q4_START, Q1_START, 10.0, null, null)
                .metric(Metric.TARGETING_HIT_RATE, null, "2026-Q1", Q1_START, Q1_END, 1.0 / 3, 1.0, 3.0)
                .metric(Metric.SCREENING_LEAD_HOURS, null, "2026-Q1", Q1_START, Q1_END, 36.0833333333, null, null)
                .metric(Metric.UNCOVERED_PATROL_HOURS, "IOC-BOS", "2026-Q1", Q1_START, Q1_END, 1000.5, 1000.5, 2159.0)
                .metric(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", "2026-Q1", Q1_START, Q1_END, 2.0, 2.0, 41.0)
                .metric(Metric.UNSCREENED_ARRIVALS, "IOC-GUM", "2026-Q1", Q1_START, Q1_END, 0.0, 0.0, 7.0)
                .metric(Metric.UNSCREENED_ARRIVALS, "IOC-QUIET", "2026-Q1", Q1_START, Q1_END, 0.0, 0.0, 0.0)
                .metric(Metric.CANCELLED_OPERATIONS, "IOC-QUIET", "2026-Q1", Q1_START, Q1_END, 0.0, 0.0, 0.0)
                // the look-ahead week after 2026-Q1: 2026-W15
                .metric(Metric.PLANNED_UNCOVERED_HOURS, "IOC-BOS", "2026-W15", W15_START, W15_END, 163.0, 163.0, 168.0)
                .metric(Metric.PLANNED_OVERLAPPING_PATROL_HOURS, "IOC-BOS", "2026-W15", W15_START, W15_END, 2.0, null, null)
                .writeMetricValues();
        fixture.writeArrivalFacts(List.of(
                ReportLakeFixture.arrival("A1", "IOC-BOS", "MSC Aurora", "9321483", "2026-03-08T06:30:00Z", false, true,
                        7.5, List.of("CBP", "USCG"), List.of("CBP")),
                ReportLakeFixture.arrival("A2", "IOC-BOS", "MV Northern Star", "9074729", "2026-02-03T11:15:00Z", true, false,
                        0, List.of(), List.of("CBP", "USCG")),
                // 18:00 on 31 December in Boston: the previous quarter there
                ReportLakeFixture.arrival("A3", "IOC-BOS", "Late Arrival", "9000001", "2025-12-31T23:00:00Z", true, true,
                        4, List.of("CBP", "PORT-PD"), List.of("CBP")),
                // 06:00 on 1 January in Guam: this quarter there
                ReportLakeFixture.arrival("A4", "IOC-GUM", "Pacific Trader", "9000002", "2025-12-31T20:00:00Z", false, true,
                        3, List.of("CBP", "HSI", "USCG"), List.of())));
        fixture.writeScreenings(List.of(new String[] {"A1", "CBP", "unshared"}, new String[] {"A2", "CBP", "shared"},
                new String[] {"A2", "USCG", "unshared"}, new String[] {"A3", "CBP", "unshared"}));
        fixture.writeOperationFacts(List.of(
                ReportLakeFixture.operation("IOC-BOS", "USCG", "2026-02-01T12:00:00Z", true, true, false),
                ReportLakeFixture.operation("IOC-BOS", "USCG", "2026-02-02T12:00:00Z", true, false, true),
                ReportLakeFixture.operation("IOC-BOS", "CBP", "2026-01-10T12:00:00Z", true, true, false),
                // the previous quarter in Boston's zone; and one never executed
                ReportLakeFixture.operation("IOC-BOS", "PORT-PD", "2025-12-31T23:30:00Z", true, false, false),
                ReportLakeFixture.operation("IOC-BOS", "HSI", "2026-02-10T12:00:00Z", false, false, false),
                // the boardings of the duplicated arrivals: A1 by CBP and USCG each alone; A4 by HSI and USCG in one
                // joint operation, which CBP duplicated alone (HSI with USCG is coordination, not a pair); A3 in the
                // previous quarter
                ReportLakeFixture.boarding("IOC-BOS", "CBP", "2026-03-08T07:00:00Z", "A1", null),
                ReportLakeFixture.boarding("IOC-BOS", "USCG", "2026-03-08T09:00:00Z", "A1", null),
                ReportLakeFixture.boarding("IOC-GUM", "HSI", "2025-12-31T21:00:00Z", "A4", "JOP-7"),
                ReportLakeFixture.boarding("IOC-GUM", "USCG", "2025-12-31T21:00:00Z", "A4", "JOP-7"),
                ReportLakeFixture.boarding("IOC-GUM", "CBP", "2025-12-31T23:00:00Z", "A4", null),
                ReportLakeFixture.boarding("IOC-BOS", "CBP", "2025-12-31T23:10:00Z", "A3", null),
                ReportLakeFixture.boarding("IOC-BOS", "PORT-PD", "2025-12-31T23:20:00Z", "A3", null),
                ReportLakeFixture.plannedPatrol("IOC-BOS", "USCG", "HARBOR_PATROL", "Z1", "2026-04-07T18:00:00Z",
                        "2026-04-07T22:00:00Z"),
                ReportLakeFixture.plannedPatrol("IOC-BOS", "CBP", "HARBOR_PATROL", "Z1", "2026-04-07T20:00:00Z",
                        "2026-04-07T23:00:00Z"),
                // the same type elsewhere, and another type in the same area, meet no overlap
                ReportLakeFixture.plannedPatrol("IOC-BOS", "HSI", "HARBOR_PATROL", "Z2", "2026-04-07T20:00:00Z",
                        "2026-04-07T23:00:00Z"),
                ReportLakeFixture.plannedPatrol("IOC-BOS", "PORT-PD", "SHORESIDE_PATROL", "Z1", "2026-04-07T20:00:00Z",
                        "2026-04-07T23:00:00Z")));
        fixture.writePlannedOverlap("IOC-BOS", "HARBOR_PATROL", "Z1", "2026-04-07T20:00:00Z", "2026-04-07T22:00:00Z");
        fixture.writeCovered("IOC-BOS", "2026-01-05T13:00:00Z", "2026-01-05T15:00:00Z");
        fixture.writeIngestBatch("batch-20260404", "arrivals", 1500, 1490, 7, 3, "2026-04-04T23:10:00Z",
                "2026-04-04T23:10:04Z", 4.2);
        fixture.writeQuarantine("arrivals", List.of(List.of("BAD_TIMESTAMP", "MISSING_REQUIRED"), List.of("BAD_TIMESTAMP")));

        Path out = dir.resolve("out");
        List<Path> files = ReportJob.render(TestLakes.at(lake), Q1, out,
                ReportOptions.defaults().withMarking(MARKING), Targets.NONE);

        Path reports = out.resolve("reports");
        assertEquals(List.of(reports.resolve("national-2026-Q1.pdf"), reports.resolve("national-2026-Q1.xlsx"),
                reports.resolve("scorecard-2026-Q1-IOC-BOS.pdf"), reports.resolve("scorecard-2026-Q1-IOC-GUM.pdf"),
                reports.resolve("scorecard-2026-Q1-IOC-QUIET.pdf")), files);
        try (Stream<Path> written = Files.list(reports)) {
            assertEquals(5, written.count());
        }

        for (Path file : files) {
            if (file.toString().endsWith(".pdf")) {
                PdfPages.assertMarkedAndNumbered(PdfPages.of(file), MARKING);
            }
        }
        List<String> nationalPages = PdfPages.of(files.get(0));
        String national = String.join("\n", nationalPages);
        for (String expected : List.of(
                "2026-01-01 to 2026-03-31 (period_start 2026-01-01, period_end 2026-04-01",
                "Data as of 2026-04-04 23:10:04 UTC",
                "gold.metric_values: 0", "silver.iocs: 0", "silver.quarantine: 0",
                "Duplicate boardings 4 2 +2 (+100.0%)",
                "Duplicated boarding hours 14.8 10.0 +4.8 (+47.5%)",
                "Targeting hit rate 33.3%", "Screening lead time (median hours) 36.1",
                "Duplicate boardings rose from 2 to 4 (+100.0%) against 2025-Q4: a worsening.",
                // each count over its rate; Guam's rates rest on fewer than 20 and are marked, never ranked
                // Boston first by its duplicate boarding rate (7.3%); Guam's 14.3% of 7 is too few to rank
                "Sector Boston IOC (IOC-BOS) 3 2\n7.3% \u25B2 12.5 n/a n/a 1,000.5\n46.3% 4.9%",
                "Sector Guam IOC (IOC-GUM) 1\n14.3% small n 2.3 n/a n/a n/a 0\n0.0% small n",
                "Sector Quiet IOC (IOC-QUIET) no data no data no data no data no data no data",
                "batch-20260404 arrivals 2026-04-04 23:10:00 1,500 1,490 7 3 4.2",
                "arrivals BAD_TIMESTAMP 2", "arrivals MISSING_REQUIRED 1",
                "Plan look-ahead: 2026-W15 (2026-04-06 to 2026-04-12)", "IOC-BOS 163.0 97.0% 2.0 1",
                "Deconfliction list: 1 planned overlap, the longest first.",
                "IOC-BOS Tue 7 Apr 16:00\u201318:00 EDT Harbor patrol Z1 CBP, USCG 2.0",
                // by agency: every share rests on fewer than 20, so none ranks and the order is by id
                "CBP 2 50.0% small n 3 0.0% small n 0.0% small n 2\nHSI 0 n/a 1 0.0% small n 100.0% small n 1\n"
                        + "USCG 1 100.0% small n 4 25.0% small n 50.0% small n 2")) {
            assertTrue(national.contains(expected), "missing '" + expected + "' in:\n" + national);
        }
        for (Metric metric : Metric.values()) {
            assertTrue(national.contains(metric.displayName()), metric.displayName());
        }
        // HSI and USCG boarded A4 in one joint operation: no pair of theirs, though both met CBP's boarding
        assertTrue(national.contains("Agency \\ agency CBP HSI USCG\nCBP 1 2\nHSI 1\nUSCG 2\n"),
                "agency matrix: CBP-HSI 1, CBP-USCG 2, HSI-USCG none\n" + national);
        assertFalse(national.contains("PORT-PD"), "an arrival of the previous quarter in Boston's zone");

        String boston = String.join("\n", PdfPages.of(files.get(2)));
        assertTrue(boston.contains("Sector Boston IOC (IOC-BOS)"), boston);
        assertTrue(boston.contains("Duplicated boarding hours 12.5 14.8 7.4"), boston);
        assertTrue(boston.contains("MV Northern Star 9074729 2026-02-03 06:15 CBP, USCG"), boston);
        assertTrue(boston.contains("MSC Aurora 9321483 2026-03-08 01:30 CBP, USCG 7.5"), boston);
        assertFalse(boston.contains("Late Arrival"), boston);
        assertFalse(boston.contains("No arrivals or operations"), boston);
        assertTrue(boston.contains("No patrol is planned for 163.0 hours of the week (97.0%)"), boston);
        assertTrue(boston.contains("Tue 7 Apr 16:00\u201318:00 EDT Harbor patrol Z1 CBP, USCG 2.0"), boston);

        String guam = String.join("\n", PdfPages.of(files.get(3)));
        assertTrue(guam.contains("Pacific Trader 9000002 2026-01-01 06:00 CBP, HSI, USCG 3"), guam);

        assertTrue(String.join("\n", PdfPages.of(files.get(4)))
                .contains("No arrivals or operations are recorded in the lake for this IOC in 2026-Q1."));
    }

    @Test
    void periodsWithoutDataSayNoDataAndAreNeverComparedAgainst(@TempDir Path dir) throws Exception {
        // Computed periods with nothing recorded (every count 0, every hour uncovered) before the data
        // begins in 2026-Q1: 2019-Q1 and its comparisons, and 2026-Q1's previous and year-earlier quarters.
        Path lake = dir.resolve("lake");
        ReportLakeFixture fixture = new ReportLakeFixture(SharedSpark.session(), lake);
        fixture.writeIocs(List.of(new String[] {"IOC-BOS", "Boston", "Sector Boston IOC", "America/New_York"},
                new String[] {"IOC-QUIET", "Quiet", "Sector Quiet IOC", "America/Chicago"}));
        for (Period empty : List.of(Period.parse("2019-Q1"), Period.parse("2018-Q4"), Period.parse("2018-Q1"),
                Q1.previous(), Q1.yearEarlier())) {
            for (String ioc : Arrays.asList(null, "IOC-BOS", "IOC-QUIET")) {
                double hours = empty.hoursIn(ZoneOffset.UTC) * (ioc == null ? 2 : 1);  // the nation: both IOCs
                fixture.metric(Metric.UNSCREENED_ARRIVALS, ioc, empty.id(), empty.start(), empty.end(), 0.0, 0.0, 0.0)
                        .metric(Metric.CANCELLED_OPERATIONS, ioc, empty.id(), empty.start(), empty.end(), 0.0, 0.0, 0.0)
                        .metric(Metric.DUPLICATE_BOARDINGS, ioc, empty.id(), empty.start(), empty.end(), 0.0, 0.0, 0.0)
                        .metric(Metric.UNCOVERED_PATROL_HOURS, ioc, empty.id(), empty.start(), empty.end(), hours, hours, hours);
            }
        }
        fixture.metric(Metric.UNSCREENED_ARRIVALS, null, "2026-Q1", Q1_START, Q1_END, 2.0, 2.0, 41.0)
                .metric(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", "2026-Q1", Q1_START, Q1_END, 2.0, 2.0, 41.0)
                .metric(Metric.UNSCREENED_ARRIVALS, "IOC-QUIET", "2026-Q1", Q1_START, Q1_END, 0.0, 0.0, 0.0)
                .metric(Metric.CANCELLED_OPERATIONS, "IOC-QUIET", "2026-Q1", Q1_START, Q1_END, 0.0, 0.0, 0.0)
                .metric(Metric.DUPLICATE_BOARDINGS, null, "2026-Q1", Q1_START, Q1_END, 3.0, 3.0, 41.0)
                .metric(Metric.DUPLICATE_BOARDINGS, "IOC-BOS", "2026-Q1", Q1_START, Q1_END, 3.0, 3.0, 41.0)
                .metric(Metric.UNCOVERED_PATROL_HOURS, null, "2026-Q1", Q1_START, Q1_END, 3159.0, 3159.0, 4318.0)
                .metric(Metric.UNCOVERED_PATROL_HOURS, "IOC-BOS", "2026-Q1", Q1_START, Q1_END, 1000.0, 1000.0, 2159.0)
                .writeMetricValues();

        Path out = dir.resolve("out");
        List<Path> before = ReportJob.render(TestLakes.at(lake), Period.parse("2019-Q1"), out, ReportOptions.defaults(), Targets.NONE);
        List<String> nationalPages = PdfPages.of(before.get(0));
        String national = String.join("\n", nationalPages);
        String sentence = "No arrivals or operations are recorded in the lake for 2019-Q1.";
        assertTrue(nationalPages.get(0).contains(sentence), "cover:\n" + nationalPages.get(0));
        for (String expected : List.of("Largest changes\n" + sentence,
                "Duplicate boardings no data no data no data no data no data",
                "Uncovered patrol hours no data no data no data no data no data",
                "No data: no IOC recorded an arrival or an operation in this period.",
                "Trends of the nation, last 8 periods", "No data in any of the 8 periods.",
                "No data: no IOC has an uncovered share to show for 2019-Q1.")) {
            assertTrue(national.contains(expected), "missing '" + expected + "' in:\n" + national);
        }
        assertFalse(national.contains("an improvement") || national.contains("a worsening"), national);
        String bostonBefore = String.join("\n", PdfPages.of(before.get(2)));
        assertTrue(bostonBefore.contains("No arrivals or operations are recorded in the lake for this IOC in 2019-Q1."), bostonBefore);
        assertTrue(bostonBefore.contains("Uncovered patrol hours no data no data no data"), bostonBefore);

        List<Path> first = ReportJob.render(TestLakes.at(lake), Q1, out, ReportOptions.defaults(), Targets.NONE);
        national = String.join("\n", PdfPages.of(first.get(0)));
        for (String expected : List.of(
                "Largest changes\nNo change against 2025-Q4 is shown. No arrivals or operations are recorded in the lake for 2025-Q4.",
                "Duplicate boardings 3 no data no data no data no data",
                "Uncovered patrol hours 3,159.0 no data no data no data no data",
                "Sector Boston IOC (IOC-BOS) 3\n7.3% n/a n/a n/a 1,000.0 2\n46.3% 4.9%",
                "Sector Quiet IOC (IOC-QUIET) no data no data no data no data no data no data")) {
            assertTrue(national.contains(expected), "missing '" + expected + "' in:\n" + national);
        }
        assertFalse(national.contains("No arrivals or operations are recorded in the lake for 2026-Q1."), national);
        String boston = String.join("\n", PdfPages.of(first.get(2)));
        assertFalse(boston.contains("No arrivals or operations"), boston);
        // the median leaves Quiet's 2159 "uncovered" hours out: Boston's 1000 is the only IOC value
        assertTrue(boston.contains("Uncovered patrol hours 1,000.0 3,159.0 1,000.0"), boston);
    }

    @Test
    void anEmptyLakeGivesANationalReportSayingNoDataAndNoScorecards(@TempDir Path dir) throws Exception {
        Path lake = Files.createDirectories(dir.resolve("lake"));
        List<Path> files = ReportJob.render(TestLakes.at(lake), Q1, dir.resolve("out"),
                ReportOptions.defaults(), Targets.NONE);

        assertEquals(2, files.size());
        String national = String.join("\n", PdfPages.of(files.get(0)));
        for (String expected : List.of("gold.metric_values: absent", "unknown (no ingest log in the lake)",
                "No data: no IOC recorded an arrival or an operation in this period.", "No data: no duplicated boardings recorded in 2026-Q1.",
                "No data: the ingest log is empty or absent.", "No data: nothing quarantined")) {
            assertTrue(national.contains(expected), "missing '" + expected + "' in:\n" + national);
        }
    }
}
