package org.iocmetrics.gold;

/**
 * Column names of the gold tables that are not already contract columns ({@link
 * org.iocmetrics.contract.Columns}). Gold jobs write them, the metrics job and the reports read them.
 *
 * <p>gold/arrival_facts, one row per silver arrival: arrival_id, ioc_id, port_code, vessel_name,
 * imo_number, vessel_type, flag_state, arrived_at, then the facts below, then month.
 *
 * <p>gold/operation_facts, one row per silver operation: operation_id, ioc_id, agency_id,
 * operation_type, arrival_id, area_code, status, joint_operation_id, personnel_hours,
 * findings_count, then the facts below, then actual_start, actual_end, planned_start, planned_end,
 * month.
 *
 * <p>gold/patrol_intervals: disjoint, sorted [start_at, end_at) intervals per group and UTC month,
 * computed once for all time so that any period only clips them.
 *
 * <p>gold/built_from: the silver version of each table gold reads, as of gold's last update.
 *
 * <p>gold/metric_values: one row per metric, scope, IOC and period.
 */
public final class GoldColumns {
    private GoldColumns() {}

    // arrival_facts
    public static final String SCREENING_COUNT = "screening_count";
    public static final String UNSHARED_SCREENING_COUNT = "unshared_screening_count";
    public static final String FIRST_SCREENED_AT = "first_screened_at";
    /** At least one screening with screened_at at or before arrived_at. */
    public static final String SCREENED_BY_ARRIVAL = "screened_by_arrival";
    /** arrived_at minus the earliest screened_at, in hours; null without screenings. */
    public static final String LEAD_HOURS = "lead_hours";
    public static final String HIGH_RISK = "high_risk";
    public static final String TARGETED = "targeted";
    public static final String BOARDED = "boarded";
    /** Distinct effort keys among the arrival's executed boarding-type operations. */
    public static final String BOARDING_EFFORT_COUNT = "boarding_effort_count";
    public static final String DUPLICATED = "duplicated";
    /** Personnel hours of a duplicated arrival's boardings beyond the first effort; 0 otherwise. */
    public static final String DUPLICATE_HOURS = "duplicate_hours";
    /** A linked executed boarding-type operation has findings_count > 0. */
    public static final String HIT = "hit";
    /** Sorted distinct agencies of the executed boarding-type operations. */
    public static final String BOARDING_AGENCIES = "boarding_agencies";
    /** Personnel hours of all executed boarding-type operations (null = 0). */
    public static final String BOARDING_HOURS = "boarding_hours";
    /** Sorted distinct agencies that screened the arrival. */
    public static final String SCREENING_AGENCIES = "screening_agencies";
    /**
     * A boarded arrival with an imo_number whose vessel had another boarded arrival (any port) at
     * most 720 real hours before it, strictly earlier.
     */
    public static final String REPEAT_BOARDED = "repeat_boarded";

    // operation_facts
    /** The instant that places an operation in a period: actual_start if executed, else planned_start. */
    public static final String EVENT_AT = "event_at";
    public static final String EXECUTED = "executed";
    public static final String CANCELLED = "cancelled";
    /** joint_operation_id when set, otherwise "solo:" + agency_id. */
    public static final String EFFORT_KEY = "effort_key";
    public static final String JOINT = "joint";
    public static final String POSTED = "posted";
    public static final String BOARDING_TYPE = "boarding_type";
    public static final String PATROL_TYPE = "patrol_type";
    /** Part of the plan: status PLANNED or EXECUTED, judged on [planned_start, planned_end). */
    public static final String IN_PLAN = "in_plan";

    // patrol_intervals
    /** {@link #KIND_COVERED}, {@link #KIND_OVERLAP}, {@link #KIND_PLANNED_COVERED} or {@link #KIND_PLANNED_OVERLAP}. */
    public static final String INTERVAL_KIND = "kind";
    /** Union of all executed patrol-type operations of an IOC (operation_type and area_code null). */
    public static final String KIND_COVERED = "COVERED";
    /** Times when 2+ effort keys ran the same patrol type in the same IOC and area (null area = own group). */
    public static final String KIND_OVERLAP = "OVERLAP";
    /** As COVERED, over the planned intervals of the plan's patrol-type operations. */
    public static final String KIND_PLANNED_COVERED = "PLANNED_COVERED";
    /** As OVERLAP, over the planned intervals of the plan's patrol-type operations. */
    public static final String KIND_PLANNED_OVERLAP = "PLANNED_OVERLAP";
    public static final String START_AT = "start_at";
    public static final String END_AT = "end_at";
    /**
     * The first day of the UTC month of an arrival's arrived_at, an operation's event_at or an
     * interval piece: every gold table's partition.
     */
    public static final String MONTH = "month";

    // built_from
    public static final String SILVER_TABLE = "silver_table";
    public static final String SILVER_VERSION = "silver_version";

    // metric_values
    public static final String METRIC_ID = "metric_id";
    public static final String SCOPE = "scope";
    public static final String SCOPE_IOC = "IOC";
    public static final String SCOPE_NATIONAL = "NATIONAL";
    public static final String PERIOD = "period";
    public static final String PERIOD_START = "period_start";
    public static final String PERIOD_END = "period_end";
    public static final String VALUE = "value";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String COMPUTED_AT = "computed_at";
}
