package org.iocmetrics.metrics;

/**
 * The metrics catalogue (../shared/spec/METRICS.md) in code: every metric's id, display name, group,
 * how its value relates to its numerator and denominator, and its meaning in an analyst's words.
 * Jobs, reports and the metrics documentation all read this one definition.
 */
public enum Metric {
    DUPLICATE_BOARDINGS(Group.DUPLICATION, Kind.COUNT, "Duplicate boardings",
            "Boarded arrivals that were boarded or examined under two or more distinct efforts"
                    + " (different agencies not coordinated through a joint operation).",
            "duplicated boarded arrivals", "boarded arrivals"),
    DUPLICATE_BOARDING_HOURS(Group.DUPLICATION, Kind.HOURS, "Duplicated boarding hours",
            "Personnel hours spent on boardings and exams of duplicated arrivals beyond the first effort"
                    + " (the effort with the earliest actual start; ties go to the smallest effort key).",
            null, null),
    OVERLAPPING_PATROL_HOURS(Group.DUPLICATION, Kind.HOURS, "Overlapping patrol hours",
            "Hours during which two or more distinct efforts ran an executed patrol of the same type in the"
                    + " same IOC and the same patrol area; three overlapping agencies for one hour count one hour.",
            null, null),
    UNSCREENED_ARRIVALS(Group.COVERAGE, Kind.COUNT, "Unscreened arrivals",
            "Arrivals with no screening made at or before the time of arrival.",
            "arrivals unscreened at arrival", "arrivals"),
    HIGH_RISK_NOT_BOARDED(Group.COVERAGE, Kind.COUNT, "High-risk arrivals not boarded",
            "Arrivals screened HIGH risk by any agency that had no executed boarding or cargo exam.",
            "high-risk arrivals not boarded", "arrivals with a HIGH screening"),
    TARGETED_NOT_BOARDED(Group.COVERAGE, Kind.COUNT, "Targeted arrivals not boarded",
            "Arrivals targeted for boarding or exam by any agency that had no executed boarding or cargo exam.",
            "targeted arrivals not boarded", "targeted arrivals"),
    UNCOVERED_PATROL_HOURS(Group.COVERAGE, Kind.HOURS, "Uncovered patrol hours",
            "Hours of the period, in the IOC's own time zone, when no executed patrol of any agency was active"
                    + " anywhere in the zone.",
            "uncovered hours", "hours in the period"),
    CANCELLED_OPERATIONS(Group.COVERAGE, Kind.COUNT, "Cancelled operations",
            "Operations of the period with status CANCELLED.",
            "cancelled operations", "operations"),
    TARGETING_HIT_RATE(Group.TARGETING, Kind.RATIO, "Targeting hit rate",
            "Share of targeted and boarded arrivals where a linked executed boarding or exam found violations"
                    + " or deficiencies.",
            "targeted boarded arrivals with findings", "targeted boarded arrivals"),
    UNTARGETED_HIT_RATE(Group.TARGETING, Kind.RATIO, "Untargeted hit rate",
            "Share of boarded arrivals that were not targeted where a linked executed boarding or exam found"
                    + " violations or deficiencies.",
            "untargeted boarded arrivals with findings", "untargeted boarded arrivals"),
    SCREENING_LEAD_HOURS(Group.TARGETING, Kind.MEDIAN_HOURS, "Screening lead time (median hours)",
            "Median over screened arrivals of the hours from the first screening to the arrival; negative when"
                    + " the first screening came after arrival.",
            null, null),
    UNSHARED_SCREENINGS(Group.SHARING, Kind.COUNT, "Unshared screenings",
            "Screenings of the period's arrivals that were not posted to the IOC's shared targeting picture.",
            "unshared screenings", "screenings"),
    UNPOSTED_OPERATIONS(Group.SHARING, Kind.COUNT, "Unposted operations",
            "Executed operations of the period that were not entered on the IOC's common schedule.",
            "unposted executed operations", "executed operations"),
    JOINT_OPERATION_SHARE(Group.SHARING, Kind.RATIO, "Joint operation share",
            "Share of executed operations of the period that were coordinated through the IOC as a joint operation.",
            "executed joint operations", "executed operations"),
    PARTICIPATING_AGENCIES(Group.SHARING, Kind.COUNT, "Participating agencies",
            "Distinct agencies with a screening of an arrival of the period or an operation (any status) in the period.",
            null, null),
    PLANNED_UNCOVERED_HOURS(Group.PLANNING, Kind.HOURS, "Planned uncovered hours",
            "Hours of the period, in the IOC's own time zone, when no patrol of the plan (planned or executed"
                    + " operations, on their planned times) was planned anywhere in the zone; works for future periods.",
            "hours without a planned patrol", "hours in the period"),
    PLANNED_OVERLAPPING_PATROL_HOURS(Group.PLANNING, Kind.HOURS, "Planned overlapping patrol hours",
            "Hours during which two or more distinct efforts planned a patrol of the same type in the same IOC and"
                    + " the same patrol area, on the planned times of the plan's operations.",
            null, null),
    REPEAT_BOARDINGS(Group.PLANNING, Kind.COUNT, "Repeat boardings",
            "Boarded arrivals of a vessel (by IMO number) that had been boarded at another arrival, at any US port,"
                    + " in the 720 hours (30 days) before.",
            "boarded arrivals boarded again within 30 days", "boarded arrivals with an IMO number"),
    ACTIVE_PARTNER_SHARE(Group.PLANNING, Kind.RATIO, "Active partner share",
            "Share of the IOC's enrolled partner agencies (its roster) that screened an arrival of the period or"
                    + " executed an operation of the period in that IOC.",
            "active roster agencies", "roster agencies");

