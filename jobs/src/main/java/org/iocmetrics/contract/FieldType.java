package org.iocmetrics.contract;

/** How a contract column is typed in silver; what a raw value must look like to pass. */
public enum FieldType {
    STRING,
    /** ISO-8601 with an offset or Z; stored as a UTC instant. */
    TIMESTAMP,
    /** true/false, case-insensitive. */
    BOOLEAN,
    INTEGER,
    DECIMAL,
    /** One of {@link Field#allowedValues()}. */
    ENUM,
    /** Seven digits with a valid IMO check digit. */
    IMO,
    /** IANA time-zone id, such as Pacific/Guam. */
    ZONE_ID
}
