package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.ArrivalFact;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.MetricValue;
import org.iocmetrics.reports.AgencyPairCell;
import org.iocmetrics.reports.DefinitionRow;
import org.iocmetrics.reports.HeatColors;
import org.iocmetrics.reports.SummaryRow;
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

    @Test
    void theDefinitionsAppendixListsEveryMetricOfTheCatalogue() {
        List<DefinitionRow> rows = NationalReport.definitions();

        assertEquals(Arrays.stream(Metric.values()).map(Metric::displayName).toList(),
                rows.stream().map(DefinitionRow::displayName).toList());
        assertEquals(new DefinitionRow("Duplication of effort", "DUPLICATE_BOARDINGS", "Duplicate boardings",
                Metric.DUPLICATE_BOARDINGS.definition(), "duplicated boarded arrivals", "boarded arrivals"), rows.get(0));
        assertEquals("", rows.get(Metric.PARTICIPATING_AGENCIES.ordinal()).numerator());
    }

    @Test
    void summaryPrintsMetricsCsvFiguresAndChangesOrNotAvailable() {
        MetricTable table = new MetricTable(List.of(
                national(Metric.TARGETING_HIT_RATE, "2026-Q1", 1.0 / 3),
                national(Metric.TARGETING_HIT_RATE, "2025-Q4", 0.5),
                national(Metric.TARGETING_HIT_RATE, "2025-Q1", 0.25),
                national(Metric.UNTARGETED_HIT_RATE, "2026-Q1", null)));

        List<SummaryRow> rows = NationalReport.summary(table, Q1, Q1.previous(), Q1.yearEarlier());

        assertEquals(new SummaryRow("Targeting outcomes", "Targeting hit rate", "0.333333", "0.5", "-0.166667 (-33.3%)",
                "0.25", "+0.083333 (+33.3%)"), rows.get(Metric.TARGETING_HIT_RATE.ordinal()));
        assertEquals(new SummaryRow("Targeting outcomes", "Untargeted hit rate", "", "n/a", "n/a", "n/a", "n/a"),
                rows.get(Metric.UNTARGETED_HIT_RATE.ordinal()));
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
                "Joint operation share fell from 0.4 to 0.3 (-25.0%) against 2025-Q4: a worsening."),
                NationalReport.callouts(table, Q1, Q1.previous()));
    }

    @Test
    void iocTableIsSortedWorstFirstAndShadesTheWorstQuartile() {
        List<Ioc> iocs = List.of(new Ioc("IOC-A", "A", ZoneOffset.UTC), new Ioc("IOC-B", "B", ZoneOffset.UTC),
                new Ioc("IOC-C", "C", ZoneOffset.UTC), new Ioc("IOC-D", "D", ZoneOffset.UTC), new Ioc("IOC-E", "E", ZoneOffset.UTC));
        MetricTable table = new MetricTable(List.of(
                ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-A", 1.5), ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-B", 9.25),
                ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-C", 9.25), ioc(Metric.DUPLICATE_BOARDING_HOURS, "IOC-D", 0.0),
                ioc(Metric.DUPLICATE_BOARDINGS, "IOC-A", 0.0), ioc(Metric.DUPLICATE_BOARDINGS, "IOC-B", 0.0)));

        List<Ioc> sorted = NationalReport.sortedByFirstKeyMetric(iocs, table, Q1);
        assertEquals(List.of("IOC-B", "IOC-C", "IOC-A", "IOC-D", "IOC-E"), sorted.stream().map(Ioc::iocId).toList());

        var rows = NationalReport.iocRows(sorted, table, Q1);
        // 4 values: the worst ceil(4/4) = 1 ranks, ties included
        assertEquals(List.of("9.25", "9.25", "1.5", "0", "n/a"), rows.stream().map(r -> r.text(0)).toList());
        assertEquals(List.of(true, true, false, false, false), rows.stream().map(r -> r.worst(0)).toList());
        // all equal: nothing is worse than the best
        assertEquals(List.of(false, false, false, false, false), rows.stream().map(r -> r.worst(1)).toList());
    }

    @Test
    void agencyPairsCountDuplicatedArrivalsInBothOrders() {
        List<ArrivalFact> arrivals = List.of(
                arrival(true, "CBP", "USCG"), arrival(true, "CBP", "HSI", "USCG"), arrival(false, "CBP", "PORT-PD"));

        assertEquals(List.of(
                new AgencyPairCell("CBP", "HSI", 1, HeatColors.intensity(0.5)),
                new AgencyPairCell("CBP", "USCG", 2, HeatColors.intensity(1)),
                new AgencyPairCell("HSI", "CBP", 1, HeatColors.intensity(0.5)),
                new AgencyPairCell("HSI", "USCG", 1, HeatColors.intensity(0.5)),
                new AgencyPairCell("USCG", "CBP", 2, HeatColors.intensity(1)),
                new AgencyPairCell("USCG", "HSI", 1, HeatColors.intensity(0.5))),
                NationalReport.agencyPairs(arrivals));
    }

    @Test
    void agencyPairMatrixKeepsTheAgenciesInTheMostDuplicatedPairs() {
        List<ArrivalFact> arrivals = new ArrayList<>();
        for (int i = 0; i < NationalReport.MATRIX_AGENCIES + 3; i++) {
            arrivals.add(arrival(true, "USCG", String.format("A%02d", i)));
        }
        arrivals.add(arrival(true, "CBP", "A14"));
        arrivals.add(arrival(true, "CBP", "A14"));

        Set<String> rows = new TreeSet<>();
        NationalReport.agencyPairs(arrivals).forEach(c -> rows.add(c.rowAgency()));
        // USCG is in 15 pairs, A14 in 3, CBP in 2, then A00..A13 in 1 each: the first nine by id fill the 12
        assertEquals(NationalReport.MATRIX_AGENCIES, rows.size());
        assertTrue(rows.containsAll(List.of("USCG", "A14", "CBP", "A00", "A08")), rows.toString());
        assertFalse(rows.contains("A09") || rows.contains("A13"), rows.toString());
    }

    private static ArrivalFact arrival(boolean duplicated, String... agencies) {
        return new ArrivalFact("IOC-A", "V", "9000001", COMPUTED, false, true, duplicated, duplicated ? 1 : 0,
                List.of(agencies), List.of());
    }
}
