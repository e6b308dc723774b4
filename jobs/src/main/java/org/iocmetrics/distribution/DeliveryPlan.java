package org.iocmetrics.distribution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run does at {@code now} (DISTRIBUTION.md, "What is due"): for every schedule and recipient, the
 * {@code catch_up} most recent fires not yet SENT are sent (FAILED ones again); fires older than those
 * that were never sent are SKIPPED, once. Only fires after the newest one the log holds for that
 * schedule and recipient can be skipped: a new recipient starts with its catch_up window, not with
 * every fire since the cron began.
 */
record DeliveryPlan(List<Delivery> toSend, List<Delivery> toSkip) {
    /** Bounds the walk back through the fires of a schedule whose log stops long ago (a frequent cron). */
    static final int MAX_SKIPPED_PER_RECIPIENT = 1000;

    /** @param latest the latest log row of every delivery id */
    static DeliveryPlan at(Instant now, Schedules schedules, Map<String, LoggedDelivery> latest) {
        List<Delivery> toSend = new ArrayList<>();
        Map<String, Delivery> toSkip = new LinkedHashMap<>();
        for (Schedule schedule : schedules.schedules()) {
            List<Instant> window = new ArrayList<>();
            FireTimes fires = FireTimes.atOrBefore(schedule.cron(), schedule.zone(), now);
            while (window.size() < schedule.catchUp() && fires.hasNext()) {
                window.add(fires.next());
            }
            if (window.isEmpty()) {
                continue;
            }
            Instant oldestInWindow = window.get(window.size() - 1);
            for (Recipient recipient : schedule.recipients()) {
                for (Instant fire : window) {
                    Optional<LoggedDelivery> logged = Optional.ofNullable(latest.get(Delivery.id(schedule.id(), fire,
                            recipient.email())));
                    if (logged.map(l -> l.status() == DeliveryStatus.FAILED).orElse(true)) {
                        toSend.add(Delivery.of(schedule, fire, recipient, logged.map(LoggedDelivery::attempts).orElse(0)));
                    }
                }
                skipped(schedule, recipient, oldestInWindow, latest).forEach(d -> toSkip.putIfAbsent(d.id(), d));
            }
        }
        toSend.sort(Comparator.comparing(Delivery::fireAt).thenComparing(d -> d.schedule().id())
                .thenComparing(d -> d.recipient().email()));
        return new DeliveryPlan(List.copyOf(toSend), List.copyOf(toSkip.values()));
    }

    /**
     * The recipient's fires before the window that must be logged SKIPPED: those after its newest logged
     * fire that were never logged, and the FAILED ones that fell out of the window.
     */
    private static List<Delivery> skipped(Schedule schedule, Recipient recipient, Instant oldestInWindow,
                                          Map<String, LoggedDelivery> latest) {
        List<LoggedDelivery> history = latest.values().stream()
                .filter(l -> l.scheduleId().equals(schedule.id()) && l.recipient().equalsIgnoreCase(recipient.email()))
                .toList();
        List<Delivery> skipped = new ArrayList<>();
        history.stream()
                .filter(l -> l.status() == DeliveryStatus.FAILED && l.fireAt().isBefore(oldestInWindow))
                .forEach(l -> skipped.add(Delivery.of(schedule, l.fireAt(), recipient, l.attempts())));
        Optional<Instant> newestLogged = history.stream().map(LoggedDelivery::fireAt).max(Comparator.naturalOrder());
        if (newestLogged.isPresent()) {
            FireTimes older = FireTimes.atOrBefore(schedule.cron(), schedule.zone(), oldestInWindow);
            older.next();
            for (int i = 0; i < MAX_SKIPPED_PER_RECIPIENT && older.hasNext(); i++) {
                Instant fire = older.next();
                if (!fire.isAfter(newestLogged.get())) {
                    break;
                }
                if (!latest.containsKey(Delivery.id(schedule.id(), fire, recipient.email()))) {
                    skipped.add(Delivery.of(schedule, fire, recipient, 0));
                }
            }
        }
        return skipped;
    }
}
