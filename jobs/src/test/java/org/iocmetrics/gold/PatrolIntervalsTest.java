package org.iocmetrics.gold;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.gold.GoldColumns.*;
import static org.iocmetrics.testing.SilverRows.frame;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;

class PatrolIntervalsTest {
    private static final String DAY = "2026-02-01T";

    private static Row patrol(String id, String ioc, String agency, String type, String area, String from, String to,
                              Object... more) {
        List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(AREA_CODE, area));
        values.addAll(List.of(more));
        return operation(id, ioc, agency, type, "EXECUTED", DAY + from + ":00Z", DAY + to + ":00Z", values.toArray());
    }

    @Test
    void coveredUnionsPerIocAndOverlapNeedsTwoDistinctEffortsPerTypeAndArea() {
        List<String> intervals = described(PatrolIntervals.of(OperationFacts.of(frame(Source.OPERATIONS,
                // three agencies overlapping: counted once; USCG overlapping itself counts once
                patrol("P1", "IOC-A", "USCG", "HARBOR_PATROL", "Z1", "10:00", "12:00"),
                patrol("P2", "IOC-A", "CBP", "HARBOR_PATROL", "Z1", "10:30", "11:30"),
                patrol("P3", "IOC-A", "HSI", "HARBOR_PATROL", "Z1", "10:45", "11:45"),
                patrol("P4", "IOC-A", "USCG", "HARBOR_PATROL", "Z1", "11:00", "13:00"),
                // touching at 13:00 and at 14:00: half-open intervals do not overlap
                patrol("P5", "IOC-A", "MSP-MARINE", "HARBOR_PATROL", "Z1", "13:00", "14:00"),
                // one joint operation of two agencies is one effort
                patrol("P6", "IOC-A", "USCG", "HARBOR_PATROL", "Z1", "14:00", "15:00", JOINT_OPERATION_ID, "J1"),
                patrol("P7", "IOC-A", "CBP", "HARBOR_PATROL", "Z1", "14:30", "15:30", JOINT_OPERATION_ID, "J1"),
                // 2, then 3, then 2 efforts: one merged overlap 16:00-18:00
                patrol("P8", "IOC-A", "GPA", "HARBOR_PATROL", "Z1", "16:00", "18:00"),
                patrol("P9", "IOC-A", "PORT-PD", "HARBOR_PATROL", "Z1", "16:00", "17:00"),
                patrol("P10", "IOC-A", "HSI", "HARBOR_PATROL", "Z1", "16:30", "18:00"),
                // other area, other type, null area: groups of their own
                patrol("P11", "IOC-A", "CBP", "HARBOR_PATROL", "Z2", "10:00", "12:00"),
                patrol("P12", "IOC-A", "USCG", "HARBOR_PATROL", null, "10:00", "11:00"),
                patrol("P13", "IOC-A", "CBP", "HARBOR_PATROL", null, "10:30", "12:00"),
                patrol("P14", "IOC-A", "HSI", "SHORESIDE_PATROL", "Z1", "10:00", "12:00"),
                // planned patrols and other operation types are not patrol time
                operation("P15", "IOC-A", "CBP", "HARBOR_PATROL", "PLANNED", DAY + "18:00:00Z", DAY + "20:00:00Z",
                        AREA_CODE, "Z1"),
                operation("P16", "IOC-A", "USCG", "VESSEL_ESCORT", "EXECUTED", DAY + "18:00:00Z", DAY + "20:00:00Z",
                        AREA_CODE, "Z1"),
                patrol("P17", "IOC-A", "USCG", "AERIAL_PATROL", "Z1", "18:00", "19:00"),
                patrol("P18", "IOC-B", "USCG", "HARBOR_PATROL", "Z1", "10:00", "11:00"),
                patrol("P19", "IOC-B", "CBP", "HARBOR_PATROL", "Z1", "10:00", "11:00")))), KIND_COVERED, KIND_OVERLAP);

        assertEquals(List.of(
                "COVERED IOC-A null null " + span("10:00", "15:30"),
                "COVERED IOC-A null null " + span("16:00", "19:00"),
                "COVERED IOC-B null null " + span("10:00", "11:00"),
                "OVERLAP IOC-A HARBOR_PATROL null " + span("10:30", "11:00"),
                "OVERLAP IOC-A HARBOR_PATROL Z1 " + span("10:30", "11:45"),
                "OVERLAP IOC-A HARBOR_PATROL Z1 " + span("16:00", "18:00"),
                "OVERLAP IOC-B HARBOR_PATROL Z1 " + span("10:00", "11:00")), intervals);
    }

    @Test
    void plannedKindsJudgeThePlanOnPlannedTimesWithoutCancelledOperations() {
        Dataset<Row> facts = OperationFacts.of(frame(Source.OPERATIONS,
                // ran at other times than planned: planned time counts for the plan, actual time for coverage
                patrol("Q1", "IOC-A", "USCG", "HARBOR_PATROL", "Z1", "10:00", "12:00",
                        PLANNED_START, DAY + "06:00:00Z", PLANNED_END, DAY + "08:00:00Z"),
                planned("Q2", "CBP", "HARBOR_PATROL", "PLANNED", "07:00", "09:00"),
                // cancelled: no longer part of the plan
                planned("Q3", "HSI", "HARBOR_PATROL", "CANCELLED", "06:00", "09:00"),
                // the same effort as Q1 (solo:USCG) never overlaps Q1, but does overlap CBP's Q2
                planned("Q4", "USCG", "HARBOR_PATROL", "PLANNED", "08:30", "09:30"),
                planned("Q5", "GPA", "SHORESIDE_PATROL", "PLANNED", "12:00", "13:00"),
                planned("Q6", "CBP", "VESSEL_ESCORT", "PLANNED", "14:00", "15:00")));

        assertEquals(List.of(
                "COVERED IOC-A null null " + span("10:00", "12:00"),
                "PLANNED_COVERED IOC-A null null " + span("06:00", "09:30"),
                "PLANNED_COVERED IOC-A null null " + span("12:00", "13:00"),
                "PLANNED_OVERLAP IOC-A HARBOR_PATROL Z1 " + span("07:00", "08:00"),
                "PLANNED_OVERLAP IOC-A HARBOR_PATROL Z1 " + span("08:30", "09:00")),
                described(PatrolIntervals.of(facts), KIND_COVERED, KIND_OVERLAP, KIND_PLANNED_COVERED, KIND_PLANNED_OVERLAP));
    }

    private static Row planned(String id, String agency, String type, String status, String from, String to) {
        return operation(id, "IOC-A", agency, type, status, DAY + from + ":00Z", DAY + to + ":00Z", AREA_CODE, "Z1");
    }

    /** The intervals of the given kinds as "KIND IOC TYPE AREA start/end", sorted. */
    private static List<String> described(Dataset<Row> intervals, String... kinds) {
        return intervals.where(functions.col(INTERVAL_KIND).isin((Object[]) kinds))
                .orderBy(INTERVAL_KIND, IOC_ID, OPERATION_TYPE, AREA_CODE, START_AT)
                .collectAsList().stream()
                .map(row -> String.join(" ", row.getString(1), row.getString(0), String.valueOf(row.getString(2)),
                        String.valueOf(row.getString(3)), row.getTimestamp(4).toInstant() + "/" + row.getTimestamp(5).toInstant()))
                .toList();
    }

    private static String span(String from, String to) {
        return Instant.parse(DAY + from + ":00Z") + "/" + Instant.parse(DAY + to + ":00Z");
    }
}
