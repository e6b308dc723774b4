package org.iocmetrics.gold;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.testing.SilverRows.at;
import static org.iocmetrics.testing.SilverRows.frame;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;

class OperationFactsTest {

    @Test
    void derivesEventTimeEffortKeyAndFlags() {
        Dataset<Row> facts = OperationFacts.of(frame(Source.OPERATIONS,
                operation("O1", "IOC-A", "USCG", "SECURITY_BOARDING", "EXECUTED", "2026-02-01T10:00:00Z",
                        "2026-02-01T12:00:00Z", JOINT_OPERATION_ID, "J1", PERSONNEL_HOURS, 3, FINDINGS_COUNT, 1,
                        PLANNED_START, "2026-02-01T08:00:00Z"),
                operation("O2", "IOC-A", "CBP", "HARBOR_PATROL", "PLANNED", "2026-02-02T00:00:00Z",
                        "2026-02-02T04:00:00Z", POSTED_TO_IOC_SCHEDULE, false),
                operation("O3", "IOC-B", "HSI", "CARGO_EXAM", "CANCELLED", "2026-02-03T00:00:00Z",
                        "2026-02-03T01:00:00Z")));

        assertEquals(List.of(OPERATION_ID, IOC_ID, AGENCY_ID, OPERATION_TYPE, ARRIVAL_ID, AREA_CODE, STATUS,
                JOINT_OPERATION_ID, PERSONNEL_HOURS, FINDINGS_COUNT, GoldColumns.EVENT_AT, GoldColumns.EXECUTED,
                GoldColumns.CANCELLED, GoldColumns.EFFORT_KEY, GoldColumns.JOINT, GoldColumns.POSTED,
                GoldColumns.BOARDING_TYPE, GoldColumns.PATROL_TYPE, GoldColumns.IN_PLAN, ACTUAL_START, ACTUAL_END,
                PLANNED_START, PLANNED_END, GoldColumns.MONTH),
                Arrays.asList(facts.columns()));
        List<List<Object>> rows = facts.orderBy(OPERATION_ID)
                .select(GoldColumns.EVENT_AT, GoldColumns.EXECUTED, GoldColumns.CANCELLED, GoldColumns.EFFORT_KEY,
                        GoldColumns.JOINT, GoldColumns.POSTED, GoldColumns.BOARDING_TYPE, GoldColumns.PATROL_TYPE,
                        GoldColumns.IN_PLAN)
                .collectAsList().stream().map(row -> List.of(
                        row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6), row.get(7),
                        row.get(8)))
                .toList();
        assertEquals(List.of(
                List.of(at("2026-02-01T10:00:00Z"), true, false, "J1", true, true, true, false, true),
                List.of(at("2026-02-02T00:00:00Z"), false, false, "solo:CBP", false, false, false, true, true),
                List.of(at("2026-02-03T00:00:00Z"), false, true, "solo:HSI", false, true, true, false, false)), rows);
    }
}
