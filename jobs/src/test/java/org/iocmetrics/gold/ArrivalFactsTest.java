package org.iocmetrics.gold;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.gold.GoldColumns.*;
import static org.iocmetrics.testing.SilverRows.arrival;
import static org.iocmetrics.testing.SilverRows.at;
import static org.iocmetrics.testing.SilverRows.frame;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.iocmetrics.testing.SilverRows.port;
import static org.iocmetrics.testing.SilverRows.screening;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;

class ArrivalFactsTest {
    private static final String[] FACTS = {IOC_ID, SCREENING_COUNT, UNSHARED_SCREENING_COUNT, FIRST_SCREENED_AT,
            SCREENED_BY_ARRIVAL, LEAD_HOURS, HIGH_RISK, TARGETED, BOARDED, BOARDING_EFFORT_COUNT, DUPLICATED,
            DUPLICATE_HOURS, HIT, BOARDING_AGENCIES, BOARDING_HOURS, SCREENING_AGENCIES};

    @Test
    void factsOfScreeningsAndBoardingEfforts() {
        Dataset<Row> facts = ArrivalFacts.of(
                frame(Source.ARRIVALS,
                        arrival("A1", "P1", "2026-02-10T12:00:00Z"),
                        arrival("A2", "P1", "2026-02-11T00:00:00Z"),
                        arrival("A3", "P2", "2026-02-12T00:00:00Z"),
                        arrival("A4", "P9", "2026-02-12T00:00:00Z")),
                frame(Source.PORTS, port("P1", "IOC-A"), port("P2", "IOC-B")),
                frame(Source.SCREENINGS,
                        screening("S1", "A1", "CBP", "2026-02-10T14:00:00Z", "HIGH", "BOARD", false),
                        screening("S2", "A1", "USCG", "2026-02-09T12:00:00Z", "LOW", "MONITOR", true),
                        // screened only after arrival: not screened by arrival, negative lead
                        screening("S3", "A2", "USCG", "2026-02-11T06:00:00Z", "MEDIUM", "EXAMINE", true)),
                OperationFacts.of(frame(Source.OPERATIONS,
                        // A1: solo:CBP and solo:USCG both start at 13:00 (tie: solo:CBP is first), J9 later
                        operation("B1", "IOC-A", "USCG", "SECURITY_BOARDING", "EXECUTED", "2026-02-10T13:00:00Z",
                                "2026-02-10T15:00:00Z", ARRIVAL_ID, "A1", PERSONNEL_HOURS, 4, FINDINGS_COUNT, 0),
                        operation("B2", "IOC-A", "CBP", "CARGO_EXAM", "EXECUTED", "2026-02-10T13:00:00Z",
                                "2026-02-10T16:00:00Z", ARRIVAL_ID, "A1", PERSONNEL_HOURS, 5, FINDINGS_COUNT, 2),
                        operation("B3", "IOC-A", "USCG", "CARGO_EXAM", "EXECUTED", "2026-02-10T20:00:00Z",
                                "2026-02-10T21:00:00Z", ARRIVAL_ID, "A1", PERSONNEL_HOURS, 1.5),
                        operation("B4", "IOC-A", "HSI", "SECURITY_BOARDING", "EXECUTED", "2026-02-10T15:00:00Z",
                                "2026-02-10T16:00:00Z", ARRIVAL_ID, "A1", JOINT_OPERATION_ID, "J9", PERSONNEL_HOURS, 2),
                        operation("B5", "IOC-A", "PORT-PD", "SECURITY_BOARDING", "EXECUTED", "2026-02-10T16:00:00Z",
                                "2026-02-10T17:00:00Z", ARRIVAL_ID, "A1", JOINT_OPERATION_ID, "J9"),
                        // not boardings of A1: planned, or not boarding-type
                        operation("B6", "IOC-A", "GPA", "SECURITY_BOARDING", "PLANNED", "2026-02-10T01:00:00Z",
                                "2026-02-10T02:00:00Z", ARRIVAL_ID, "A1", PERSONNEL_HOURS, 9),
                        operation("B7", "IOC-A", "GPA", "VESSEL_ESCORT", "EXECUTED", "2026-02-10T01:00:00Z",
                                "2026-02-10T02:00:00Z", ARRIVAL_ID, "A1", PERSONNEL_HOURS, 9),
                        // A2: one joint operation of two agencies is one effort
                        operation("C1", "IOC-A", "USCG", "SECURITY_BOARDING", "EXECUTED", "2026-02-11T01:00:00Z",
                                "2026-02-11T02:00:00Z", ARRIVAL_ID, "A2", JOINT_OPERATION_ID, "J5", PERSONNEL_HOURS, 1),
                        operation("C2", "IOC-A", "CBP", "SECURITY_BOARDING", "EXECUTED", "2026-02-11T00:30:00Z",
                                "2026-02-11T02:00:00Z", ARRIVAL_ID, "A2", JOINT_OPERATION_ID, "J5", PERSONNEL_HOURS, 2,
                                FINDINGS_COUNT, 1),
                        // A3: the same agency boarding twice does not duplicate itself
                        operation("D1", "IOC-B", "USCG", "SECURITY_BOARDING", "EXECUTED", "2026-02-12T01:00:00Z",
                                "2026-02-12T02:00:00Z", ARRIVAL_ID, "A3", PERSONNEL_HOURS, 1),
                        operation("D2", "IOC-B", "USCG", "CARGO_EXAM", "EXECUTED", "2026-02-12T03:00:00Z",
                                "2026-02-12T04:00:00Z", ARRIVAL_ID, "A3", PERSONNEL_HOURS, 2))));

        Map<String, List<Object>> byArrival = new TreeMap<>();
        for (Row row : facts.collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (String column : FACTS) {
                Object value = row.getAs(column);
                values.add(value instanceof scala.collection.Seq<?> ? row.getList(row.fieldIndex(column)) : value);
            }
            byArrival.put(row.getAs(ARRIVAL_ID), values);
        }
        assertEquals(Arrays.asList("IOC-A", 2L, 1L, at("2026-02-09T12:00:00Z"), true, 24.0, true, true, true, 3L, true,
                7.5, true, List.of("CBP", "HSI", "PORT-PD", "USCG"), 12.5, List.of("CBP", "USCG")), byArrival.get("A1"));
        assertEquals(Arrays.asList("IOC-A", 1L, 0L, at("2026-02-11T06:00:00Z"), false, -6.0, false, true, true, 1L, false,
                0.0, true, List.of("CBP", "USCG"), 3.0, List.of("USCG")), byArrival.get("A2"));
        assertEquals(Arrays.asList("IOC-B", 0L, 0L, null, false, null, false, false, true, 1L, false,
                0.0, false, List.of("USCG"), 3.0, List.of()), byArrival.get("A3"));
        assertEquals(Arrays.asList(null, 0L, 0L, null, false, null, false, false, false, 0L, false,
                0.0, false, List.of(), 0.0, List.of()), byArrival.get("A4"));
        assertEquals(4, byArrival.size());
        assertEquals(List.of(ARRIVAL_ID, IOC_ID, PORT_CODE, VESSEL_NAME, IMO_NUMBER, VESSEL_TYPE, FLAG_STATE, ARRIVED_AT),
                Arrays.asList(facts.columns()).subList(0, 8));
    }
}
