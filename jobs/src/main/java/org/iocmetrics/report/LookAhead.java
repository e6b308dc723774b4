package org.iocmetrics.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.MetricValue;
import org.iocmetrics.report.ReportInputs.PlannedOverlap;
import org.iocmetrics.reports.Figure;
import org.iocmetrics.reports.LookAheadData;
import org.iocmetrics.reports.LookAheadRow;
import org.iocmetrics.reports.MetricNumberFormat.Style;
import org.iocmetrics.reports.PlannedOverlapRow;

/**
 * The plan look-ahead of the reports: the posted plan for the week after the period, as an IOC watch
 * would deconflict it before the week starts. Its figures are the planning metrics of that week, read
 * as they are even where the week has no other data: a week without a posted patrol is a week without
 * planned coverage, not a week without data.
 */
final class LookAhead {
    /** The national report lists the longest planned overlaps; every scorecard lists all of its IOC's. */
    static final int NATIONAL_OVERLAPS = 30;

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private LookAhead() {}

    /** The national report's section: every IOC's planned coverage and the longest planned overlaps. */
    static LookAheadData national(ReportInputs inputs, Period period) {
        Period week = ReportJob.lookAheadWeek(period);
        List<PlannedOverlapRow> overlaps = overlapRows(inputs.iocs(), inputs.plannedOverlaps(), null, NATIONAL_OVERLAPS);
        int all = inputs.plannedOverlaps().size();
        String note = "Deconfliction list: " + (all == 0 ? "no planned overlaps in " + week.id() + "."
                : all > overlaps.size() ? String.format(Locale.US, "the %d longest of %,d planned overlaps; each IOC's"
                        + " scorecard lists all of its own.", overlaps.size(), all)
                : String.format(Locale.US, "%,d planned overlap%s, the longest first.", all, all == 1 ? "" : "s"));
        return new LookAheadData("Plan look-ahead: " + title(week),
                "The patrols posted for the week after " + period.id() + ", as the lake holds them, judged on their planned"
                        + " times: the hours of the week when no patrol is planned anywhere in an IOC's zone, and the times"
                        + " two or more agencies (not joined in one operation) planned the same patrol type in the same area."
                        + " Deconflict these before the week starts; times are each IOC's local time.",
                iocRows(inputs.iocs(), inputs.metricValues(), inputs.plannedOverlaps(), week), overlaps, note);
    }

    /** A scorecard's section: the IOC's planned coverage in a sentence and all of its planned overlaps. */
    static LookAheadData ofIoc(ReportInputs inputs, Period period, Ioc ioc) {
        Period week = ReportJob.lookAheadWeek(period);
        LookAheadRow row = iocRows(List.of(ioc), inputs.metricValues(), inputs.plannedOverlaps(), week).get(0);
        List<PlannedOverlapRow> overlaps = overlapRows(inputs.iocs(), inputs.plannedOverlaps(), ioc.iocId(), Integer.MAX_VALUE);
        String summary = row.plannedUncoveredHours().number() == null
                ? "The plan for " + week.id() + " has not been computed."
                : String.format(Locale.US, "No patrol is planned for %s hours of the week (%s); two or more agencies"
                        + " planned the same patrol in the same area for %s hours.", row.plannedUncoveredHours(),
                        row.plannedUncoveredShare(), row.plannedOverlapHours());
        return new LookAheadData("Plan look-ahead: " + title(week), summary, List.of(), overlaps,
                overlaps.isEmpty() ? "No planned overlaps to deconflict."
                        : "Deconfliction list, the longest overlaps first (local time):");
    }

    /** "2026-W41 (2026-10-05 to 2026-10-11)": the week and its local dates. */
    static String title(Period week) {
        return week.id() + " (" + Figures.dates(week) + ")";
    }

    /** Per IOC: planned uncovered hours and share of the week, planned overlap hours, overlaps; worst share first. */
    static List<LookAheadRow> iocRows(List<Ioc> iocs, List<MetricValue> values, List<PlannedOverlap> overlaps,
                                      Period week) {
        Map<String, Long> overlapCounts = new HashMap<>();
        overlaps.forEach(o -> overlapCounts.merge(o.iocId(), 1L, Long::sum));
        return iocs.stream()
                .map(ioc -> {
                    Optional<MetricValue> uncovered = value(values, Metric.PLANNED_UNCOVERED_HOURS, ioc.iocId(), week);
                    Optional<MetricValue> overlap = value(values, Metric.PLANNED_OVERLAPPING_PATROL_HOURS, ioc.iocId(), week);
                    return new LookAheadRow(ioc.iocId(),
                            Figure.of(uncovered.map(MetricValue::value).orElse(null), Style.DECIMAL),
                            Figure.of(uncovered.filter(v -> v.denominator() != null && v.denominator() > 0)
                                    .map(v -> v.numerator() / v.denominator()).orElse(null), Style.PERCENT),
                            Figure.of(overlap.map(MetricValue::value).orElse(null), Style.DECIMAL),
                            Figure.of(overlapCounts.getOrDefault(ioc.iocId(), 0L)));
                })
                .sorted(Comparator.comparing((LookAheadRow row) -> row.plannedUncoveredShare().number(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(LookAheadRow::ioc))
                .toList();
    }

    /**
     * The deconfliction list: planned overlaps of the IOC (all IOCs when {@code iocId} is null), the
     * longest first, at most {@code limit}; times in each IOC's own zone.
     */
    static List<PlannedOverlapRow> overlapRows(List<Ioc> iocs, List<PlannedOverlap> overlaps, String iocId, int limit) {
        Map<String, ZoneId> zones = new HashMap<>();
        iocs.forEach(ioc -> zones.put(ioc.iocId(), ioc.zone()));
        return overlaps.stream()
                .filter(o -> iocId == null || o.iocId().equals(iocId))
                .sorted(Comparator.comparing((PlannedOverlap o) -> Duration.between(o.start(), o.end())).reversed()
                        .thenComparing(PlannedOverlap::iocId).thenComparing(PlannedOverlap::start))
                .limit(limit)
                .map(o -> new PlannedOverlapRow(o.iocId(), when(o.start(), o.end(), zones.getOrDefault(o.iocId(), ZoneId.of("UTC"))),
                        Figures.operationType(o.operationType()), o.areaCode() == null ? "(no area)" : o.areaCode(),
                        Figures.agencies(o.agencies()),
                        Figure.of(Duration.between(o.start(), o.end()).toSeconds() / 3600.0, Style.DECIMAL)))
                .toList();
    }

    /** "Tue 6 Oct 14:00–18:00 EDT", or with both days when the overlap runs past midnight. */
    static String when(Instant start, Instant end, ZoneId zone) {
        var from = start.atZone(zone);
        var to = end.atZone(zone);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : DAY_AND_TIME.format(to);
        return DAY_AND_TIME.format(from) + "\u2013" + until + " " + ZONE_NAME.format(to);
    }

    private static Optional<MetricValue> value(List<MetricValue> values, Metric metric, String iocId, Period week) {
        return values.stream()
                .filter(v -> v.metric() == metric && iocId.equals(v.iocId()) && week.id().equals(v.period()))
                .max(Comparator.comparing(MetricValue::computedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
