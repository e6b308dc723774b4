package org.iocmetrics.contract;

/**
 * Column names of the input contract, of the silver tables (same names, typed) and the lineage
 * columns every bronze/silver/quarantine row carries. Every job refers to columns through these.
 */
public final class Columns {
    private Columns() {}

    // reference: iocs
    public static final String IOC_ID = "ioc_id";
    public static final String COTP_ZONE = "cotp_zone";
    public static final String NAME = "name";
    public static final String DISTRICT = "district";
    public static final String TIME_ZONE = "time_zone";
    // reference: agencies
    public static final String AGENCY_ID = "agency_id";
    public static final String LEVEL = "level";
    // reference: ports
    public static final String PORT_CODE = "port_code";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    // arrivals
    public static final String ARRIVAL_ID = "arrival_id";
    public static final String IMO_NUMBER = "imo_number";
    public static final String MMSI = "mmsi";
    public static final String VESSEL_NAME = "vessel_name";
    public static final String FLAG_STATE = "flag_state";
    public static final String VESSEL_TYPE = "vessel_type";
    public static final String GROSS_TONNAGE = "gross_tonnage";
    public static final String NOA_RECEIVED_AT = "noa_received_at";
    public static final String ARRIVED_AT = "arrived_at";
    public static final String DEPARTED_AT = "departed_at";
    public static final String LAST_PORT_CODE = "last_port_code";
    public static final String CERTAIN_DANGEROUS_CARGO = "certain_dangerous_cargo";
    public static final String HIGH_CAPACITY_PASSENGER = "high_capacity_passenger";
    public static final String UPDATED_AT = "updated_at";
    // screenings
    public static final String SCREENING_ID = "screening_id";
    public static final String SCREENED_AT = "screened_at";
    public static final String RISK_LEVEL = "risk_level";
    public static final String DECISION = "decision";
    public static final String SHARED_WITH_IOC = "shared_with_ioc";
    // operations
    public static final String OPERATION_ID = "operation_id";
    public static final String OPERATION_TYPE = "operation_type";
    public static final String AREA_CODE = "area_code";
    public static final String STATUS = "status";
    public static final String PLANNED_START = "planned_start";
    public static final String PLANNED_END = "planned_end";
    public static final String ACTUAL_START = "actual_start";
    public static final String ACTUAL_END = "actual_end";
    public static final String JOINT_OPERATION_ID = "joint_operation_id";
    public static final String POSTED_TO_IOC_SCHEDULE = "posted_to_ioc_schedule";
    public static final String PERSONNEL_HOURS = "personnel_hours";
    public static final String FINDINGS_COUNT = "findings_count";

    // lineage, on every bronze, silver and quarantine row
    public static final String BATCH_ID = "_batch_id";
    public static final String SOURCE_FILE = "_source_file";
    public static final String ROW_NUMBER = "_row_number";
    public static final String INGESTED_AT = "_ingested_at";
}
