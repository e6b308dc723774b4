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
import org.junit.jupiter.params.provider.ValueSource;

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
                Arguments.of(Source.PARTICIPANTS, Columns.IOC_ID, "IOC-NOPE", ReasonCode.UNKNOWN_IOC),
                Arguments.of(Source.PARTICIPANTS, Columns.AGENCY_ID, "FBI", ReasonCode.UNKNOWN_AGENCY),
                Arguments.of(Source.PARTICIPANTS, Columns.AGENCY_ID, "", ReasonCode.MISSING_REQUIRED),
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

    static Stream<Arguments> timestampForms() {
        return Stream.of(
                Arguments.of("2026-04-01T00:00Z", "2026-04-01T00:00:00Z"),
                Arguments.of("2026-04-01T09:05:07Z", "2026-04-01T09:05:07Z"),
                Arguments.of("2026-04-01T09:05:07.1Z", "2026-04-01T09:05:07.100Z"),
                Arguments.of("2026-04-01T09:05:07.12Z", "2026-04-01T09:05:07.120Z"),
                Arguments.of("2026-04-01T09:05:07.123456Z", "2026-04-01T09:05:07.123456Z"),
                // the timestamp type holds microseconds: further digits are cut, never rounded up
                Arguments.of("2026-04-01T09:05:07.123456789Z", "2026-04-01T09:05:07.123456Z"),
                Arguments.of("2026-04-01T23:59:59.9999999Z", "2026-04-01T23:59:59.999999Z"),
                Arguments.of("2026-04-01T09:05:07z", "2026-04-01T09:05:07Z"),
                Arguments.of("2026-04-01t09:05z", "2026-04-01T09:05:00Z"),
                Arguments.of("2026-04-01 09:05:07Z", "2026-04-01T09:05:07Z"),
                Arguments.of("2026-04-01 09:05Z", "2026-04-01T09:05:00Z"),
                Arguments.of("2026-03-01T09:05:00.123-05:00", "2026-03-01T14:05:00.123Z"),
                Arguments.of("2026-03-01T09:05-05:00", "2026-03-01T14:05:00Z"),
                Arguments.of("2026-03-01T14:05:00+0500", "2026-03-01T09:05:00Z"),
                Arguments.of("2026-03-01T14:05+0530", "2026-03-01T08:35:00Z"),
                Arguments.of("2026-03-01 14:05:00.5-0330", "2026-03-01T17:35:00.500Z"),
                Arguments.of("2026-03-01T00:30:00+14:00", "2026-02-28T10:30:00Z"),
                Arguments.of("2026-12-31T23:59:59.999999-12:00", "2027-01-01T11:59:59.999999Z"),
                Arguments.of("2026-04-01T00:00:00-00:00", "2026-04-01T00:00:00Z"),
                Arguments.of("2024-02-29T12:00Z", "2024-02-29T12:00:00Z"),
                Arguments.of(" 2026-04-01T00:00Z ", "2026-04-01T00:00:00Z"));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("timestampForms")
    void everyIsoFormWithAnOffsetIsReadAsItsInstant(String text, String instant) {
        Row typed = typedTimestamp(text);
        assertEquals(List.of(), typed.getList(typed.fieldIndex(RowValidation.REASONS)));
        assertEquals(Instant.parse(instant), typed.<Timestamp>getAs(Columns.NOA_RECEIVED_AT).toInstant());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2026-04-01T09:05:07", "2026-04-01T09:05", "2026-04-01 09:05:07", "2026-04-01",
            "2026-04-01Z", "2026-02-30T09:05Z", "2025-02-29T09:05:07Z", "2026-04-01T24:00:00Z", "2026-04-01T09:60Z",
            "2026-04-01T09:05:60Z", "2026-04-01T09:05:07+19:00", "2026-04-01T09:05:07+05:60",
            "2026-04-01T09:05:07+05", "2026-04-01T09:05:07UTC", "2026-04-01T09:05:07 Z", "2026-04-01T09:05:07.Z",
            "2026-04-01T09:05:07.1234567890Z", "2026-4-1T09:05Z", "2026-04-01T9:05Z", "2026-04-01T09:05:07ZZ",
            "2026-04-01X09:05Z", "+2026-04-01T09:05Z"})
    void aTimestampWithoutAnOffsetOrOfAnImpossibleInstantIsBad(String text) {
        Row typed = typedTimestamp(text);
        assertEquals(List.of(ReasonCode.BAD_TIMESTAMP.name()), typed.getList(typed.fieldIndex(RowValidation.REASONS)));
    }

    /** Per-column typing alone: an optional timestamp no rule across columns or tables reads. */
    private static Row typedTimestamp(String text) {
        return RowValidation.typeAndCheckFields(TestRows.raw(Source.ARRIVALS,
                TestRows.row(Source.ARRIVALS, Columns.NOA_RECEIVED_AT, text)), Source.ARRIVALS).first();
    }

    private static List<String> reasonsOf(Source source, Map<String, String> row) {
        Row validated = RowValidation.validate(TestRows.raw(source, row), source, TestRows.knownKeys()).first();
        return validated.getList(validated.fieldIndex(RowValidation.REASONS));
    }
}
