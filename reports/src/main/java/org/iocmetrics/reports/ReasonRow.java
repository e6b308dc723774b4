package org.iocmetrics.reports;

/** How many quarantined rows of a source carry a reason code. */
public record ReasonRow(String source, String reason, long rows) {}
