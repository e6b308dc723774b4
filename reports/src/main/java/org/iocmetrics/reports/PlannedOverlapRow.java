package org.iocmetrics.reports;

/**
 * A time of the look-ahead week when two or more efforts planned the same patrol type in the same area
 * of an IOC: when (in the IOC's local time), what, where, whose plans meet there and for how long.
 */
public record PlannedOverlapRow(String ioc, String when, String operationType, String area, String agencies,
                                Figure hours) {}
