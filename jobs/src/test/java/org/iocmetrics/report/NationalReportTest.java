package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.AgencyActivity;
import org.iocmetrics.report.ReportInputs.EffortBoarding;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.MetricValue;
import org.iocmetrics.reports.AgencyPairCell;
import org.iocmetrics.reports.AgencyRow;
import org.iocmetrics.reports.ChartPoint;
import org.iocmetrics.reports.DefinitionRow;
import org.iocmetrics.reports.HeatColors;
import org.iocmetrics.reports.NationalReportData;
import org.iocmetrics.reports.SummaryRow;
import org.iocmetrics.reports.TrendChart;
import org.junit.jupiter.api.Test;

class NationalReportTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final Instant COMPUTED = Instant.parse("2026-04-05T08:00:00Z");

    private static MetricValue national(Metric metric, String period, Double value) {
        return new MetricValue(metric, GoldColumns.SCOPE_NATIONAL, null, period, value, null, null, COMPUTED);
    }

    private static MetricValue ioc(Metric metric, String iocId, Double value) {
        return new MetricValue(metric, GoldColumns.SCOPE_IOC, iocId, "2026-Q1", value, null, null, COMPUTED);
    }

    /** The rows of a scope (iocId null: national) and period that count its arrivals and its operations. */
    private static List<MetricValue> activity(String iocId, String period, double arrivals, double operations) {
        String scope = iocId == null ? GoldColumns.SCOPE_NATIONAL : GoldColumns.SCOPE_IOC;
        return List.of(new MetricValue(Metric.UNSCREENED_ARRIVALS, scope, iocId, period, 0.0, 0.0, arrivals, COMPUTED),
                new MetricValue(Metric.CANCELLED_OPERATIONS, scope, iocId, period, 0.0, 0.0, operations, COMPUTED));
    }

    /** Uncovered hours as a period without data has them: every hour of the period. */
    private static MetricValue allHoursUncovered(String period) {
        double hours = Period.parse(period).hoursIn(ZoneOffset.UTC);
        return new MetricValue(Metric.UNCOVERED_PATROL_HOURS, GoldColumns.SCOPE_NATIONAL, null, period, hours, hours, hours,
                COMPUTED);
    }

    private static ReportInputs inputs(List<Ioc> iocs, List<List<MetricValue>> values) {
        return new ReportInputs(iocs, values.stream().flatMap(List::stream).toList(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, List.of(), List.of(), List.of(), null);
    }

    @Test
    void theDefinitionsAppendixListsEveryMetricOfTheCatalogue() {
        List<DefinitionRow> rows = NationalReport.definitions();

        assertEquals(Arrays.stream(Metric.values()).map(Metric::displayName).toList(),
                rows.stream().map(DefinitionRow::displayName).toList());
        assertEquals(new DefinitionRow("Duplication of effort", "DUPLICATE_BOARDINGS", "Duplicate boardings",
                Metric.DUPLICATE_BOARDINGS.definition(), "duplicated boarded arrivals", "boarded arrivals"), rows.get(0));
        assertEquals("", rows.get(Metric.PARTICIPATING_AGENCIES.ordinal()).numerator());
    }

    /** What the summary prints of a row: group, metric, then its figures and changes as text. */
    private static List<String> printed(SummaryRow row) {
        return List.of(row.group(), row.metric(), row.value().text(), row.previous().text(), row.changeVsPrevious(),
                row.yearEarlier().text(), row.changeVsYearEarlier());
    }

    @Test
    void summaryPrintsReadableFiguresAndChangesOrNotAvailable() {
        MetricTable table = new MetricTable(List.of(
                national(Metric.TARGETING_HIT_RATE, "2026-Q1", 1.0 / 3),
                national(Metric.TARGETING_HIT_RATE, "2025-Q4", 0.5),
                national(Metric.TARGETING_HIT_RATE, "2025-Q1", 0.25),
                national(Metric.UNTARGETED_HIT_RATE, "2026-Q1", null)));

        List<SummaryRow> rows = NationalReport.summary(table, Q1, Q1.previous(), Q1.yearEarlier());

        assertEquals(List.of("Targeting outcomes", "Targeting hit rate", "33.3%", "50.0%", "-16.7 pts", "25.0%",
                "+8.3 pts"),
                printed(rows.get(Metric.TARGETING_HIT_RATE.ordinal())));
        // a ratio over nothing has no value: "n/a" like a figure the lake lacks, never a blank
        assertEquals(List.of("Targeting outcomes", "Untargeted hit rate", "n/a", "n/a", "n/a", "n/a", "n/a"),
                printed(rows.get(Metric.UNTARGETED_HIT_RATE.ordinal())));
        assertEquals(Metric.values().length, rows.size());
    }

    @Test
    void calloutsNameTheLargestRelativeChangesAndWhetherTheyAreWorse() {
        MetricTable table = new MetricTable(List.of(
                national(Metric.DUPLICATE_BOARDINGS, "2026-Q1", 4.0), national(Metric.DUPLICATE_BOARDINGS, "2025-Q4", 2.0),
                national(Metric.JOINT_OPERATION_SHARE, "2026-Q1", 0.3), national(Metric.JOINT_OPERATION_SHARE, "2025-Q4", 0.4),
                national(Metric.UNSCREENED_ARRIVALS, "2026-Q1", 5.0), national(Metric.UNSCREENED_ARRIVALS, "2025-Q4", 0.0),
                national(Metric.CANCELLED_OPERATIONS, "2026-Q1", 9.0), national(Metric.CANCELLED_OPERATIONS, "2025-Q4", 10.0),
                national(Metric.UNSHARED_SCREENINGS, "2026-Q1", 7.0), national(Metric.UNSHARED_SCREENINGS, "2025-Q4", 7.0)));

        assertEquals(List.of(
                "Unscreened arrivals rose from 0 to 5 against 2025-Q4: a worsening.",
                "Duplicate boardings rose from 2 to 4 (+100.0%) against 2025-Q4: a worsening.",
                "Joint operation share fell from 40.0% to 30.0% against 2025-Q4: a worsening."),
                NationalReport.callouts(table, null, Q1, Q1.previous()));
    }

    @Test
    void aPeriodWithoutDataSaysSoAndComparesNothingAgainstZeros() {
        // 2019-Q1 on a lake whose data starts later: computed, but every count 0 and every hour uncovered
        Period period = Period.parse("2019-Q1");
        Ioc boston = new Ioc("IOC-BOS", "Sector Boston IOC", ZoneOffset.UTC);
        ReportInputs inputs = inputs(List.of(boston), List.of(
                activity(null, "2019-Q1", 0, 0), activity(null, "2018-Q4", 0, 0), activity(null, "2018-Q1", 0, 0),
                activity("IOC-BOS", "2019-Q1", 0, 0),
                List.of(allHoursUncovered("2019-Q1"), allHoursUncovered("2018-Q4"), allHoursUncovered("2018-Q1"),
                        new MetricValue(Metric.UNCOVERED_PATROL_HOURS, GoldColumns.SCOPE_IOC, "IOC-BOS", "2019-Q1",
                                2160.0, 2160.0, 2160.0, COMPUTED),
                        national(Metric.DUPLICATE_BOARDINGS, "2019-Q1", 0.0))));

        NationalReportData data = NationalReport.build(inputs, period, COMPUTED, Targets.NONE);

        assertEquals("No arrivals or operations are recorded in the lake for 2019-Q1.", data.noDataSentence());
        assertEquals(List.of(), data.callouts());
        assertEquals(data.noDataSentence(), data.noCalloutsReason());
        assertEquals(List.of("Coverage gaps", "Uncovered patrol hours", "no data", "no data", "no data", "no data",
                "no data"),
                printed(data.summary().get(Metric.UNCOVERED_PATROL_HOURS.ordinal())));
        assertEquals(List.of("Duplication of effort", "Duplicate boardings", "no data", "no data", "no data",
                "no data", "no data"),
                printed(data.summary().get(Metric.DUPLICATE_BOARDINGS.ordinal())));
        assertEquals(List.of(), data.iocRows());
        assertEquals(List.of(), data.uncoveredShareByIoc());
        assertTrue(data.trends().stream().noneMatch(TrendChart::hasData), data.trends().toString());
    }

    @Test
    void aPreviousPeriodWithoutDataReadsNoDataAndIsNeverCalledOut() {
        // the first quarter with data: 2025-Q4 and 2025-Q1 were computed, but nothing had been recorded yet
        MetricTable table = new MetricTable(List.of(activity(null, "2026-Q1", 48, 30), activity(null, "2025-Q4", 0, 0),
                activity(null, "2025-Q1", 0, 0),
                List.of(national(Metric.DUPLICATE_BOARDINGS, "2026-Q1", 4.0), national(Metric.DUPLICATE_BOARDINGS, "2025-Q4", 0.0),
                        national(Metric.DUPLICATE_BOARDINGS, "2025-Q1", 0.0), allHoursUncovered("2025-Q4"),
                        new MetricValue(Metric.UNCOVERED_PATROL_HOURS, GoldColumns.SCOPE_NATIONAL, null, "2026-Q1",
                                1000.5, 1000.5, 2160.0, COMPUTED))).stream().flatMap(List::stream).toList());

        List<SummaryRow> rows = NationalReport.summary(table, Q1, Q1.previous(), Q1.yearEarlier());

        assertEquals(List.of("Duplication of effort", "Duplicate boardings", "4", "no data", "no data", "no data",
                "no data"),
                printed(rows.get(Metric.DUPLICATE_BOARDINGS.ordinal())));
        assertEquals(List.of("Coverage gaps", "Uncovered patrol hours", "1,000.5", "no data", "no data", "no data",
                "no data"),
                printed(rows.get(Metric.UNCOVERED_PATROL_HOURS.ordinal())));
        assertEquals(List.of(), NationalReport.callouts(table, null, Q1, Q1.previous()));
        assertEquals("No change against 2025-Q4 is shown. No arrivals or operations are recorded in the lake for 2025-Q4.",
                NationalReport.noCalloutsReason(table, null, Q1, Q1.previous()));
    }

    @Test
    void aYearEarlierWithoutDataReadsNoDataWhileThePreviousPeriodStillShowsItsChange() {
        MetricTable table = new MetricTable(List.of(activity(null, "2026-Q1", 48, 30), activity(null, "2025-Q4", 40, 25),
                activity(null, "2025-Q1", 0, 0),
                List.of(national(Metric.DUPLICATE_BOARDINGS, "2026-Q1", 4.0), national(Metric.DUPLICATE_BOARDINGS, "2025-Q4", 2.0),
                        national(Metric.DUPLICATE_BOARDINGS, "2025-Q1", 0.0))).stream().flatMap(List::stream).toList());

        assertEquals(List.of("Duplication of effort", "Duplicate boardings", "4", "2", "+2 (+100.0%)", "no data",
                "no data"),
                printed(NationalReport.summary(table, Q1, Q1.previous(), Q1.yearEarlier()).get(0)));
        assertEquals(List.of("Duplicate boardings rose from 2 to 4 (+100.0%) against 2025-Q4: a worsening."),
                NationalReport.callouts(table, null, Q1, Q1.previous()));
    }

    @Test
    void trendLinesHaveGapsForPeriodsWithoutDataAndKeepTheZerosOfPeriodsWithData() {
        List<MetricValue> values = new ArrayList<>();
        for (Period p : Q1.trailing(NationalReport.TREND_PERIODS)) {
            boolean before = p.start().isBefore(LocalDate.parse("2025-07-01"));
            values.addAll(activity(null, p.id(), before ? 0 : 40, before ? 0 : 20));
            values.add(national(Metric.DUPLICATE_BOARDINGS, p.id(), p.equals(Q1) ? 3.0 : 0.0));
        }

        List<Double> line = Trends.national(List.of(Metric.DUPLICATE_BOARDINGS), new MetricTable(values), Q1, null).get(0).points().stream()
                .map(ChartPoint::value).toList();

        // 2024-Q2 .. 2025-Q2 had nothing recorded; 2025-Q3 and 2025-Q4 recorded arrivals but no duplicate
        assertEquals(Arrays.asList(null, null, null, null, null, 0.0, 0.0, 3.0), line);
    }

    @Test
    void aPeriodThatStartsBeforeTheLakesFirstDataIsAGapNotItsFewFirstDays() {
        List<MetricValue> values = new ArrayList<>();
        for (Period p : Q1.trailing(NationalReport.TREND_PERIODS)) {
            // the data begins on 2025-07-01 UTC, which is still 2025-06-30 in the western zones: 2025-Q2 holds a few
            boolean before = p.start().isBefore(LocalDate.parse("2025-04-01"));
            values.addAll(activity(null, p.id(), before ? 0 : 5000, before ? 0 : 2000));
            values.add(national(Metric.DUPLICATE_BOARDINGS, p.id(), before ? 0.0 : p.id().equals("2025-Q2") ? 0.0 : 226.0));
        }

        List<Double> line = Trends.national(List.of(Metric.DUPLICATE_BOARDINGS), new MetricTable(values), Q1,
                Instant.parse("2025-07-01T03:00:00Z")).get(0).points().stream().map(ChartPoint::value).toList();

        // 2025-Q2 holds a few of its last hours, never a 0 that the line would climb from
        assertEquals(Arrays.asList(null, null, null, null, null, 226.0, 226.0, 226.0), line);
    }

    @Test
    void countsAreRankedByTheirRateAndASmallDenominatorIsMarkedAndNeverShaded() {
        List<Ioc> iocs = List.of(new Ioc("IOC-A", "A", ZoneOffset.UTC), new Ioc("IOC-BIG", "Big", ZoneOffset.UTC),
                new Ioc("IOC-SMALL", "Small", ZoneOffset.UTC), new Ioc("IOC-D", "D", ZoneOffset.UTC),
                new Ioc("IOC-E", "E", ZoneOffset.UTC));
        List<MetricValue> values = new ArrayList<>(activity(null, "2026-Q1", 5000, 2000));
        double[][] duplicates = {{10, 200}, {60, 2000}, {5, 10}, {2, 100}, {40, 400}};
        for (int i = 0; i < iocs.size(); i++) {
            values.add(new MetricValue(Metric.DUPLICATE_BOARDINGS, GoldColumns.SCOPE_IOC, iocs.get(i).iocId(), "2026-Q1",
                    duplicates[i][0], duplicates[i][0], duplicates[i][1], COMPUTED));
        }

        MetricTable table = new MetricTable(values);
        List<Ioc> sorted = NationalReport.sortedByFirstKeyMetric(iocs, table, Q1);
        var rows = NationalReport.iocRows(sorted, table, Q1, Targets.NONE);

        // the table ranks by the rate it shades by: E 10%, A 5%, Big 3%, D 2%, then Small, whose 50% of 10 boarded
        // arrivals is too few to rank; by raw count Big's 60 would top it
        assertEquals(Metric.DUPLICATE_BOARDINGS, NationalReport.KEY_METRICS.get(0));
        assertEquals(List.of("IOC-E", "IOC-A", "IOC-BIG", "IOC-D", "IOC-SMALL"), sorted.stream().map(Ioc::iocId).toList());
        int column = NationalReport.KEY_METRICS.indexOf(Metric.DUPLICATE_BOARDINGS);
        assertEquals(List.of("\u25B2 40\n10.0%", "10\n5.0%", "60\n3.0%", "2\n2.0%", "5\n50.0% small n"),
                rows.stream().map(r -> r.printed(column)).toList());
        assertEquals(List.of(true, false, false, false, false), rows.stream().map(r -> r.worst(column)).toList());
        assertEquals(List.of(false, false, false, false, true), rows.stream().map(r -> r.cell(column).smallN()).toList());
    }

    @Test
    void anIocWithoutDataReadsNoDataInTheIocTableIsSortedLastAndNeverShaded() {
        List<Ioc> iocs = List.of(new Ioc("IOC-A", "A", ZoneOffset.UTC), new Ioc("IOC-B", "B", ZoneOffset.UTC),
                new Ioc("IOC-0-QUIET", "Quiet", ZoneOffset.UTC));
        List<MetricValue> values = new ArrayList<>(List.of(
                ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-A", 1.5), ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-B", 9.25),
                ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-0-QUIET", 0.0),
                new MetricValue(Metric.UNCOVERED_PATROL_HOURS, GoldColumns.SCOPE_IOC, "IOC-A", "2026-Q1", 100.0, 100.0, 2160.0, COMPUTED),
                new MetricValue(Metric.UNCOVERED_PATROL_HOURS, GoldColumns.SCOPE_IOC, "IOC-B", "2026-Q1", 50.0, 50.0, 2160.0, COMPUTED),
                new MetricValue(Metric.UNCOVERED_PATROL_HOURS, GoldColumns.SCOPE_IOC, "IOC-0-QUIET", "2026-Q1", 2160.0, 2160.0, 2160.0,
                        COMPUTED)));
        values.addAll(activity("IOC-A", "2026-Q1", 10, 5));
        values.addAll(activity("IOC-B", "2026-Q1", 3, 0));
        values.addAll(activity("IOC-0-QUIET", "2026-Q1", 0, 0));
        MetricTable table = new MetricTable(values);

        List<Ioc> sorted = NationalReport.sortedByFirstKeyMetric(iocs, table, Q1);
        // no IOC has a duplicate boarding rate to rank by: the IOCs with data by id, then the one without
        assertEquals(List.of("IOC-A", "IOC-B", "IOC-0-QUIET"), sorted.stream().map(Ioc::iocId).toList());
        var rows = NationalReport.iocRows(sorted, table, Q1, Targets.NONE);
        int uncovered = NationalReport.KEY_METRICS.indexOf(Metric.UNCOVERED_PATROL_HOURS);
        assertEquals(List.of("100.0", "50.0", "no data"), rows.stream().map(r -> r.text(uncovered)).toList());
        // without Quiet's 2160 "uncovered" hours, A is the worst of two
        assertEquals(List.of(true, false, false), rows.stream().map(r -> r.worst(uncovered)).toList());
        assertEquals(List.of("IOC-A", "IOC-B"), NationalReport.uncoveredShareByIoc(sorted, table, Q1).stream()
                .map(ChartPoint::category).toList());
    }

    @Test
    void iocTableShadesTheWorstQuartileOfAMetricWithoutDenominatorByItsValue() {
        List<Ioc> iocs = List.of(new Ioc("IOC-A", "A", ZoneOffset.UTC), new Ioc("IOC-B", "B", ZoneOffset.UTC),
                new Ioc("IOC-C", "C", ZoneOffset.UTC), new Ioc("IOC-D", "D", ZoneOffset.UTC), new Ioc("IOC-E", "E", ZoneOffset.UTC));
        MetricTable table = new MetricTable(List.of(
                ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-A", 1.5), ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-B", 9.25),
                ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-C", 9.25), ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-D", 0.0),
                ioc(Metric.DUPLICATE_BOARDINGS, "IOC-A", 0.0), ioc(Metric.DUPLICATE_BOARDINGS, "IOC-B", 0.0)));

        var rows = NationalReport.iocRows(List.of(iocs.get(1), iocs.get(2), iocs.get(0), iocs.get(3), iocs.get(4)), table, Q1,
                Targets.NONE);
        int hours = NationalReport.KEY_METRICS.indexOf(Metric.DUPLICATE_BOARDING_HOURS);
        int boardings = NationalReport.KEY_METRICS.indexOf(Metric.DUPLICATE_BOARDINGS);
        // 4 values: the worst ceil(4/4) = 1 ranks, ties included
        assertEquals(List.of("9.3", "9.3", "1.5", "0.0", "n/a"), rows.stream().map(r -> r.text(hours)).toList());
        assertEquals(List.of(true, true, false, false, false), rows.stream().map(r -> r.worst(hours)).toList());
        // all equal: nothing is worse than the best
        assertEquals(List.of(false, false, false, false, false), rows.stream().map(r -> r.worst(boardings)).toList());
    }

    @Test
    void agencyPairsCountArrivalsBoardedUnderDifferentEffortsNotCoMembersOfOneJointOperation() {
        List<EffortBoarding> boardings = new ArrayList<>();
        // X1: CBP and USCG boarded together in joint operation J1, HSI alone: HSI duplicated both, they did not
        boardings.addAll(boarded("X1", "J1", "CBP", "USCG"));
        boardings.addAll(boarded("X1", "SOLO:HSI", "HSI"));
        // X2: CBP and USCG each alone
        boardings.addAll(boarded("X2", "SOLO:CBP", "CBP"));
        boardings.addAll(boarded("X2", "SOLO:USCG", "USCG"));
        // X3: CBP and USCG in J2, and CBP again alone: CBP alone duplicated USCG's joint boarding (CBP with
        // itself is no pair)
        boardings.addAll(boarded("X3", "J2", "CBP", "USCG"));
        boardings.addAll(boarded("X3", "SOLO:CBP", "CBP"));
        // X4: one joint operation only, CBP with the port police: coordinated, no pair
        boardings.addAll(boarded("X4", "J3", "CBP", "PORT-PD"));

        // CBP-USCG: X2 and X3, not X1; CBP-HSI and HSI-USCG: X1; PORT-PD: none
        assertEquals(List.of(
                new AgencyPairCell("CBP", "HSI", 1, HeatColors.intensity(0.5)),
                new AgencyPairCell("CBP", "USCG", 2, HeatColors.intensity(1)),
                new AgencyPairCell("HSI", "CBP", 1, HeatColors.intensity(0.5)),
                new AgencyPairCell("HSI", "USCG", 1, HeatColors.intensity(0.5)),
                new AgencyPairCell("USCG", "CBP", 2, HeatColors.intensity(1)),
                new AgencyPairCell("USCG", "HSI", 1, HeatColors.intensity(0.5))),
                NationalReport.agencyPairs(boardings));
    }

    @Test
    void theAgenciesSharingLeastStandAtTheTop() {
        List<AgencyActivity> agencies = List.of(
                new AgencyActivity("USCG", 1500, 30, 900, 9, 270, 57),
                new AgencyActivity("PORT-PD", 120, 48, 12, 3, 1, 1),
                new AgencyActivity("CBP", 2000, 40, 400, 100, 0, 60),
                new AgencyActivity("HSI", 0, 0, 50, 40, 5, 2),
                new AgencyActivity("HI-DLNR", 1, 1, 60, 21, 15, 0));

        assertEquals(List.of(
                        new AgencyRow("PORT-PD", "120", "40.0%", "12", "25.0% small n", "8.3% small n", "1"),
                        // the same 2.0% unshared: CBP's 25% unposted ranks above USCG's 1%
                        new AgencyRow("CBP", "2,000", "2.0%", "400", "25.0%", "0.0%", "60"),
                        new AgencyRow("USCG", "1,500", "2.0%", "900", "1.0%", "30.0%", "57"),
                        // no screening to share, and one not shared (too few to rank): after every comparable
                        // share, then by their unposted shares
                        new AgencyRow("HSI", "0", "n/a", "50", "80.0%", "10.0%", "2"),
                        new AgencyRow("HI-DLNR", "1", "100.0% small n", "60", "35.0%", "25.0%", "0")),
                NationalReport.agencyRows(agencies));
    }

    @Test
    void agencyPairMatrixKeepsTheAgenciesInTheMostDuplicatedPairs() {
        List<EffortBoarding> boardings = new ArrayList<>();
        for (int i = 0; i < NationalReport.MATRIX_AGENCIES + 3; i++) {
            String agency = String.format("A%02d", i);
            boardings.addAll(boarded("X" + i, "SOLO:USCG", "USCG"));
            boardings.addAll(boarded("X" + i, "SOLO:" + agency, agency));
        }
        for (String arrival : List.of("Y1", "Y2")) {
            boardings.addAll(boarded(arrival, "SOLO:CBP", "CBP"));
            boardings.addAll(boarded(arrival, "SOLO:A14", "A14"));
        }

        Set<String> rows = new TreeSet<>();
        NationalReport.agencyPairs(boardings).forEach(c -> rows.add(c.rowAgency()));
        // USCG is in 15 pairs, A14 in 3, CBP in 2, then A00..A13 in 1 each: the first nine by id fill the 12
        assertEquals(NationalReport.MATRIX_AGENCIES, rows.size());
        assertTrue(rows.containsAll(List.of("USCG", "A14", "CBP", "A00", "A08")), rows.toString());
        assertFalse(rows.contains("A09") || rows.contains("A13"), rows.toString());
    }

    /** The agencies that boarded an arrival under one effort. */
    private static List<EffortBoarding> boarded(String arrivalId, String effortKey, String... agencies) {
        return Stream.of(agencies).map(agency -> new EffortBoarding(arrivalId, effortKey, agency)).toList();
    }
}
