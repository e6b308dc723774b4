package org.iocmetrics.reports;

/**
 * One metric of the national executive summary: its national value and the changes against the
 * previous period and the same period a year earlier, all as printed text ("n/a" when unknown).
 */
public record SummaryRow(String group, String metric, String value, String previous, String changeVsPrevious,
                         String yearEarlier, String changeVsYearEarlier) {}
