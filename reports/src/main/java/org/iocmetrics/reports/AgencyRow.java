package org.iocmetrics.reports;

/**
 * One agency of the national accountability page, printed: its screenings of the period's arrivals and the
 * share not shared with the IOC, its executed operations with the shares not posted and joint, and the
 * duplicated boardings it took part in ("n/a" for a share without a denominator).
 */
public record AgencyRow(String agency, String screenings, String unsharedShare, String executedOperations,
                        String unpostedShare, String jointShare, String duplicatedBoardings) {}
