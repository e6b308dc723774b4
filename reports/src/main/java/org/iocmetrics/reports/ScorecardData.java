package org.iocmetrics.reports;

import java.util.List;

/**
 * Everything one IOC's scorecard prints, in printed form.
 *
 * @param noDataSentence the sentence saying the IOC recorded nothing in the period, or null when it did
 * @param trends the IOC's own key metrics over the trailing periods, one small chart each
 * @param lookAhead the IOC's posted plan for the week after the period
 */
public record ScorecardData(
        String reportId,
        String iocId,
        String iocName,
        String timeZone,
        String periodId,
        String periodDates,
        String generatedAt,
        String noDataSentence,
        List<ScorecardMetricRow> metrics,
        List<TrendChart> trends,
        List<HeatmapRow> heatmap,
        List<ActionRow> highRiskNotBoarded,
        List<ActionRow> duplicatedBoardings,
        LookAheadData lookAhead) {}
