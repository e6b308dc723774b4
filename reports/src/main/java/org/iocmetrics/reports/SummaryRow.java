package org.iocmetrics.reports;

/**
 * One metric of the national executive summary: its national value and the changes against the
 * previous period and the same period a year earlier; the changes as printed text ("n/a" when unknown).
 */
public record SummaryRow(String group, String metric, Figure value, Figure previous, String changeVsPrevious,
                         Figure yearEarlier, String changeVsYearEarlier) {}
