package org.iocmetrics.distribution;

/** A delivery's state in the delivery log. */
enum DeliveryStatus {
    /** The SMTP server accepted the message. */
    SENT,
    /** Refused for good, or still failing after this run's retries; retried by later runs within catch_up. */
    FAILED,
    /** Older than the catch_up most recent fires when it was due: never sent. */
    SKIPPED
}
