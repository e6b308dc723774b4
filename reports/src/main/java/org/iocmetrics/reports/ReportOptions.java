package org.iocmetrics.reports;

/**
 * What every rendered report carries besides its data: the marking banner printed at the top and the
 * bottom of every page, and the distribution statement printed on the cover.
 */
public record ReportOptions(String marking, String distributionStatement) {
    public static final String DEFAULT_MARKING = "CUI";
    public static final String DEFAULT_DISTRIBUTION_STATEMENT = "Distribution authorized to DHS/USCG and partner"
            + " agencies of the Interagency Operations Centers for official use in program oversight; other requests"
            + " for this document shall be referred to the U.S. Coast Guard IOC program office.";

    public ReportOptions {
        if (marking == null || marking.isBlank()) {
            throw new IllegalArgumentException("a report marking must not be blank");
        }
        if (distributionStatement == null || distributionStatement.isBlank()) {
            throw new IllegalArgumentException("a distribution statement must not be blank");
        }
    }

    public static ReportOptions defaults() {
        return new ReportOptions(DEFAULT_MARKING, DEFAULT_DISTRIBUTION_STATEMENT);
    }

    public ReportOptions withMarking(String newMarking) {
        return new ReportOptions(newMarking, distributionStatement);
    }
}
