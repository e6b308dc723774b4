package org.iocmetrics.distribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.iocmetrics.common.Sha256;
import org.iocmetrics.metrics.Period;

/**
 * One message of one schedule's fire to one recipient. Its id is a stable hash of (schedule id, fire
 * instant, recipient), so every run, and a receiver, recognises the same delivery.
 *
 * @param attemptsBefore the attempts logged by earlier runs
 */
record Delivery(String id, Schedule schedule, Instant fireAt, Period period, Recipient recipient, int attemptsBefore) {
    private static final int ID_HEX_DIGITS = 32;

    static Delivery of(Schedule schedule, Instant fireAt, Recipient recipient, int attemptsBefore) {
        LocalDate localDate = fireAt.atZone(schedule.zone()).toLocalDate();
        return new Delivery(id(schedule.id(), fireAt, recipient.email()), schedule, fireAt,
                schedule.period().periodOf(localDate), recipient, attemptsBefore);
    }

    static String id(String scheduleId, Instant fireAt, String email) {
        return Sha256.ofText(scheduleId + "\n" + fireAt + "\n" + email.toLowerCase(Locale.ROOT)).substring(0, ID_HEX_DIGITS);
    }
}
