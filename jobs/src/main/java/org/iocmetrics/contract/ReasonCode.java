package org.iocmetrics.contract;

/** Why a row was quarantined: one code per broken rule (DATA-CONTRACT.md, "What happens to bad rows"). */
public enum ReasonCode {
    MISSING_REQUIRED,
    BAD_TIMESTAMP,
    BAD_NUMBER,
    BAD_ENUM,
    BAD_IMO,
    BAD_INTERVAL,
    BAD_BOOLEAN,
    BAD_TIME_ZONE,
    UNKNOWN_PORT,
    UNKNOWN_IOC,
    UNKNOWN_AGENCY,
    ORPHAN_ARRIVAL,
    CONFLICTING_VERSION,
    /** Bytes that are not UTF-8; the values are kept as received. */
    BAD_ENCODING,
    /** A line that is not a record (malformed JSON, a CSV record of the wrong length); its text is kept. */
    BAD_RECORD
}
