package org.iocmetrics.contract;

import java.util.List;

/** Allowed values of the contract's enum columns, and the groupings the metrics catalogue uses. */
public final class Enums {
    private Enums() {}

    public static final List<String> AGENCY_LEVELS =
            List.of("FEDERAL", "STATE", "LOCAL", "TRIBAL", "TERRITORIAL", "INTERNATIONAL", "PRIVATE");
    public static final List<String> VESSEL_TYPES = List.of(
            "CARGO", "TANKER", "PASSENGER", "FISHING", "TUG_TOW", "RECREATIONAL", "GOVERNMENT", "OTHER");
    public static final List<String> RISK_LEVELS = List.of("HIGH", "MEDIUM", "LOW");
    public static final List<String> DECISIONS = List.of("BOARD", "EXAMINE", "MONITOR", "NO_ACTION");
    public static final List<String> OPERATION_TYPES = List.of(
            "SECURITY_BOARDING", "CARGO_EXAM", "VESSEL_ESCORT", "HARBOR_PATROL", "SHORESIDE_PATROL",
            "AERIAL_PATROL", "FACILITY_INSPECTION");
    public static final List<String> OPERATION_STATUSES = List.of("PLANNED", "EXECUTED", "CANCELLED");

    public static final String EXECUTED = "EXECUTED";
    public static final String CANCELLED = "CANCELLED";
    /** The plan: operations still meant to happen or that happened (a cancelled one left the plan). */
    public static final List<String> PLAN_STATUSES = List.of("PLANNED", "EXECUTED");
    public static final String RISK_HIGH = "HIGH";
    /** Decisions that make an arrival "targeted". */
    public static final List<String> TARGETING_DECISIONS = List.of("BOARD", "EXAMINE");
    /** Boarding-type operations. */
    public static final List<String> BOARDING_TYPES = List.of("SECURITY_BOARDING", "CARGO_EXAM");
    /** Patrol-type operations. */
    public static final List<String> PATROL_TYPES = List.of("HARBOR_PATROL", "SHORESIDE_PATROL", "AERIAL_PATROL");
}
