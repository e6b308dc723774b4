package org.iocmetrics.reports;

/**
 * One metric of an IOC scorecard beside the national value and the median of all IOCs, and the IOC's
 * status against its target (null without one).
 */
public record ScorecardMetricRow(String group, String metric, String iocValue, String nationalValue, String iocMedian,
                                 TargetStatus target) {}
