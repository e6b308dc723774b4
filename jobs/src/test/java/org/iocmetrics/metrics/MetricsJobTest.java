package org.iocmetrics.metrics;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.gold.GoldColumns.*;
import static org.iocmetrics.metrics.Metric.*;
import static org.iocmetrics.testing.SilverRows.arrival;
import static org.iocmetrics.testing.SilverRows.ioc;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.iocmetrics.testing.SilverRows.port;
import static org.iocmetrics.testing.SilverRows.screening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class MetricsJobTest {
    private static final String NYC = "IOC-NYC";
    private static final String EMPTY = "IOC-STL";
    private static final String GUM = "IOC-GUM";
    private static final String HNL = "IOC-HNL";
    private static final String NATIONAL = null;

    private static MetricValues quarterValues;

    /** One IOC with every kind of arrival and operation in 2026-Q1, one IOC without any data; computed once. */
    private static synchronized MetricValues quarterDrop() {
        if (quarterValues != null) {
            return quarterValues;
        }
        MetricValues drop = new MetricValues();
        drop.iocs.addAll(List.of(ioc(NYC, "America/New_York"), ioc(EMPTY, "America/Chicago")));
        drop.ports.addAll(List.of(port("USNYC", NYC), port("USSTL", EMPTY)));
        drop.arrivals.addAll(List.of(
                arrival("A1", "USNYC", "2026-02-10T12:00:00Z"),
                arrival("A2", "USNYC", "2026-02-11T00:00:00Z"),
                arrival("A3", "USNYC", "2026-03-01T00:00:00Z"),
                arrival("A4", "USNYC", "2026-03-02T00:00:00Z"),
                arrival("A5", "USNYC", "2026-03-03T00:00:00Z"),
                // 00:00 EDT on 1 April: the next quarter
                arrival("A6", "USNYC", "2026-04-01T04:00:00Z")));
        drop.screenings.addAll(List.of(
                screening("S1", "A1", "CBP", "2026-02-09T12:00:00Z", "HIGH", "BOARD", false),
                // after the arrival: A2 is unscreened at arrival, lead -6 h
                screening("S2", "A2", "USCG", "2026-02-11T06:00:00Z", "MEDIUM", "EXAMINE", true),
                screening("S3", "A4", "HSI", "2026-03-01T00:00:00Z", "HIGH", "MONITOR", true),
                screening("S4", "A5", "PORT-PD", "2026-03-02T12:00:00Z", "LOW", "NO_ACTION", true),
                screening("S5", "A6", "GPA", "2026-03-30T00:00:00Z", "HIGH", "BOARD", false)));
        drop.operations.addAll(List.of(
                // A1: solo:USCG and solo:CBP start together (tie: solo:CBP is the first effort), J9 later
                operation("B1", NYC, "USCG", "SECURITY_BOARDING", "EXECUTED", "2026-02-10T13:00:00Z",
                        "2026-02-10T15:00:00Z", ARRIVAL_ID, "A1", PERSONNEL_HOURS, 4, FINDINGS_COUNT, 0),
                operation("B2", NYC, "CBP", "CARGO_EXAM", "EXECUTED", "2026-02-10T13:00:00Z",
                        "2026-02-10T16:00:00Z", ARRIVAL_ID, "A1", PERSONNEL_HOURS, 5, FINDINGS_COUNT, 2,
                        POSTED_TO_IOC_SCHEDULE, false),
                operation("B4", NYC, "HSI", "SECURITY_BOARDING", "EXECUTED", "2026-02-10T15:00:00Z",
                        "2026-02-10T16:00:00Z", ARRIVAL_ID, "A1", JOINT_OPERATION_ID, "J9", PERSONNEL_HOURS, 2),
                // A3: a joint boarding of two agencies is one effort
                operation("C1", NYC, "USCG", "SECURITY_BOARDING", "EXECUTED", "2026-03-01T01:00:00Z",
                        "2026-03-01T02:00:00Z", ARRIVAL_ID, "A3", JOINT_OPERATION_ID, "J5", PERSONNEL_HOURS, 1,
                        FINDINGS_COUNT, 1),
                operation("C2", NYC, "CBP", "SECURITY_BOARDING", "EXECUTED", "2026-03-01T01:00:00Z",
                        "2026-03-01T02:00:00Z", ARRIVAL_ID, "A3", JOINT_OPERATION_ID, "J5", PERSONNEL_HOURS, 1),
                // A5: the same agency twice is one effort
                operation("D1", NYC, "USCG", "SECURITY_BOARDING", "EXECUTED", "2026-03-03T01:00:00Z",
                        "2026-03-03T02:00:00Z", ARRIVAL_ID, "A5", PERSONNEL_HOURS, 1),
                operation("D2", NYC, "USCG", "CARGO_EXAM", "EXECUTED", "2026-03-03T03:00:00Z",
                        "2026-03-03T04:00:00Z", ARRIVAL_ID, "A5", PERSONNEL_HOURS, 2),
                operation("X1", NYC, "MSP-MARINE", "HARBOR_PATROL", "CANCELLED", "2026-03-10T00:00:00Z",
                        "2026-03-10T04:00:00Z"),
                operation("X2", NYC, "GPA", "HARBOR_PATROL", "PLANNED", "2026-04-02T00:00:00Z",
                        "2026-04-02T04:00:00Z"),
                // executed: placed by its actual start, not its planned start
                operation("X3", NYC, "PORT-PD", "SHORESIDE_PATROL", "EXECUTED", "2026-01-05T00:00:00Z",
                        "2026-01-05T02:00:00Z", PLANNED_START, "2025-12-31T20:00:00Z", POSTED_TO_IOC_SCHEDULE, false),
                operation("X4", NYC, "GPA", "HARBOR_PATROL", "EXECUTED", "2026-04-05T00:00:00Z",
                        "2026-04-05T02:00:00Z", PLANNED_START, "2026-03-05T00:00:00Z"),
                operation("E1", NYC, "GPA", "SECURITY_BOARDING", "EXECUTED", "2026-04-01T05:00:00Z",
                        "2026-04-01T06:00:00Z", ARRIVAL_ID, "A6", FINDINGS_COUNT, 3)));
        quarterValues = drop.compute("2026-Q1");
        return quarterValues;
    }

    @Test
    void everyMetricOfAQuarterPerIocAndNationally() {
        MetricValues values = quarterDrop();

        values.assertFigures(DUPLICATE_BOARDINGS, NYC, 1.0, 1.0, 3.0);
        // ties on actual_start: solo:CBP (5 h) is the first effort; solo:USCG 4 h + J9 2 h are duplicate
        values.assertFigures(DUPLICATE_BOARDING_HOURS, NYC, 6.0, null, null);
        values.assertFigures(OVERLAPPING_PATROL_HOURS, NYC, 0.0, null, null);
        values.assertFigures(UNSCREENED_ARRIVALS, NYC, 2.0, 2.0, 5.0);
        values.assertFigures(HIGH_RISK_NOT_BOARDED, NYC, 1.0, 1.0, 2.0);
        values.assertFigures(TARGETED_NOT_BOARDED, NYC, 1.0, 1.0, 2.0);
        // 2026-Q1 in New York: 90 days less the spring-forward hour = 2159 h; 2 h patrolled
        values.assertFigures(UNCOVERED_PATROL_HOURS, NYC, 2157.0, 2157.0, 2159.0);
        values.assertFigures(CANCELLED_OPERATIONS, NYC, 1.0, 1.0, 9.0);
        values.assertFigures(TARGETING_HIT_RATE, NYC, 1.0, 1.0, 1.0);
        values.assertFigures(UNTARGETED_HIT_RATE, NYC, 0.5, 1.0, 2.0);
        // leads 24, -6, 24, 12: the mean of the two middle values 12 and 24
        values.assertFigures(SCREENING_LEAD_HOURS, NYC, 18.0, null, null);
        values.assertFigures(UNSHARED_SCREENINGS, NYC, 1.0, 1.0, 4.0);
        values.assertFigures(UNPOSTED_OPERATIONS, NYC, 2.0, 2.0, 8.0);
        values.assertFigures(JOINT_OPERATION_SHARE, NYC, 0.375, 3.0, 8.0);
        // CBP, USCG, HSI, PORT-PD and MSP-MARINE (cancelled counts); GPA only worked in Q2
        values.assertFigures(PARTICIPATING_AGENCIES, NYC, 5.0, null, null);

        values.assertFigures(UNCOVERED_PATROL_HOURS, NATIONAL, 4316.0, 4316.0, 4318.0);
        values.assertFigures(UNTARGETED_HIT_RATE, NATIONAL, 0.5, 1.0, 2.0);
        values.assertFigures(SCREENING_LEAD_HOURS, NATIONAL, 18.0, null, null);
        values.assertFigures(PARTICIPATING_AGENCIES, NATIONAL, 5.0, null, null);
        values.assertFigures(CANCELLED_OPERATIONS, NATIONAL, 1.0, 1.0, 9.0);
    }

    @Test
    void anIocWithoutDataHasEveryMetricWithZeroCountsAndEmptyRatios() {
        MetricValues values = quarterDrop();

        assertEquals(Metric.values().length * 3, values.rows().size());
        for (Metric metric : Metric.values()) {
            List<Double> expected = switch (metric.kind()) {
                case COUNT -> metric.hasFraction() ? Arrays.asList(0.0, 0.0, 0.0) : Arrays.asList(0.0, null, null);
                case RATIO -> Arrays.asList(null, 0.0, 0.0);
                case MEDIAN_HOURS -> Arrays.asList(null, null, null);
                case HOURS -> metric == UNCOVERED_PATROL_HOURS || metric == PLANNED_UNCOVERED_HOURS
                        ? Arrays.asList(2159.0, 2159.0, 2159.0) : Arrays.asList(0.0, null, null);
            };
            assertEquals(expected, values.of(metric, EMPTY), metric.id());
        }
        Row row = values.rows().stream()
                .filter(r -> r.getAs(METRIC_ID).equals(DUPLICATE_BOARDINGS.id()) && r.getAs(SCOPE).equals(SCOPE_NATIONAL))
                .findFirst().orElseThrow();
        assertEquals(Arrays.asList(null, "2026-Q1", Date.valueOf("2026-01-01"), Date.valueOf("2026-04-01"),
                        Timestamp.from(MetricValues.COMPUTED_AT)),
                Arrays.asList(row.getAs(IOC_ID), row.getAs(PERIOD), row.getAs(PERIOD_START), row.getAs(PERIOD_END),
                        row.getAs(COMPUTED_AT)));
    }

    @Test
    void patrolHoursCountTheUnionOfOverlapsClippedToThePeriod() {
        MetricValues drop = new MetricValues();
        drop.iocs.add(ioc(NYC, "America/New_York"));
        drop.operations.addAll(List.of(
                // three agencies for the same hour: one overlapping hour
                operation("P1", NYC, "USCG", "HARBOR_PATROL", "EXECUTED", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z",
                        AREA_CODE, "Z1"),
                operation("P2", NYC, "CBP", "HARBOR_PATROL", "EXECUTED", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z",
                        AREA_CODE, "Z1"),
                operation("P3", NYC, "HSI", "HARBOR_PATROL", "EXECUTED", "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z",
                        AREA_CODE, "Z1"),
                // across the end of March (04:00Z = midnight EDT): overlap 22:00-04:00, covered 20:00-04:00
                operation("P4", NYC, "USCG", "HARBOR_PATROL", "EXECUTED", "2026-03-31T20:00:00Z", "2026-04-01T08:00:00Z",
                        AREA_CODE, "Z1"),
                operation("P5", NYC, "CBP", "HARBOR_PATROL", "EXECUTED", "2026-03-31T22:00:00Z", "2026-04-01T06:00:00Z",
                        AREA_CODE, "Z1"),
                // touching half-open intervals do not overlap; covered 3 h
                operation("P6", NYC, "MSP-MARINE", "HARBOR_PATROL", "EXECUTED", "2026-03-15T00:00:00Z",
                        "2026-03-15T02:00:00Z", AREA_CODE, "Z2"),
                operation("P7", NYC, "PORT-PD", "HARBOR_PATROL", "EXECUTED", "2026-03-15T02:00:00Z",
                        "2026-03-15T03:00:00Z", AREA_CODE, "Z2"),
                // across the start of March (05:00Z = midnight EST): 1 h covered
                operation("P8", NYC, "USCG", "SHORESIDE_PATROL", "EXECUTED", "2026-02-28T23:00:00Z",
                        "2026-03-01T06:00:00Z")));
        MetricValues values = drop.compute("2026-03");

        values.assertFigures(OVERLAPPING_PATROL_HOURS, NYC, 7.0, null, null);
        // March 2026 in New York: 31 days less one hour = 743 h; covered 1 + 8 + 3 + 1 = 13 h
        values.assertFigures(UNCOVERED_PATROL_HOURS, NYC, 730.0, 730.0, 743.0);
        values.assertFigures(OVERLAPPING_PATROL_HOURS, NATIONAL, 7.0, null, null);
    }

    @Test
    void periodsComputedTogetherEqualEachComputedAlone() {
        MetricValues drop = quarterDrop();
        List<Period> periods = Stream.of("2026-Q1", "2026-03", "2026-W09", "FY2026", "FY2026-Q2", "2026-Q2", "2025-Q4")
                .map(Period::parse).toList();
        List<Row> together = drop.valuesOf(periods);
        List<Row> alone = new ArrayList<>();
        periods.forEach(period -> alone.addAll(drop.valuesOf(List.of(period))));
        assertEquals(alone, together);
        // the quarter's figures seen above are among them, so the comparison is not between empty tables
        assertTrue(together.containsAll(drop.rows()));
    }

    @Test
    void guamAndHonoluluEventsBelongToTheirLocalQuarter() {
        MetricValues drop = new MetricValues();
        drop.iocs.addAll(List.of(ioc(GUM, "Pacific/Guam"), ioc(HNL, "Pacific/Honolulu")));
        drop.ports.addAll(List.of(port("GUAPR", GUM), port("USHNL", HNL)));
        drop.arrivals.addAll(List.of(
                arrival("G1", "GUAPR", "2026-04-01T00:30:00+10:00"),
                arrival("G2", "GUAPR", "2026-03-31T23:30:00+10:00"),
                arrival("H1", "USHNL", "2026-03-31T23:30:00-10:00"),
                arrival("H2", "USHNL", "2026-04-01T00:30:00-10:00"),
                arrival("H3", "USHNL", "2026-06-30T23:59:00-10:00")));
        drop.operations.addAll(List.of(
                operation("OG", GUM, "GPA", "HARBOR_PATROL", "CANCELLED", "2026-07-01T00:30:00+10:00",
                        "2026-07-01T02:00:00+10:00"),
                operation("OH", HNL, "USCG", "HARBOR_PATROL", "CANCELLED", "2026-06-30T23:00:00-10:00",
                        "2026-07-01T02:00:00-10:00")));
        MetricValues values = drop.compute("2026-Q2");

        values.assertFigures(UNSCREENED_ARRIVALS, GUM, 1.0, 1.0, 1.0);
        values.assertFigures(UNSCREENED_ARRIVALS, HNL, 2.0, 2.0, 2.0);
        values.assertFigures(CANCELLED_OPERATIONS, GUM, 0.0, 0.0, 0.0);
        values.assertFigures(CANCELLED_OPERATIONS, HNL, 1.0, 1.0, 1.0);
        // no daylight saving in either zone: 91 days of 24 h
        values.assertFigures(UNCOVERED_PATROL_HOURS, GUM, 2184.0, 2184.0, 2184.0);
        values.assertFigures(UNCOVERED_PATROL_HOURS, NATIONAL, 4368.0, 4368.0, 4368.0);
        values.assertFigures(PARTICIPATING_AGENCIES, NATIONAL, 1.0, null, null);
    }

    @Test
    void fiscalYearAndIsoWeekPeriods() {
        MetricValues drop = new MetricValues();
        drop.iocs.add(ioc(NYC, "America/New_York"));
        drop.ports.add(port("USNYC", NYC));
        drop.arrivals.addAll(List.of(
                arrival("F0", "USNYC", "2025-09-30T23:59:00-04:00"),
                arrival("F1", "USNYC", "2025-10-01T00:00:00-04:00"),
                arrival("F2", "USNYC", "2026-09-30T23:00:00-04:00"),
                arrival("W1", "USNYC", "2026-02-23T00:00:00-05:00"),
                arrival("W2", "USNYC", "2026-03-01T23:59:00-05:00"),
                arrival("W3", "USNYC", "2026-03-02T00:00:00-05:00")));

        MetricValues fiscalYear = drop.compute("FY2026");
        fiscalYear.assertFigures(UNSCREENED_ARRIVALS, NYC, 5.0, 5.0, 5.0);
        // one short and one long day: 365 days of 24 h
        fiscalYear.assertFigures(UNCOVERED_PATROL_HOURS, NYC, 8760.0, 8760.0, 8760.0);
        assertEquals(Date.valueOf("2025-10-01"), fiscalYear.rows().get(0).getAs(PERIOD_START));

        MetricValues week = new MetricValues();
        week.iocs.addAll(drop.iocs);
        week.ports.addAll(drop.ports);
        week.arrivals.addAll(drop.arrivals);
        week.compute("2026-W09");
        week.assertFigures(UNSCREENED_ARRIVALS, NYC, 2.0, 2.0, 2.0);
        week.assertFigures(UNCOVERED_PATROL_HOURS, NYC, 168.0, 168.0, 168.0);
        assertEquals(Date.valueOf("2026-03-02"), week.rows().get(0).getAs(PERIOD_END));
    }

    @Test
    void oddMedianAndEmptyRatiosWithZeroDenominators() {
        MetricValues drop = new MetricValues();
        drop.iocs.add(ioc(NYC, "America/New_York"));
        drop.ports.add(port("USNYC", NYC));
        drop.arrivals.addAll(List.of(
                arrival("M1", "USNYC", "2026-05-01T10:00:00Z"),
                arrival("M2", "USNYC", "2026-05-02T10:00:00Z"),
                arrival("M3", "USNYC", "2026-05-03T10:00:00Z")));
        drop.screenings.addAll(List.of(
                screening("S1", "M1", "CBP", "2026-05-01T09:00:00Z", "LOW", "NO_ACTION", true),
                // the earliest screening counts: 5 h, not 1 h
                screening("S2", "M2", "CBP", "2026-05-02T05:00:00Z", "LOW", "NO_ACTION", true),
                screening("S3", "M2", "USCG", "2026-05-02T09:00:00Z", "LOW", "NO_ACTION", true),
                screening("S4", "M3", "CBP", "2026-05-03T08:00:00Z", "LOW", "NO_ACTION", true)));
        MetricValues values = drop.compute("2026-05");

        values.assertFigures(SCREENING_LEAD_HOURS, NYC, 2.0, null, null);
        values.assertFigures(TARGETING_HIT_RATE, NYC, null, 0.0, 0.0);
        values.assertFigures(UNTARGETED_HIT_RATE, NATIONAL, null, 0.0, 0.0);
        values.assertFigures(JOINT_OPERATION_SHARE, NYC, null, 0.0, 0.0);
        values.assertFigures(UNSCREENED_ARRIVALS, NYC, 0.0, 0.0, 3.0);
        values.assertFigures(PARTICIPATING_AGENCIES, NYC, 2.0, null, null);
    }
}
