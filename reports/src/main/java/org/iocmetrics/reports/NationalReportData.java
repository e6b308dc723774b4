package org.iocmetrics.reports;

import java.util.List;

/**
 * Everything the national IOC program report prints, already in printed form: the jobs read the lake,
 * compute and format, the templates only lay it out.
 *
 * @param noDataSentence the sentence saying the period has no data (no arrival, no operation) in the lake, or
 *     null when it has
 * @param targets the national measure of every metric with a target against it; empty without a targets file
 * @param callouts plain-language sentences about the largest changes
 * @param noCalloutsReason printed instead of the call-outs when there are none (why), null when there are
 * @param keyMetricNames headers of the IOC table's metric columns, one per {@link IocRow#cells()} entry
 * @param effortByIoc duplicated boarding hours and overlapping patrol hours per IOC (two series)
 * @param uncoveredShareByIoc share of the period's hours without patrol coverage per IOC, in percent
 * @param trends key national counts and hours over the trailing periods, one small chart each: counts of
 *     a few hundred and of thousands share no scale
 * @param agencies every agency of the period, the agencies sharing least first
 * @param lookAhead the posted plan for the week after the period
 */
public record NationalReportData(
        String reportId,
        String periodId,
        String periodDates,
        String previousPeriodId,
        String yearEarlierPeriodId,
        String generatedAt,
        String dataAsOf,
        List<TableVersion> tableVersions,
        String noDataSentence,
        List<SummaryRow> summary,
        List<TargetRow> targets,
        List<String> callouts,
        String noCalloutsReason,
        List<String> keyMetricNames,
        List<IocRow> iocRows,
        List<ChartPoint> effortByIoc,
        List<ChartPoint> uncoveredShareByIoc,
        List<TrendChart> trends,
        List<AgencyRow> agencies,
        List<AgencyPairCell> agencyPairs,
        List<IngestRow> ingestRows,
        List<ReasonRow> quarantineReasons,
        List<DefinitionRow> definitions,
        LookAheadData lookAhead) {

    /** The IOC table template has this many metric columns. */
    public static final int KEY_METRIC_COLUMNS = 6;

    public NationalReportData {
        if (callouts.isEmpty() && noCalloutsReason == null) {
            throw new IllegalArgumentException("no call-outs and no reason why");
        }
        if (keyMetricNames.size() != KEY_METRIC_COLUMNS) {
            throw new IllegalArgumentException("the IOC table has " + KEY_METRIC_COLUMNS + " metric columns, got "
                    + keyMetricNames.size());
        }
        for (IocRow row : iocRows) {
            if (row.cells().size() != KEY_METRIC_COLUMNS) {
                throw new IllegalArgumentException("IOC " + row.iocId() + " has " + row.cells().size() + " cells");
            }
        }
    }
}
