package org.iocmetrics.reports;

/**
 * One IOC's posted plan for the look-ahead week: the hours no patrol is planned (and their share of
 * the week), the hours two or more efforts planned the same patrol in the same area, and how many such
 * overlaps there are.
 */
public record LookAheadRow(String ioc, Figure plannedUncoveredHours, Figure plannedUncoveredShare,
                           Figure plannedOverlapHours, Figure overlaps) {}
