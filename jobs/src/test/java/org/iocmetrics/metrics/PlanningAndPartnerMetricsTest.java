package org.iocmetrics.metrics;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.metrics.Metric.*;
import static org.iocmetrics.testing.SilverRows.ioc;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.iocmetrics.testing.SilverRows.port;
import static org.iocmetrics.testing.SilverRows.row;
import static org.iocmetrics.testing.SilverRows.screening;

import java.util.List;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;

/**
 * The v2 metrics (METRICS.md, "Planning, repeat effort and partner participation") worked out by
 * hand: planned coverage across a daylight-saving change, in Guam and Honolulu, for a plan that ran
 * at other times and a cancelled one; a week in the future; repeat boardings at the 720-hour
 * boundary; active partners with and without a roster.
 */
class PlanningAndPartnerMetricsTest {
    private static final String NYC = "IOC-NYC";
    private static final String HRO = "IOC-HRO";
    private static final String GUM = "IOC-GUM";
    private static final String HNL = "IOC-HNL";
    private static final String STL = "IOC-STL";
    private static final String NATIONAL = null;

    private static MetricValues iocs(MetricValues drop) {
        drop.iocs.addAll(List.of(ioc(NYC, "America/New_York"), ioc(HRO, "America/New_York"), ioc(GUM, "Pacific/Guam"),
                ioc(HNL, "Pacific/Honolulu"), ioc(STL, "America/Chicago")));
        drop.ports.addAll(List.of(port("USNYC", NYC), port("USORF", HRO), port("GUAPR", GUM), port("USHNL", HNL)));
        return drop;
    }

    private static Row planned(String id, String ioc, String agency, String type, String status, String from, String to) {
        return operation(id, ioc, agency, type, status, from, to, AREA_CODE, "Z1");
    }

    @Test
    void plannedCoverageAcrossTheSpringChangeInGuamAndHonoluluWithoutCancelledPlans() {
        MetricValues drop = iocs(new MetricValues());
        drop.operations.addAll(List.of(
                // ran on Tuesday but was planned for Saturday 14:00-20:00Z: the plan counts Saturday
                operation("P1", NYC, "USCG", "HARBOR_PATROL", "EXECUTED", "2026-03-03T14:00:00Z", "2026-03-03T18:00:00Z",
                        AREA_CODE, "Z1", PLANNED_START, "2026-03-07T14:00:00Z", PLANNED_END, "2026-03-07T20:00:00Z"),
                // overlaps P1's plan 18:00-20:00Z under another effort
                planned("P2", NYC, "CBP", "HARBOR_PATROL", "PLANNED", "2026-03-07T18:00:00Z", "2026-03-07T22:00:00Z"),
                // cancelled: out of the plan, or it would cover 12:00-23:00Z and overlap both
                planned("P3", NYC, "HSI", "HARBOR_PATROL", "CANCELLED", "2026-03-07T12:00:00Z", "2026-03-07T23:00:00Z"),
                // 00:00 EST to 05:00 EDT on the night clocks spring forward: 4 real hours
                planned("P4", NYC, "PORT-PD", "SHORESIDE_PATROL", "PLANNED", "2026-03-08T05:00:00Z", "2026-03-08T09:00:00Z"),
                // across the week's end (00:00 EDT Monday = 04:00Z) and start (00:00 EST = 05:00Z): 2 h and 1 h inside
                planned("P5", NYC, "USCG", "HARBOR_PATROL", "PLANNED", "2026-03-09T02:00:00Z", "2026-03-09T06:00:00Z"),
                planned("P6", NYC, "CBP", "HARBOR_PATROL", "PLANNED", "2026-03-02T03:00:00Z", "2026-03-02T06:00:00Z"),
                // Guam's week starts Sunday 14:00Z: G1 has 2 h inside, overlapping G2 for 15:00-16:00Z
                planned("G1", GUM, "USCG", "HARBOR_PATROL", "PLANNED", "2026-03-01T12:00:00Z", "2026-03-01T16:00:00Z"),
                planned("G2", GUM, "CBP", "HARBOR_PATROL", "PLANNED", "2026-03-01T15:00:00Z", "2026-03-01T17:00:00Z"),
                // Honolulu's week ends Monday 10:00Z: 2 h of H1 are Sunday night there
                planned("H1", HNL, "USCG", "AERIAL_PATROL", "PLANNED", "2026-03-09T08:00:00Z", "2026-03-09T12:00:00Z")));
        drop.compute("2026-W10");

        // New York's week is 167 h; planned 8 h (P1+P2) + 4 h (P4) + 2 h (P5) + 1 h (P6)
        drop.assertFigures(PLANNED_UNCOVERED_HOURS, NYC, 152.0, 152.0, 167.0);
        drop.assertFigures(PLANNED_OVERLAPPING_PATROL_HOURS, NYC, 2.0, null, null);
        // what ran: P1's 4 h on Tuesday
        drop.assertFigures(UNCOVERED_PATROL_HOURS, NYC, 163.0, 163.0, 167.0);
        drop.assertFigures(OVERLAPPING_PATROL_HOURS, NYC, 0.0, null, null);
        drop.assertFigures(PLANNED_UNCOVERED_HOURS, GUM, 165.0, 165.0, 168.0);
        drop.assertFigures(PLANNED_OVERLAPPING_PATROL_HOURS, GUM, 1.0, null, null);
        drop.assertFigures(PLANNED_UNCOVERED_HOURS, HNL, 166.0, 166.0, 168.0);
        drop.assertFigures(PLANNED_UNCOVERED_HOURS, HRO, 167.0, 167.0, 167.0);
        drop.assertFigures(PLANNED_UNCOVERED_HOURS, STL, 167.0, 167.0, 167.0);
        drop.assertFigures(PLANNED_UNCOVERED_HOURS, NATIONAL, 817.0, 817.0, 837.0);
        drop.assertFigures(PLANNED_OVERLAPPING_PATROL_HOURS, NATIONAL, 3.0, null, null);
        // no roster in this drop: nothing to divide by
        drop.assertFigures(ACTIVE_PARTNER_SHARE, NYC, null, 0.0, 0.0);
        drop.assertFigures(ACTIVE_PARTNER_SHARE, NATIONAL, null, 0.0, 0.0);
    }

