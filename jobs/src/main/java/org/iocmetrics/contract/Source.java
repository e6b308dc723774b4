package org.iocmetrics.contract;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.contract.Field.optional;
import static org.iocmetrics.contract.Field.required;
import static org.iocmetrics.contract.Field.requiredEnum;
import static org.iocmetrics.contract.FieldType.*;

import java.util.List;
import java.util.Optional;

/**
 * The six sources of an input drop, as the data contract defines them: where their files lie in
 * the drop, their id column and every column with its type and whether it is required.
 */
public enum Source {
    IOCS("reference/iocs.csv", IOC_ID, false, List.of(
            required(IOC_ID, STRING),
            required(COTP_ZONE, STRING),
            required(NAME, STRING),
            optional(DISTRICT, STRING),
            required(TIME_ZONE, ZONE_ID))),
    AGENCIES("reference/agencies.csv", AGENCY_ID, false, List.of(
            required(AGENCY_ID, STRING),
            required(NAME, STRING),
            requiredEnum(LEVEL, Enums.AGENCY_LEVELS))),
    PORTS("reference/ports.csv", PORT_CODE, false, List.of(
            required(PORT_CODE, STRING),
            required(NAME, STRING),
            required(IOC_ID, STRING),
            optional(LATITUDE, DECIMAL),
            optional(LONGITUDE, DECIMAL))),
    ARRIVALS("arrivals", ARRIVAL_ID, true, List.of(
            required(ARRIVAL_ID, STRING),
            required(PORT_CODE, STRING),
            optional(IMO_NUMBER, IMO),
            optional(MMSI, STRING),
            required(VESSEL_NAME, STRING),
            optional(FLAG_STATE, STRING),
            requiredEnum(VESSEL_TYPE, Enums.VESSEL_TYPES),
            optional(GROSS_TONNAGE, INTEGER),
            optional(NOA_RECEIVED_AT, TIMESTAMP),
            required(ARRIVED_AT, TIMESTAMP),
            optional(DEPARTED_AT, TIMESTAMP),
            optional(LAST_PORT_CODE, STRING),
            optional(CERTAIN_DANGEROUS_CARGO, BOOLEAN),
            optional(HIGH_CAPACITY_PASSENGER, BOOLEAN),
            required(UPDATED_AT, TIMESTAMP))),
    SCREENINGS("screenings", SCREENING_ID, true, List.of(
            required(SCREENING_ID, STRING),
            required(ARRIVAL_ID, STRING),
            required(AGENCY_ID, STRING),
            required(SCREENED_AT, TIMESTAMP),
            requiredEnum(RISK_LEVEL, Enums.RISK_LEVELS),
            requiredEnum(DECISION, Enums.DECISIONS),
            required(SHARED_WITH_IOC, BOOLEAN),
            required(UPDATED_AT, TIMESTAMP))),
    OPERATIONS("operations", OPERATION_ID, true, List.of(
            required(OPERATION_ID, STRING),
            required(IOC_ID, STRING),
            required(AGENCY_ID, STRING),
            requiredEnum(OPERATION_TYPE, Enums.OPERATION_TYPES),
            optional(ARRIVAL_ID, STRING),
            optional(AREA_CODE, STRING),
            requiredEnum(STATUS, Enums.OPERATION_STATUSES),
            required(PLANNED_START, TIMESTAMP),
            required(PLANNED_END, TIMESTAMP),
            // required when EXECUTED: a row-level rule, checked in silver validation
            optional(ACTUAL_START, TIMESTAMP),
            optional(ACTUAL_END, TIMESTAMP),
            optional(JOINT_OPERATION_ID, STRING),
            required(POSTED_TO_IOC_SCHEDULE, BOOLEAN),
            optional(PERSONNEL_HOURS, DECIMAL),
            optional(FINDINGS_COUNT, INTEGER),
            required(UPDATED_AT, TIMESTAMP)));

    private final String location;
    private final String idColumn;
    private final boolean event;
    private final List<Field> fields;

    Source(String location, String idColumn, boolean event, List<Field> fields) {
        this.location = location;
        this.idColumn = idColumn;
        this.event = event;
        this.fields = fields;
    }

    /** Path inside the drop: a single file for reference tables, a folder of files for events. */
    public String location() {
        return location;
    }

    public String idColumn() {
        return idColumn;
    }

    /** Event tables are versioned by updated_at; reference tables are replaced whole. */
    public boolean isEvent() {
        return event;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> columnNames() {
        return fields.stream().map(Field::name).toList();
    }

    public List<String> requiredColumnNames() {
        return fields.stream().filter(Field::required).map(Field::name).toList();
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Lower-case name, used for lake table names and log lines. */
    public String tableName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
