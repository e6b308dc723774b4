package org.iocmetrics.contract;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.contract.Field.optional;
import static org.iocmetrics.contract.Field.required;
import static org.iocmetrics.contract.Field.requiredEnum;
import static org.iocmetrics.contract.FieldType.*;

import java.util.List;
import java.util.Optional;

/**
 * The sources of an input drop, as the data contract defines them, in dependency order: where their
 * files lie in the drop, how a delivery replaces what the lake holds, their key and every column with
 * its type and whether it is required.
 */
public enum Source {
    IOCS("reference/iocs.csv", Kind.REFERENCE, List.of(IOC_ID), List.of(
            required(IOC_ID, STRING),
            required(COTP_ZONE, STRING),
            required(NAME, STRING),
            optional(DISTRICT, STRING),
            required(TIME_ZONE, ZONE_ID))),
    AGENCIES("reference/agencies.csv", Kind.REFERENCE, List.of(AGENCY_ID), List.of(
            required(AGENCY_ID, STRING),
            required(NAME, STRING),
            requiredEnum(LEVEL, Enums.AGENCY_LEVELS))),
    PORTS("reference/ports.csv", Kind.REFERENCE, List.of(PORT_CODE), List.of(
            required(PORT_CODE, STRING),
            required(NAME, STRING),
            required(IOC_ID, STRING),
            optional(LATITUDE, DECIMAL),
            optional(LONGITUDE, DECIMAL))),
    /** The IOCs' rosters of enrolled partner agencies (v2); a drop may leave it out. */
    PARTICIPANTS("reference/participants.csv", Kind.ROSTER, List.of(IOC_ID, AGENCY_ID), List.of(
            required(IOC_ID, STRING),
            required(AGENCY_ID, STRING))),
    ARRIVALS("arrivals", Kind.EVENTS, List.of(ARRIVAL_ID), List.of(
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
    SCREENINGS("screenings", Kind.EVENTS, List.of(SCREENING_ID), List.of(
            required(SCREENING_ID, STRING),
            required(ARRIVAL_ID, STRING),
            required(AGENCY_ID, STRING),
            required(SCREENED_AT, TIMESTAMP),
            requiredEnum(RISK_LEVEL, Enums.RISK_LEVELS),
            requiredEnum(DECISION, Enums.DECISIONS),
            required(SHARED_WITH_IOC, BOOLEAN),
            required(UPDATED_AT, TIMESTAMP))),
    OPERATIONS("operations", Kind.EVENTS, List.of(OPERATION_ID), List.of(
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

    /** How a source is delivered and how a delivery replaces what silver holds. */
    public enum Kind {
        /** One file in every drop; a row replaces silver's row with the same key, other rows stay. */
        REFERENCE,
        /** One file a drop may leave out; the newest drop that carries it replaces the whole table. */
        ROSTER,
        /** A folder of files; rows are versioned by updated_at and the newest version of a key wins. */
        EVENTS
    }

    private final String location;
    private final Kind kind;
    private final List<String> key;
    private final List<Field> fields;

    Source(String location, Kind kind, List<String> key, List<Field> fields) {
        this.location = location;
        this.kind = kind;
        this.key = key;
        this.fields = fields;
    }

    /** Path inside the drop: a single file for reference tables and rosters, a folder of files for events. */
    public String location() {
        return location;
    }

    public Kind kind() {
        return kind;
    }

    /** The columns that identify a row (one version of it, for events, together with updated_at). */
    public List<String> key() {
        return key;
    }

    /** The single id column that other sources refer to; a source with a composite key has none. */
    public String idColumn() {
        if (key.size() != 1) {
            throw new IllegalStateException(this + " has a composite key " + key);
        }
        return key.get(0);
    }

    public boolean isEvent() {
        return kind == Kind.EVENTS;
    }

    /** Whether a drop may leave the source out (the lake then keeps what it holds). */
    public boolean isOptional() {
        return kind == Kind.ROSTER;
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