    @Test
    void aFutureWeekOfPostedPlansHasPlanningFiguresAndNothingExecuted() {
        MetricValues drop = iocs(new MetricValues());
        drop.operations.addAll(List.of(
                planned("F1", NYC, "USCG", "HARBOR_PATROL", "PLANNED", "2026-11-24T12:00:00Z", "2026-11-24T20:00:00Z"),
                planned("F2", NYC, "CBP", "HARBOR_PATROL", "PLANNED", "2026-11-24T16:00:00Z", "2026-11-24T22:00:00Z")));
        drop.participants.add(row(Source.PARTICIPANTS, IOC_ID, NYC, AGENCY_ID, "USCG"));
        drop.compute("2026-W48");

        drop.assertFigures(PLANNED_UNCOVERED_HOURS, NYC, 158.0, 158.0, 168.0);
        drop.assertFigures(PLANNED_OVERLAPPING_PATROL_HOURS, NYC, 4.0, null, null);
        drop.assertFigures(UNCOVERED_PATROL_HOURS, NYC, 168.0, 168.0, 168.0);
        drop.assertFigures(REPEAT_BOARDINGS, NYC, 0.0, 0.0, 0.0);
        drop.assertFigures(DUPLICATE_BOARDINGS, NYC, 0.0, 0.0, 0.0);
        drop.assertFigures(JOINT_OPERATION_SHARE, NYC, null, 0.0, 0.0);
        drop.assertFigures(CANCELLED_OPERATIONS, NYC, 0.0, 0.0, 2.0);
        // a partner with only planned work is not active yet
        drop.assertFigures(ACTIVE_PARTNER_SHARE, NYC, 0.0, 0.0, 1.0);
    }

