package org.iocmetrics.gold;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.gold.GoldColumns.*;
import static org.iocmetrics.testing.SilverRows.frame;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
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
        List<String> intervals = PatrolIntervals.of(OperationFacts.of(frame(Source.OPERATIONS,
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
                patrol("P19", "IOC-B", "CBP", "HARBOR_PATROL", "Z1", "10:00", "11:00"))))
                .orderBy(INTERVAL_KIND, IOC_ID, OPERATION_TYPE, AREA_CODE, START_AT)
                .collectAsList().stream()
                .map(row -> String.join(" ", row.getString(1), row.getString(0), String.valueOf(row.getString(2)),
                        String.valueOf(row.getString(3)), row.getTimestamp(4).toInstant() + "/" + row.getTimestamp(5).toInstant()))
                .toList();

        assertEquals(List.of(
                "COVERED IOC-A null null " + span("10:00", "15:30"),
                "COVERED IOC-A null null " + span("16:00", "19:00"),
                "COVERED IOC-B null null " + span("10:00", "11:00"),
                "OVERLAP IOC-A HARBOR_PATROL null " + span("10:30", "11:00"),
                "OVERLAP IOC-A HARBOR_PATROL Z1 " + span("10:30", "11:45"),
                "OVERLAP IOC-A HARBOR_PATROL Z1 " + span("16:00", "18:00"),
                "OVERLAP IOC-B HARBOR_PATROL Z1 " + span("10:00", "11:00")), intervals);
    }

    private static String span(String from, String to) {
        return Instant.parse(DAY + from + ":00Z") + "/" + Instant.parse(DAY + to + ":00Z");
    }
}
