package org.iocmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RowValidationTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of(Source.ARRIVALS, Columns.VESSEL_NAME, "", ReasonCode.MISSING_REQUIRED),
                Arguments.of(Source.ARRIVALS, Columns.UPDATED_AT, "  ", ReasonCode.MISSING_REQUIRED),
                Arguments.of(Source.OPERATIONS, Columns.ACTUAL_END, "", ReasonCode.MISSING_REQUIRED),
                Arguments.of(Source.ARRIVALS, Columns.ARRIVED_AT, "2026-05-04T07:30:00", ReasonCode.BAD_TIMESTAMP),
                Arguments.of(Source.SCREENINGS, Columns.SCREENED_AT, "05/01/2026 14:00Z", ReasonCode.BAD_TIMESTAMP),
                Arguments.of(Source.ARRIVALS, Columns.GROSS_TONNAGE, "-5", ReasonCode.BAD_NUMBER),
                Arguments.of(Source.ARRIVALS, Columns.GROSS_TONNAGE, "12t", ReasonCode.BAD_NUMBER),
                Arguments.of(Source.ARRIVALS, Columns.MMSI, "36678049", ReasonCode.BAD_NUMBER),
                Arguments.of(Source.OPERATIONS, Columns.PERSONNEL_HOURS, "-1.5", ReasonCode.BAD_NUMBER),
                Arguments.of(Source.PORTS, Columns.LATITUDE, "north", ReasonCode.BAD_NUMBER),
                Arguments.of(Source.ARRIVALS, Columns.VESSEL_TYPE, "SUBMARINE", ReasonCode.BAD_ENUM),
                Arguments.of(Source.AGENCIES, Columns.LEVEL, "CITY", ReasonCode.BAD_ENUM),
                Arguments.of(Source.ARRIVALS, Columns.IMO_NUMBER, "9071429", ReasonCode.BAD_IMO),
                Arguments.of(Source.ARRIVALS, Columns.IMO_NUMBER, "907142", ReasonCode.BAD_IMO),
                Arguments.of(Source.SCREENINGS, Columns.SHARED_WITH_IOC, "yes", ReasonCode.BAD_BOOLEAN),
                Arguments.of(Source.IOCS, Columns.TIME_ZONE, "Mars/Olympus_Mons", ReasonCode.BAD_TIME_ZONE),
                Arguments.of(Source.ARRIVALS, Columns.DEPARTED_AT, "2026-05-04T11:29:59Z", ReasonCode.BAD_INTERVAL),
                Arguments.of(Source.OPERATIONS, Columns.PLANNED_END, "2026-05-04T12:00:00Z", ReasonCode.BAD_INTERVAL),
                Arguments.of(Source.OPERATIONS, Columns.ACTUAL_END, "2026-05-04T07:00:00-05:00", ReasonCode.BAD_INTERVAL),
                Arguments.of(Source.ARRIVALS, Columns.PORT_CODE, "XXNOP", ReasonCode.UNKNOWN_PORT),
                Arguments.of(Source.PORTS, Columns.IOC_ID, "IOC-NOPE", ReasonCode.UNKNOWN_IOC),
                Arguments.of(Source.OPERATIONS, Columns.IOC_ID, "IOC-NOPE", ReasonCode.UNKNOWN_IOC),
                Arguments.of(Source.SCREENINGS, Columns.AGENCY_ID, "FBI", ReasonCode.UNKNOWN_AGENCY),
                Arguments.of(Source.OPERATIONS, Columns.AGENCY_ID, "FBI", ReasonCode.UNKNOWN_AGENCY),
                Arguments.of(Source.SCREENINGS, Columns.ARRIVAL_ID, "A-404", ReasonCode.ORPHAN_ARRIVAL),
                Arguments.of(Source.OPERATIONS, Columns.ARRIVAL_ID, "A-404", ReasonCode.ORPHAN_ARRIVAL));
    }

    @ParameterizedTest(name = "{0}.{1} = \"{2}\" -> {3}")
    @MethodSource("brokenRules")
    void aRowBreakingOneRuleGetsExactlyThatReason(Source source, String column, String value, ReasonCode reason) {
        assertEquals(List.of(reason.name()), reasonsOf(source, TestRows.row(source, column, value)));
    }

    @Test
    void validRowsOfEverySourceHaveNoReason() {
        for (Source source : Source.values()) {
            assertEquals(List.of(), reasonsOf(source, TestRows.row(source)), source.name());
        }
    }

    @Test
    void aRowGetsAllItsReasons() {
        Map<String, String> row = TestRows.row(Source.ARRIVALS,
                Columns.VESSEL_TYPE, "SUBMARINE", Columns.ARRIVED_AT, "yesterday", Columns.PORT_CODE, "XXNOP");
        assertEquals(List.of("BAD_TIMESTAMP", "BAD_ENUM", "UNKNOWN_PORT").stream().sorted().toList(),
                reasonsOf(Source.ARRIVALS, row).stream().sorted().toList());
    }

    @Test
    void plannedAndCancelledOperationsNeedNoActualTimesAndNullArrivalIsFine() {
        Map<String, String> planned = TestRows.row(Source.OPERATIONS, Columns.STATUS, "PLANNED",
                Columns.ACTUAL_START, "", Columns.ACTUAL_END, "", Columns.ARRIVAL_ID, "");
        assertEquals(List.of(), reasonsOf(Source.OPERATIONS, planned));
    }

    @Test
    void valuesAreTypedTrimmedAndOffsetsBecomeUtcInstants() {
        Map<String, String> row = TestRows.row(Source.ARRIVALS, Columns.CERTAIN_DANGEROUS_CARGO, " TRUE ",
                Columns.HIGH_CAPACITY_PASSENGER, "False", Columns.VESSEL_TYPE, " TANKER ",
                Columns.ARRIVED_AT, "2026-05-04T07:30:00-04:00", Columns.DEPARTED_AT, "2026-05-05T22:00:00.5Z",
                Columns.FLAG_STATE, "");
        Row typed = RowValidation.validate(TestRows.raw(Source.ARRIVALS, row), Source.ARRIVALS, TestRows.knownKeys())
                .first();
        assertEquals(Timestamp.from(Instant.parse("2026-05-04T11:30:00Z")), (Timestamp) typed.getAs(Columns.ARRIVED_AT));
        assertEquals(Timestamp.from(Instant.parse("2026-05-05T22:00:00.500Z")), (Timestamp) typed.getAs(Columns.DEPARTED_AT));
        assertEquals(Boolean.TRUE, typed.getAs(Columns.CERTAIN_DANGEROUS_CARGO));
        assertEquals(Boolean.FALSE, typed.getAs(Columns.HIGH_CAPACITY_PASSENGER));
        assertEquals("TANKER", (String) typed.getAs(Columns.VESSEL_TYPE));
        assertEquals(25000L, (Long) typed.getAs(Columns.GROSS_TONNAGE));
        assertEquals(null, (Object) typed.getAs(Columns.FLAG_STATE));
    }

    private static List<String> reasonsOf(Source source, Map<String, String> row) {
        Row validated = RowValidation.validate(TestRows.raw(source, row), source, TestRows.knownKeys()).first();
        return validated.getList(validated.fieldIndex(RowValidation.REASONS));
    }
}
