package org.iocmetrics.gold;

import static org.apache.spark.sql.functions.unix_micros;

import org.apache.spark.sql.Column;

/**
 * Elapsed time between two UTC instants, kept in whole microseconds until the last step so that
 * sums of many intervals are exact and hours come out of one division.
 */
public final class Durations {
    public static final double MICROS_PER_HOUR = 3_600_000_000.0;

    private Durations() {}

    /** {@code end - start} in microseconds (a long column). */
    public static Column micros(Column start, Column end) {
        return unix_micros(end).minus(unix_micros(start));
    }

    /** {@code end - start} in hours (a double column); negative when end is before start. */
    public static Column hours(Column start, Column end) {
        return micros(start, end).divide(MICROS_PER_HOUR);
    }
}
