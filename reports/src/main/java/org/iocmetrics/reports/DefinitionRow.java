package org.iocmetrics.reports;

/** One metric of the definitions appendix; numerator and denominator are empty when the metric has none. */
public record DefinitionRow(String group, String metricId, String displayName, String definition,
                            String numerator, String denominator) {}