    @Test
    void repeatBoardingsLookBack720HoursAcrossPortsAndActivePartnersNeedWorkInTheirOwnIoc() {
        MetricValues drop = iocs(new MetricValues());
        // 9074729: boarded at Norfolk in January, then New York exactly 720 h later: a repeat
        boardedCall(drop, "R1", "USORF", HRO, "2026-01-30T12:00:00Z", "9074729");
        boardedCall(drop, "R2", "USNYC", NYC, "2026-03-01T12:00:00Z", "9074729");
        // 9176187: one second more than 720 h: not a repeat
        boardedCall(drop, "S1", "USNYC", NYC, "2026-02-01T00:00:00Z", "9176187");
        boardedCall(drop, "S2", "USNYC", NYC, "2026-03-03T00:00:01Z", "9176187");
        // 9300012: two calls at the same instant repeat neither; the third call two days later does
        boardedCall(drop, "T1", "USNYC", NYC, "2026-03-10T00:00:00Z", "9300012");
        boardedCall(drop, "T2", "USORF", HRO, "2026-03-10T00:00:00Z", "9300012");
        boardedCall(drop, "T3", "USORF", HRO, "2026-03-12T00:00:00Z", "9300012");
        // 9321483: the first call's boarding stayed a plan, so only the third is a repeat
        call(drop, "U1", "USNYC", "2026-03-05T00:00:00Z", "9321483");
        drop.operations.add(operation("OU1", NYC, "USCG", "SECURITY_BOARDING", "PLANNED", "2026-03-05T02:00:00Z",
                "2026-03-05T04:00:00Z", ARRIVAL_ID, "U1"));
        boardedCall(drop, "U2", "USNYC", NYC, "2026-03-15T00:00:00Z", "9321483");
        boardedCall(drop, "U3", "USNYC", NYC, "2026-03-20T00:00:00Z", "9321483");
        // no IMO number: no vessel to follow, not in the denominator
        boardedCall(drop, "W1", "USNYC", NYC, "2026-03-06T00:00:00Z", null);
        boardedCall(drop, "W2", "USNYC", NYC, "2026-03-07T00:00:00Z", null);

        // rosters: New York 4 entries (USCG listed twice), Norfolk 2, Guam none
        for (String[] entry : List.of(new String[] {NYC, "USCG"}, new String[] {NYC, "USCG"}, new String[] {NYC, "CBP"},
                new String[] {NYC, "NYPD-HARBOR"}, new String[] {NYC, "NJSP-MARINE"}, new String[] {HRO, "USCG"},
                new String[] {HRO, "VA-MARINE"})) {
            drop.participants.add(row(Source.PARTICIPANTS, IOC_ID, entry[0], AGENCY_ID, entry[1]));
        }
        // CBP screened a March arrival of New York in February: active in March
        drop.screenings.add(screening("SC1", "R2", "CBP", "2026-02-28T00:00:00Z", "LOW", "MONITOR", true));
        // only planned in New York; executed, but in Norfolk; executed in New York without being enrolled
        drop.operations.addAll(List.of(
                operation("N1", NYC, "NYPD-HARBOR", "HARBOR_PATROL", "PLANNED", "2026-03-11T00:00:00Z", "2026-03-11T04:00:00Z"),
                operation("N2", HRO, "NJSP-MARINE", "HARBOR_PATROL", "EXECUTED", "2026-03-11T00:00:00Z", "2026-03-11T04:00:00Z"),
                operation("N3", NYC, "HSI", "HARBOR_PATROL", "EXECUTED", "2026-03-12T00:00:00Z", "2026-03-12T04:00:00Z")));
        drop.compute("2026-03");

        drop.assertFigures(REPEAT_BOARDINGS, NYC, 2.0, 2.0, 5.0);
        drop.assertFigures(REPEAT_BOARDINGS, HRO, 1.0, 1.0, 2.0);
        drop.assertFigures(REPEAT_BOARDINGS, NATIONAL, 3.0, 3.0, 7.0);
        // New York: USCG (boardings) and CBP (screening) of USCG, CBP, NYPD-HARBOR, NJSP-MARINE
        drop.assertFigures(ACTIVE_PARTNER_SHARE, NYC, 0.5, 2.0, 4.0);
        drop.assertFigures(ACTIVE_PARTNER_SHARE, HRO, 0.5, 1.0, 2.0);
        drop.assertFigures(ACTIVE_PARTNER_SHARE, GUM, null, 0.0, 0.0);
        drop.assertFigures(ACTIVE_PARTNER_SHARE, NATIONAL, 0.5, 3.0, 6.0);
    }

    private static void call(MetricValues drop, String id, String port, String at, String imo) {
        drop.arrivals.add(row(Source.ARRIVALS, ARRIVAL_ID, id, PORT_CODE, port, IMO_NUMBER, imo, VESSEL_NAME, "V " + id,
                VESSEL_TYPE, "CARGO", ARRIVED_AT, at, UPDATED_AT, "2026-06-01T00:00:00Z"));
    }

    /** An arrival with a USCG boarding executed an hour after it. */
    private static void boardedCall(MetricValues drop, String id, String port, String ioc, String at, String imo) {
        call(drop, id, port, at, imo);
        java.time.Instant arrived = java.time.Instant.parse(at);
        drop.operations.add(operation("B" + id, ioc, "USCG", "SECURITY_BOARDING", "EXECUTED",
                arrived.plusSeconds(3600).toString(), arrived.plusSeconds(7200).toString(), ARRIVAL_ID, id));
    }
}
