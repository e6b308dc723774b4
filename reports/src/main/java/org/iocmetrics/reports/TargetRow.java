package org.iocmetrics.reports;

/** One metric of the executive summary's targets table: its national measure against its target. */
public record TargetRow(String group, String metric, TargetStatus target) {}
