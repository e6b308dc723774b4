package org.iocmetrics.reports;

/** The Delta table version a report was made from ("absent" when the table does not exist yet). */
public record TableVersion(String table, String version) {}