    public enum Group {
        DUPLICATION("Duplication of effort"),
        COVERAGE("Coverage gaps"),
        TARGETING("Targeting outcomes"),
        SHARING("Information sharing and participation"),
        PLANNING("Planning, repeat effort and partner participation");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** How the exported value is formed. */
    public enum Kind {
        /** A whole count; equals the numerator when the metric has one. */
        COUNT,
        /** Real elapsed hours; equals the numerator when the metric has one. */
        HOURS,
        /** numerator / denominator; empty when the denominator is 0. */
        RATIO,
        /** A median of per-arrival hours; empty when there is nothing to take the median of. */
        MEDIAN_HOURS
    }

    private final Group group;
    private final Kind kind;
    private final String displayName;
    private final String definition;
    private final String numeratorLabel;
    private final String denominatorLabel;

    Metric(Group group, Kind kind, String displayName, String definition, String numeratorLabel, String denominatorLabel) {
        this.group = group;
        this.kind = kind;
        this.displayName = displayName;
        this.definition = definition;
        this.numeratorLabel = numeratorLabel;
        this.denominatorLabel = denominatorLabel;
    }

    public String id() {
        return name();
    }

    public Group group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    public String displayName() {
        return displayName;
    }

    public String definition() {
        return definition;
    }

    /** Whether the export carries a numerator and denominator for this metric. */
    public boolean hasFraction() {
        return denominatorLabel != null;
    }

    public String numeratorLabel() {
        return numeratorLabel;
    }

    public String denominatorLabel() {
        return denominatorLabel;
    }

    /** Whether the value is a whole count (printed without decimals). */
    public boolean valueIsCount() {
        return kind == Kind.COUNT;
    }

    /** Whether numerator and denominator are whole counts; the uncovered-hours metrics have hour figures. */
    public boolean fractionIsCount() {
        return hasFraction() && kind != Kind.HOURS;
    }

    /**
     * Whether a larger value is worse for the program (duplication, gaps, unshared work); reports use it
     * to sort IOCs and to highlight the worst quartile.
     */
    public boolean higherIsWorse() {
        return switch (this) {
            case TARGETING_HIT_RATE, SCREENING_LEAD_HOURS, JOINT_OPERATION_SHARE, PARTICIPATING_AGENCIES,
                    ACTIVE_PARTNER_SHARE -> false;
            default -> true;
        };
    }
}
