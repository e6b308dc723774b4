package org.iocmetrics.reports;

/** One arrival an IOC should look at: the vessel, its arrival in the IOC's local time, the agencies, the hours. */
public record ActionRow(String vessel, String imo, String arrivedLocal, String agencies, String hours) {}
