package org.iocmetrics.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iocmetrics.reports.MetricNumberFormat.Style;

/** Hand-made report data with known figures, for the rendering tests. */
final class ReportFixtures {
    private ReportFixtures() {}

    static final String PERIOD_DATES = "2026-01-01 to 2026-03-31 (period_start 2026-01-01, period_end 2026-04-01,"
            + " local dates in each IOC's time zone)";

    static final String[] TREND_PERIODS = {"2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"};

    static String iocId(int i) {
        return String.format(Locale.ROOT, "IOC-%03d", i);
    }

    static String iocName(int i) {
        return i == 0 ? "Sector Boston IOC" : "Sector Test " + i + " IOC";
    }

    static NationalReportData national(int iocCount) {
        return national(iocCount, lookAhead(List.of(new LookAheadRow(iocId(0), Figure.of(52.5, Style.DECIMAL),
                Figure.of(0.3125, Style.PERCENT), Figure.of(6.5, Style.DECIMAL), Figure.of(2)))));
    }

    static NationalReportData national(int iocCount, LookAheadData lookAhead) {
        List<IocRow> iocRows = new ArrayList<>();
        List<ChartPoint> effort = new ArrayList<>();
        List<ChartPoint> uncovered = new ArrayList<>();
        for (int i = 0; i < iocCount; i++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < NationalReportData.KEY_METRIC_COLUMNS; c++) {
                cells.add(new TableCell(i == 0 && c == 1 ? Figure.of(12345.678, Style.DECIMAL) : Figure.of(iocCount - i + c),
                        c == 2 ? Figure.of(i == 1 ? 0.25 : 0.082915, Style.PERCENT) : null, c == 2 && i == 1,
                        c != 2 && i < iocCount / 4 + 1,
                        c == 2 ? new TargetStatus(i == 0 ? "\u2713 met" : "\u2717 missed", "", "", "", TargetStatus.MET_COLOR) : null));
            }
            iocRows.add(new IocRow(iocId(i), iocName(i), cells));
            effort.add(new ChartPoint("Duplicated boarding hours", iocId(i), 10.0 + i, null));
            effort.add(new ChartPoint("Overlapping patrol hours", iocId(i), 5.0 + i / 2.0, null));
            uncovered.add(new ChartPoint("Uncovered share", iocId(i), 20.0 + i, (20 + i) + "%"));
        }
        Figure notAvailable = Figure.text("n/a");
        List<SummaryRow> summary = List.of(
                new SummaryRow("Duplication of effort", "Duplicate boardings", Figure.of(5700), Figure.of(4900),
                        "+800 (+16.3%)", notAvailable, "n/a"),
                new SummaryRow("Duplication of effort", "Duplicated boarding hours", Figure.of(12301.566667, Style.DECIMAL),
                        Figure.of(11000.0, Style.DECIMAL), "+1,301.6 (+11.8%)", notAvailable, "n/a"),
                new SummaryRow("Coverage gaps", "Uncovered patrol hours", Figure.of(0.333333, Style.DECIMAL), notAvailable,
                        "n/a", notAvailable, "n/a"),
                new SummaryRow("Targeting outcomes", "Targeting hit rate", Figure.of(0.082915, Style.PERCENT),
                        Figure.of(0.05, Style.PERCENT), "+3.3 pts", notAvailable, "n/a"));
        return new NationalReportData("NAT-2026-Q1-20260405T120000Z", "2026-Q1", PERIOD_DATES, "2025-Q4", "2025-Q1",
                "2026-04-05 12:00:00 UTC", "2026-04-04 23:10:00 UTC (latest ingest batch)",
                List.of(new TableVersion("gold.metric_values", "7"), new TableVersion("ops.ingest_log", "absent")),
                null,
                summary,
                List.of(new TargetRow("Targeting outcomes", "Targeting hit rate",
                        new TargetStatus("\u25C6 near", "8.3%", "-1.7 pts", "\u2265 10.0%", TargetStatus.NEAR_COLOR))),
                List.of("Duplicated boarding hours rose by 134.5 (+12.2%) against 2025-Q4, a worsening."),
                null,
                List.of("Duplicate boardings", "Duplicated boarding hours", "Overlapping patrol hours",
                        "High-risk arrivals not boarded", "Uncovered patrol hours", "Unscreened arrivals"),
                iocRows, effort, uncovered,
                List.of(trend("Duplicate boardings", "national", false), trend("Duplicated boarding hours", "national", false)),
                List.of(new AgencyRow("PORT-PD", "120", "40.0%", "12", "25.0%", "8.3%", "1"),
                        new AgencyRow("USCG", "1,500", "2.0%", "900", "n/a", "30.0%", "57")),
                List.of(new AgencyPairCell("CBP", "USCG", 5, "#C0392B"), new AgencyPairCell("USCG", "CBP", 5, "#C0392B"),
                        new AgencyPairCell("HSI", "USCG", 1, "#F5B7B1"), new AgencyPairCell("USCG", "HSI", 1, "#F5B7B1")),
                List.of(new IngestRow("3f9a1c07b2e4d681", "arrivals", "2026-04-04 23:10:00", 1500, 1490, 7, 3, 4.2)),
                List.of(new ReasonRow("arrivals", "BAD_TIMESTAMP", 5), new ReasonRow("operations", "UNKNOWN_IOC", 2)),
                List.of(new DefinitionRow("Duplication of effort", "DUPLICATE_BOARDINGS", "Duplicate boardings",
                                "Boarded arrivals boarded under two or more distinct efforts.", "duplicated boarded arrivals", "boarded arrivals"),
                        new DefinitionRow("Duplication of effort", "DUPLICATE_BOARDING_HOURS", "Duplicated boarding hours",
                                "Personnel hours beyond the first effort.", "", "")),
                lookAhead);
    }

    /** The week after 2026-Q1 with two planned overlaps of the first IOC. */
    static LookAheadData lookAhead(List<LookAheadRow> iocs) {
        return new LookAheadData("Plan look-ahead: 2026-W15 (2026-04-06 to 2026-04-12)", "Posted patrols of the week.", iocs,
                List.of(new PlannedOverlapRow(iocId(0), "Tue 7 Apr 14:00\u201318:00 EDT", "Harbor patrol", "Z1", "CBP, USCG",
                                Figure.of(4.0, Style.DECIMAL)),
                        new PlannedOverlapRow(iocId(0), "Thu 9 Apr 22:00\u2013Fri 10 Apr 00:30 EDT", "Shoreside patrol",
                                "(no area)", "NYPD-HARBOR, PORT-PD", Figure.of(2.5, Style.DECIMAL))),
                "Deconfliction list: 2 planned overlaps, the longest first.");
    }

    /** A trend whose first three periods precede the data: gaps, named under the chart. */
    static TrendChart trend(String metric, String scope, boolean empty) {
        List<ChartPoint> points = new ArrayList<>();
        for (int p = 0; p < TREND_PERIODS.length; p++) {
            points.add(new ChartPoint(metric, TREND_PERIODS[p], empty || p < 3 ? null : 40.0 + p, null));
        }
        return new TrendChart(metric, points, metric + ", " + scope + ", last 8 periods: 2024-Q2 no data; 2025-Q1 43.",
                "No data (gap): 2024-Q2, 2024-Q3, 2024-Q4.");
    }

    static ScorecardData scorecard(String noDataSentence) {
        List<HeatmapRow> heatmap = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            List<HeatCell> days = new ArrayList<>();
            for (int day = 0; day < HeatmapRow.DAYS; day++) {
                int percent = (hour * 7 + day * 13) % 101;
                days.add(new HeatCell(percent + "%", percent > 50 ? "#2E7D32" : "#C8E6C9"));
            }
            heatmap.add(new HeatmapRow(String.format(Locale.ROOT, "%02d:00", hour), days));
        }
        boolean empty = noDataSentence != null;
        return new ScorecardData("SC-2026-Q1-IOC-000-20260405T120000Z", iocId(0), iocName(0), "America/New_York",
                "2026-Q1", "2026-01-01 to 2026-03-31", "2026-04-05 12:00:00 UTC", noDataSentence,
                List.of(new ScorecardMetricRow("Duplication of effort", "Duplicate boardings", empty ? "no data" : "3", "57", "2", null),
                        new ScorecardMetricRow("Duplication of effort", "Duplicated boarding hours", empty ? "no data" : "12.345678", "1234.5", "10.5", null),
                        new ScorecardMetricRow("Targeting outcomes", "Targeting hit rate", "", "4.2%", "5.0%",
                                new TargetStatus("\u2717 missed", "4.2%", "-20.8 pts", "\u2265 25.0%", TargetStatus.MISSED_COLOR))),
                List.of(trend("Duplicate boardings", iocId(0), empty), trend("Unscreened arrivals", iocId(0), empty)),
                empty ? List.of() : heatmap,
                empty ? List.of() : List.of(new ActionRow("MV Northern Star", "9074729", "2026-02-03 06:15", "CBP, USCG", null)),
                empty ? List.of() : List.of(new ActionRow("MSC Aurora", "9321483", "2026-03-08 01:30", "CBP, MSP-MARINE, USCG", "7.5")),
                lookAhead(List.of()));
    }
}
