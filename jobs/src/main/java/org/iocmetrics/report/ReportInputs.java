package org.iocmetrics.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.iocmetrics.metrics.DataRange;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.reports.IngestRow;
import org.iocmetrics.reports.ReasonRow;
import org.iocmetrics.reports.TableVersion;

/**
 * The small results a report run reads from the lake, as plain Java values; the report builders
 * work on these only, so they are tested without Spark.
 *
 * @param arrivals arrivals of the period that an action list needs (duplicated, or high-risk and not boarded)
 * @param covered COVERED patrol intervals that intersect the period
 * @param dataAsOf when the newest data was ingested (or computed), null when unknown
 * @param firstData when the lake's data begins (its earliest arrival or patrol), null for a lake without any
 * @param agencies what each agency did in the period: its screenings of the period's arrivals, executed
 *     operations and duplicated boardings
 * @param plannedOverlaps the planned overlaps of the look-ahead week ({@link ReportJob#lookAheadWeek}),
 *     clipped to each IOC's week
 * @param duplicatedBoardings the executed boardings and exams of the period's duplicated arrivals, each
 *     agency once per effort: what the agency-pair matrix counts
 * @param dataRange the instants the lake's facts span; periods outside it are not computed ({@link MetricTable}); null when unknown
 */
public record ReportInputs(
        List<Ioc> iocs,
        List<MetricValue> metricValues,
        List<ArrivalFact> arrivals,
        List<Interval> covered,
        List<IngestRow> ingestRows,
        List<ReasonRow> quarantineReasons,
        List<TableVersion> tableVersions,
        Instant dataAsOf,
        Instant firstData,
        List<AgencyActivity> agencies,
        List<PlannedOverlap> plannedOverlaps,
        List<EffortBoarding> duplicatedBoardings,
        DataRange dataRange) {

    record Ioc(String iocId, String name, ZoneId zone) {}

    /** One row of gold/metric_values; value, numerator and denominator may be null. */
    record MetricValue(Metric metric, String scope, String iocId, String period, Double value, Double numerator,
                       Double denominator, Instant computedAt) {}

    record ArrivalFact(String iocId, String vesselName, String imoNumber, Instant arrivedAt, boolean highRisk,
                       boolean boarded, boolean duplicated, double duplicateHours, List<String> boardingAgencies,
                       List<String> screeningAgencies) {}

    /** A COVERED patrol interval of an IOC (the notebooks' coverage heatmap uses the reports' own). */
    public record Interval(String iocId, Instant start, Instant end) {}

    /**
     * A time when two or more efforts planned the same patrol type in the same area of an IOC (area null:
     * patrols planned without one), and the agencies whose planned patrols meet there.
     */
    record PlannedOverlap(String iocId, String operationType, String areaCode, Instant start, Instant end,
                          List<String> agencies) {}

    /** An agency that boarded or examined an arrival under an effort (a joint operation, or the agency alone). */
    record EffortBoarding(String arrivalId, String effortKey, String agencyId) {}

    /** One agency's work in the period, nationally: screenings (unshared), executed operations (unposted, joint), duplicated boardings. */
    record AgencyActivity(String agencyId, long screenings, long unsharedScreenings, long executedOperations,
                          long unpostedOperations, long jointOperations, long duplicatedBoardings) {}
}
