package org.iocmetrics.distribution;

import java.time.Instant;
import java.util.List;

/** One row of the delivery log, ops/deliveries: a delivery's state as of {@code loggedAt}. */
record LoggedDelivery(String deliveryId, String scheduleId, Instant fireAt, String period, String recipient,
                      String scope, List<Attachment> attachments, DeliveryStatus status, int attempts,
                      String lastError, Instant loggedAt) {

    /** A file sent with a message, as the log records it. */
    record Attachment(String name, String sha256) {}

    static LoggedDelivery of(Delivery delivery, List<Attachment> attachments, DeliveryStatus status, int attempts,
                             String lastError, Instant loggedAt) {
        return new LoggedDelivery(delivery.id(), delivery.schedule().id(), delivery.fireAt(), delivery.period().id(),
                delivery.recipient().email(), delivery.recipient().scope(), attachments, status, attempts, lastError,
                loggedAt);
    }
}
