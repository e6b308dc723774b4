package org.iocmetrics.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is due, sent again, or skipped, given the delivery log: no Spark, the log as a map. */
class DeliveryPlanTest {
    private static final Schedules QUARTERLY = SchedulesFile.parse("""
            owner: owner@example.gov
            from: sender@example.gov
            schedules:
              - id: quarterly
                cron: "0 6 5 1,4,7,10 *"
                time_zone: America/New_York
                period: previous-quarter
                reports: [national-pdf]
                catch_up: 2
                recipients:
                  - email: hq@example.gov
                    scope: NATIONAL
            """, "schedules.yaml", SchedulesFileTest.IOCS);
    private static final Instant APRIL_RUN = Instant.parse("2026-04-05T12:00:00Z");
    private static final Instant THREE_QUARTERS_LATER = Instant.parse("2027-01-05T12:00:00Z");

    private final Map<String, LoggedDelivery> log = new HashMap<>();

    private void logAs(List<Delivery> deliveries, DeliveryStatus status) {
        deliveries.forEach(d -> log.put(d.id(), LoggedDelivery.of(d, List.of(), status, d.attemptsBefore() + 1, null,
                Instant.now())));
    }

    private static List<String> periods(List<Delivery> deliveries) {
        return deliveries.stream().map(d -> d.period().id()).toList();
    }

    @Test
    void aNewScheduleSendsItsCatchUpMostRecentFiresAndSkipsNothing() {
        DeliveryPlan plan = DeliveryPlan.at(APRIL_RUN, QUARTERLY, log);
        assertEquals(List.of("2025-Q4", "2026-Q1"), periods(plan.toSend()));
        assertEquals(List.of(Instant.parse("2026-01-05T11:00:00Z"), Instant.parse("2026-04-05T10:00:00Z")),
                plan.toSend().stream().map(Delivery::fireAt).toList());
        assertEquals(List.of(), plan.toSkip());
    }

    @Test
    void sentDeliveriesAreNotDueAgainAndOlderMissedFiresAreSkippedOnce() {
        logAs(DeliveryPlan.at(APRIL_RUN, QUARTERLY, log).toSend(), DeliveryStatus.SENT);
        assertEquals(new DeliveryPlan(List.of(), List.of()), DeliveryPlan.at(APRIL_RUN, QUARTERLY, log));

        DeliveryPlan later = DeliveryPlan.at(THREE_QUARTERS_LATER, QUARTERLY, log);
        assertEquals(List.of("2026-Q3", "2026-Q4"), periods(later.toSend()));
        assertEquals(List.of("2026-Q2"), periods(later.toSkip()));
        logAs(later.toSend(), DeliveryStatus.SENT);
        logAs(later.toSkip(), DeliveryStatus.SKIPPED);
        assertEquals(new DeliveryPlan(List.of(), List.of()), DeliveryPlan.at(THREE_QUARTERS_LATER, QUARTERLY, log));
    }

    @Test
    void aFailedDeliveryIsRetriedWhileWithinCatchUpThenSkipped() {
        List<Delivery> first = DeliveryPlan.at(APRIL_RUN, QUARTERLY, log).toSend();
        logAs(first.subList(0, 1), DeliveryStatus.SENT);
        logAs(first.subList(1, 2), DeliveryStatus.FAILED);
        DeliveryPlan retry = DeliveryPlan.at(APRIL_RUN.plusSeconds(900), QUARTERLY, log);
        assertEquals(List.of("2026-Q1"), periods(retry.toSend()));
        assertEquals(1, retry.toSend().get(0).attemptsBefore());
        assertEquals(first.get(1).id(), retry.toSend().get(0).id());

        DeliveryPlan later = DeliveryPlan.at(THREE_QUARTERS_LATER, QUARTERLY, log);
        assertEquals(List.of("2026-Q3", "2026-Q4"), periods(later.toSend()));
        assertEquals(List.of("2026-Q1", "2026-Q2"), periods(later.toSkip()).stream().sorted().toList());
    }

    @Test
    void theDeliveryIdIsStableAndDiffersPerScheduleFireAndRecipient() {
        Instant fire = Instant.parse("2026-04-05T10:00:00Z");
        assertEquals(Delivery.id("quarterly", fire, "hq@example.gov"), Delivery.id("quarterly", fire, "HQ@example.gov"));
        assertEquals(32, Delivery.id("quarterly", fire, "hq@example.gov").length());
        assertNotEquals(Delivery.id("quarterly", fire, "hq@example.gov"), Delivery.id("quarterly", fire, "staff@example.gov"));
        assertNotEquals(Delivery.id("quarterly", fire, "hq@example.gov"), Delivery.id("monthly", fire, "hq@example.gov"));
        assertNotEquals(Delivery.id("quarterly", fire, "hq@example.gov"),
                Delivery.id("quarterly", fire.plusSeconds(3600), "hq@example.gov"));
    }
}
