package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.DataRange;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.ArrivalFact;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.MetricValue;
import org.iocmetrics.reports.ActionRow;
import org.iocmetrics.reports.ChartPoint;
import org.iocmetrics.reports.ScorecardData;
import org.iocmetrics.reports.ScorecardMetricRow;
import org.iocmetrics.reports.TrendChart;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final Instant AT = Instant.parse("2026-04-05T12:00:00Z");
    private static final Ioc BOSTON = new Ioc("IOC-BOS", "Sector Boston IOC", ZoneId.of("America/New_York"));
    private static final Ioc GUAM = new Ioc("IOC-GUM", "Sector Guam IOC", ZoneId.of("Pacific/Guam"));
    private static final Ioc QUIET = new Ioc("IOC-QUIET", "Sector Quiet IOC", ZoneId.of("America/Chicago"));

    private static MetricValue value(Metric metric, String iocId, Double value, Double denominator) {
        return new MetricValue(metric, iocId == null ? GoldColumns.SCOPE_NATIONAL : GoldColumns.SCOPE_IOC, iocId, "2026-Q1",
                value, value, denominator, AT);
    }

    @Test
    void theTrendIsTheIocsOwnWithAGapWhereTheIocHadNoData() {
        List<MetricValue> values = new ArrayList<>();
        for (Period p : Q1.trailing(NationalReport.TREND_PERIODS)) {
            // Boston recorded nothing in 2025-Q3 (and the lake holds nothing before 2025-Q2)
            boolean quiet = p.id().equals("2025-Q3");
            if (!p.start().isBefore(LocalDate.parse("2025-04-01"))) {
                values.add(new MetricValue(Metric.UNSCREENED_ARRIVALS, GoldColumns.SCOPE_IOC, "IOC-BOS", p.id(),
                        quiet ? 0.0 : 1200.0, quiet ? 0.0 : 1200.0, quiet ? 0.0 : 4000.0, AT));
                values.add(new MetricValue(Metric.CANCELLED_OPERATIONS, GoldColumns.SCOPE_IOC, "IOC-BOS", p.id(),
                        0.0, 0.0, quiet ? 0.0 : 300.0, AT));
            }
        }

        TrendChart trend = Trends.ofIoc(List.of(Metric.UNSCREENED_ARRIVALS), new MetricTable(values), Q1, "IOC-BOS",
                Instant.parse("2025-04-01T00:00:00Z")).get(0);

        assertEquals(Arrays.asList(null, null, null, null, 1200.0, null, 1200.0, 1200.0),
                trend.points().stream().map(ChartPoint::value).toList());
        assertEquals("No data (gap): 2024-Q2, 2024-Q3, 2024-Q4, 2025-Q1, 2025-Q3.", trend.gaps());
        assertEquals("Unscreened arrivals, IOC-BOS, last 8 periods: 2024-Q2 no data; 2024-Q3 no data; 2024-Q4 no data;"
                + " 2025-Q1 no data; 2025-Q2 1,200; 2025-Q3 no data; 2025-Q4 1,200; 2026-Q1 1,200.", trend.altText());
    }

    @Test
    void aPeriodNotComputedReadsNoDataOutsideTheLakesDataAndNotAvailableInside() {
        DataRange fromApril2025 = new DataRange(Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-03-31T12:00:00Z"));
        MetricTable table = new MetricTable(List.of(value(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", 1.0, 41.0)), fromApril2025);

        assertEquals(List.of(true, false, false), List.of(table.noData("IOC-BOS", "2024-Q4"), table.noData("IOC-BOS", "2025-Q3"),
                table.noData("IOC-BOS", "2026-Q1")));
        assertEquals("no data", Figures.value(table.ioc(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", "2024-Q4")));
        assertEquals("n/a", Figures.value(table.ioc(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", "2025-Q3")));
        assertEquals("1", Figures.value(table.ioc(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", "2026-Q1")));
    }

    @Test
    void metricsSitBesideTheNationalValueAndTheMedianOfIocs() {
        MetricTable table = new MetricTable(List.of(value(Metric.DUPLICATE_BOARDINGS, "IOC-BOS", 3.0, 41.0),
                value(Metric.DUPLICATE_BOARDINGS, "IOC-GUM", 2.0, 7.0), value(Metric.DUPLICATE_BOARDINGS, "IOC-QUIET", 0.0, 0.0),
                value(Metric.DUPLICATE_BOARDINGS, null, 5.0, 48.0),
                value(Metric.DUPLICATE_BOARDING_HOURS, "IOC-BOS", 12.5, null), value(Metric.DUPLICATE_BOARDING_HOURS, "IOC-GUM", 2.25, null)));

        List<ScorecardMetricRow> rows = Scorecard.metricRows(table, Q1, List.of(BOSTON, GUAM, QUIET), "IOC-BOS", Targets.NONE);

        assertEquals(new ScorecardMetricRow("Duplication of effort", "Duplicate boardings", "3", "5", "2", null), rows.get(0));
        assertEquals(new ScorecardMetricRow("Duplication of effort", "Duplicated boarding hours", "12.5", "n/a", "7.4", null), rows.get(1));
        assertEquals(new ScorecardMetricRow("Duplication of effort", "Overlapping patrol hours", "n/a", "n/a", "n/a", null), rows.get(2));
    }

    @Test
    void anIocWithoutDataReadsNoDataAndIsLeftOutOfTheMedian() {
        MetricTable table = new MetricTable(List.of(value(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", 2.0, 41.0),
                value(Metric.UNSCREENED_ARRIVALS, "IOC-GUM", 1.0, 7.0), value(Metric.UNSCREENED_ARRIVALS, "IOC-QUIET", 0.0, 0.0),
                value(Metric.CANCELLED_OPERATIONS, "IOC-QUIET", 0.0, 0.0), value(Metric.UNSCREENED_ARRIVALS, null, 3.0, 48.0),
                value(Metric.UNCOVERED_PATROL_HOURS, "IOC-BOS", 1000.0, 2159.0), value(Metric.UNCOVERED_PATROL_HOURS, "IOC-GUM", 500.0, 2160.0),
                value(Metric.UNCOVERED_PATROL_HOURS, "IOC-QUIET", 2159.0, 2159.0), value(Metric.UNCOVERED_PATROL_HOURS, null, 3659.0, 6478.0)));

        List<ScorecardMetricRow> quiet = Scorecard.metricRows(table, Q1, List.of(BOSTON, GUAM, QUIET), "IOC-QUIET", Targets.NONE);
        assertEquals(new ScorecardMetricRow("Coverage gaps", "Uncovered patrol hours", "no data", "3,659.0", "750.0", null),
                quiet.get(Metric.UNCOVERED_PATROL_HOURS.ordinal()));
        assertEquals(new ScorecardMetricRow("Coverage gaps", "Unscreened arrivals", "no data", "3", "1.5", null),
                quiet.get(Metric.UNSCREENED_ARRIVALS.ordinal()));
        // Boston's own figures, beside the same national value and median
        assertEquals(new ScorecardMetricRow("Coverage gaps", "Uncovered patrol hours", "1,000.0", "3,659.0", "750.0", null),
                Scorecard.metricRows(table, Q1, List.of(BOSTON, GUAM, QUIET), "IOC-BOS", Targets.NONE).get(Metric.UNCOVERED_PATROL_HOURS.ordinal()));
    }

    @Test
    void whenTheNationHasNoDataTheNationalValueAndTheMedianReadNoData() {
        MetricTable table = new MetricTable(List.of(value(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", 0.0, 0.0),
                value(Metric.CANCELLED_OPERATIONS, "IOC-BOS", 0.0, 0.0), value(Metric.UNSCREENED_ARRIVALS, null, 0.0, 0.0),
                value(Metric.CANCELLED_OPERATIONS, null, 0.0, 0.0), value(Metric.UNCOVERED_PATROL_HOURS, "IOC-BOS", 2159.0, 2159.0),
                value(Metric.UNCOVERED_PATROL_HOURS, null, 2159.0, 2159.0)));

        assertEquals(new ScorecardMetricRow("Coverage gaps", "Uncovered patrol hours", "no data", "no data", "no data", null),
                Scorecard.metricRows(table, Q1, List.of(BOSTON), "IOC-BOS", Targets.NONE).get(Metric.UNCOVERED_PATROL_HOURS.ordinal()));
    }

    @Test
    void actionListsShowLocalArrivalTimesAndAnIocWithoutDataSaysSo() {
        List<ArrivalFact> arrivals = List.of(
                new ArrivalFact("IOC-BOS", "MV Northern Star", "9074729", Instant.parse("2026-02-03T11:15:00Z"), true, false, false, 0,
                        List.of(), List.of("CBP", "USCG")),
                new ArrivalFact("IOC-BOS", "MSC Aurora", "9321483", Instant.parse("2026-03-08T06:30:00Z"), false, true, true, 7.5,
                        List.of("CBP", "USCG"), List.of("CBP")));
        MetricTable table = new MetricTable(List.of(value(Metric.UNSCREENED_ARRIVALS, "IOC-BOS", 1.0, 41.0),
                value(Metric.UNSCREENED_ARRIVALS, "IOC-QUIET", 0.0, 0.0), value(Metric.CANCELLED_OPERATIONS, "IOC-QUIET", 0.0, 0.0)));
        ReportInputs inputs = new ReportInputs(List.of(BOSTON, QUIET), List.of(), arrivals, List.of(), List.of(), List.of(),
                List.of(), null, null, List.of(), List.of(), List.of(), null);

        ScorecardData boston = Scorecard.build(inputs, table, Q1, BOSTON, AT, Targets.NONE);
        assertNull(boston.noDataSentence());
        assertEquals(List.of(new ActionRow("MV Northern Star", "9074729", "2026-02-03 06:15", "CBP, USCG", null)),
                boston.highRiskNotBoarded());
        assertEquals(List.of(new ActionRow("MSC Aurora", "9321483", "2026-03-08 01:30", "CBP, USCG", "7.5")),
                boston.duplicatedBoardings());
        assertEquals("SC-2026-Q1-IOC-BOS-20260405T120000Z", boston.reportId());
        assertEquals(24, boston.heatmap().size());

        ScorecardData quiet = Scorecard.build(inputs, table, Q1, QUIET, AT, Targets.NONE);
        assertEquals("No arrivals or operations are recorded in the lake for this IOC in 2026-Q1.", quiet.noDataSentence());
        assertEquals(List.of(), quiet.heatmap());
        assertEquals(List.of(), quiet.duplicatedBoardings());
    }

    @Test
    void arrivalsArePlacedInThePeriodOfTheirIocsZone() {
        Instant newYearsEveUtc = Instant.parse("2025-12-31T20:00:00Z");  // 15:00 in Boston, 06:00 on 1 January in Guam
        List<ArrivalFact> arrivals = List.of(
                new ArrivalFact("IOC-BOS", "Boston ship", "", newYearsEveUtc, true, false, false, 0, List.of(), List.of()),
                new ArrivalFact("IOC-GUM", "Guam ship", "", newYearsEveUtc, true, false, false, 0, List.of(), List.of()));

        assertEquals(List.of("Guam ship"), ReportLake.inLocalPeriod(arrivals, List.of(BOSTON, GUAM), Q1).stream()
                .map(ArrivalFact::vesselName).toList());
    }
}
