package org.iocmetrics.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.MetricTable.Reading;
import org.iocmetrics.report.ReportInputs.ArrivalFact;
import org.iocmetrics.report.ReportInputs.Interval;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.reports.ActionRow;
import org.iocmetrics.reports.MetricNumberFormat;
import org.iocmetrics.reports.MetricNumberFormat.Style;
import org.iocmetrics.reports.ScorecardData;
import org.iocmetrics.reports.ScorecardMetricRow;

/** Builds one IOC's scorecard data: its metrics against the nation and the IOC median, coverage, action lists. */
final class Scorecard {
    private Scorecard() {}

    /** The scorecard of one IOC; the inputs hold only arrivals of the period in their IOC's local time. */
    static ScorecardData build(ReportInputs inputs, MetricTable table, Period period, Ioc ioc, Instant generatedAt,
                               Targets targets) {
        List<ArrivalFact> arrivals = inputs.arrivals().stream()
                .filter(a -> a.iocId().equals(ioc.iocId()))
                .sorted(Comparator.comparing(ArrivalFact::arrivedAt).thenComparing(ArrivalFact::vesselName))
                .toList();
        List<Interval> covered = inputs.covered().stream().filter(i -> i.iocId().equals(ioc.iocId())).toList();
        boolean noData = table.noData(ioc.iocId(), period.id());
        return new ScorecardData(
                "SC-" + period.id() + "-" + ioc.iocId() + "-" + Figures.compactUtc(generatedAt),
                ioc.iocId(),
                ioc.name(),
                ioc.zone().getId(),
                period.id(),
                Figures.dates(period),
                Figures.utc(generatedAt),
                noData ? Figures.noDataSentence("this IOC in " + period.id()) : null,
                metricRows(table, period, inputs.iocs(), ioc.iocId(), targets),
                Trends.ofIoc(NationalReport.KEY_METRICS, table, period, ioc.iocId(), inputs.firstData()),
                // without data every hour would read as uncovered, though nothing was recorded to cover it
                noData ? List.of() : CoverageHeatmap.rows(covered, period, ioc.zone()),
                arrivals.stream().filter(a -> a.highRisk() && !a.boarded())
                        .map(a -> new ActionRow(a.vesselName(), a.imoNumber(), Figures.local(a.arrivedAt(), ioc.zone()),
                                Figures.agencies(a.screeningAgencies()), null))
                        .toList(),
                arrivals.stream().filter(ArrivalFact::duplicated)
                        .map(a -> new ActionRow(a.vesselName(), a.imoNumber(), Figures.local(a.arrivedAt(), ioc.zone()),
                                Figures.agencies(a.boardingAgencies()), MetricNumberFormat.display(a.duplicateHours(), Style.DECIMAL)))
                        .toList(),
                LookAhead.ofIoc(inputs, period, ioc));
    }

    /**
     * The IOC's figure of every metric (its own data decides "no data"), the national figure (the
     * nation's does) and the median over the IOCs with data: an IOC without data would pull the median
     * towards its zeros.
     */
    static List<ScorecardMetricRow> metricRows(MetricTable table, Period period, List<Ioc> iocs, String iocId,
                                               Targets targets) {
        List<ScorecardMetricRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<Double> iocValues = iocs.stream()
                    .map(ioc -> table.ioc(metric, ioc.iocId(), period.id()).value())
                    .filter(Objects::nonNull)
                    .toList();
            Reading national = table.national(metric, period.id());
            Reading own = table.ioc(metric, iocId, period.id());
            rows.add(new ScorecardMetricRow(metric.group().title(), metric.displayName(),
                    Figures.value(own),
                    Figures.value(national),
                    !iocValues.isEmpty() ? Figures.median(metric, median(iocValues))
                            : national.noData() ? Figures.NO_DATA : Figures.NOT_AVAILABLE,
                    targets.judge(own, iocId).orElse(null)));
        }
        return rows;
    }

    /** The median; an even count takes the mean of the two middle values. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
