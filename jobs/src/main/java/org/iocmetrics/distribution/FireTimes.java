package org.iocmetrics.distribution;

import com.cronutils.model.Cron;
import com.cronutils.model.time.ExecutionTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A schedule's fire instants, newest first. The cron is matched against local date-times of its own
 * zone (evaluated on a zone without daylight saving, so no library DST rule interferes), then each
 * local time becomes one instant by DISTRIBUTION.md's rules: a time in a daylight-saving gap fires at
 * the first instant after the gap, a time that occurs twice fires at its first occurrence.
 */
final class FireTimes implements Iterator<Instant> {
    /** Local times this far after {@code now}'s local time may still be instants before it (a fall-back). */
    private static final long LOOK_AHEAD_DAYS = 1;

    private final ExecutionTime execution;
    private final ZoneId zone;
    private final Instant notAfter;
    private LocalDateTime cursor;
    private Instant next;
    private Instant last;

    private FireTimes(Cron cron, ZoneId zone, Instant notAfter) {
        this.execution = ExecutionTime.forCron(cron);
        this.zone = zone;
        this.notAfter = notAfter;
        this.cursor = LocalDateTime.ofInstant(notAfter, zone).plusDays(LOOK_AHEAD_DAYS);
    }

    /** The fire instants at or before {@code notAfter}, newest first, each once. */
    static FireTimes atOrBefore(Cron cron, ZoneId zone, Instant notAfter) {
        return new FireTimes(cron, zone, notAfter);
    }

    /** The instant a local time of the schedule's zone fires at. */
    static Instant instantOf(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        // in an overlap, ZonedDateTime.of takes the earlier offset: the first occurrence
        return ZonedDateTime.of(local, zone).toInstant();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            Optional<ZonedDateTime> previous = execution.lastExecution(cursor.atZone(ZoneOffset.UTC));
            if (previous.isEmpty()) {
                return false;
            }
            cursor = previous.get().toLocalDateTime();
            Instant fire = instantOf(cursor, zone);
            // several local times of one gap are one instant; times after notAfter are not fires yet
            if (!fire.isAfter(notAfter) && !fire.equals(last)) {
                next = fire;
            }
        }
        return true;
    }

    @Override
    public Instant next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        last = next;
        next = null;
        return last;
    }
}
