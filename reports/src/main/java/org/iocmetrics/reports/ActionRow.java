package org.iocmetrics.reports;

/**
 * One arrival an IOC should look at: the vessel, its arrival in the IOC's local time, the agencies and the
 * hours at stake (null in a list without hours: a high-risk arrival not boarded had no boarding hours).
 */
public record ActionRow(String vessel, String imo, String arrivedLocal, String agencies, String hours) {}
