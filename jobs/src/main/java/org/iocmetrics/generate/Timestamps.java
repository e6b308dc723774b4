package org.iocmetrics.generate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as IOC extracts carry them: ISO-8601 to the minute, in UTC (`Z`) or the IOC's local offset. */
final class Timestamps {
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter WITHOUT_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private Timestamps() {}

    static String format(Instant instant, ZoneId zone, boolean zulu) {
        if (instant == null) {
            return null;
        }
        return WITH_OFFSET.format(instant.atZone(zulu ? ZoneOffset.UTC : zone));
    }

    /** The local wall-clock time with its offset dropped: what a careless extract writes. */
    static String withoutOffset(Instant instant, ZoneId zone) {
        return WITHOUT_OFFSET.format(instant.atZone(zone));
    }

    static Instant minutes(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES);
    }

    static Instant plusHours(Instant instant, double hours) {
        return minutes(instant.plusSeconds(Math.round(hours * 3600)));
    }
}
