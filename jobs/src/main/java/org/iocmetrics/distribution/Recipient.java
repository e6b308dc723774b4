package org.iocmetrics.distribution;

/** One address of a schedule and what it may see: {@link #NATIONAL}, or one IOC's id. */
record Recipient(String email, String scope) {
    static final String NATIONAL = "NATIONAL";

    boolean national() {
        return NATIONAL.equals(scope);
    }
}
