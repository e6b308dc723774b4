package org.iocmetrics.distribution;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.iocmetrics.reports.ReportOptions;

/** The one message a run sends its schedules' owner when deliveries FAILED: each of them, and why. */
final class FailureNotice {
    private FailureNotice() {}

    static String subject(int failed) {
        return String.format(Locale.ROOT, "[%s] IOC Metrics distribution: %d %s FAILED", ReportOptions.DEFAULT_MARKING,
                failed, failed == 1 ? "delivery" : "deliveries");
    }

    static String text(List<LoggedDelivery> failed, Instant now) {
        StringBuilder text = new StringBuilder(ReportOptions.DEFAULT_MARKING).append("\n\n");
        text.append("The distribution run at ").append(now).append(" could not deliver ").append(failed.size())
                .append(failed.size() == 1 ? " message" : " messages")
                .append(". Each is tried again by the next runs while its fire is among its schedule's catch_up"
                        + " most recent fires.\n\n");
        for (LoggedDelivery delivery : failed) {
            text.append(String.format(Locale.ROOT, "- %s %s to %s (%s), fire %s, %d attempts: %s%n     delivery %s%n",
                    delivery.scheduleId(), delivery.period(), delivery.recipient(), delivery.scope(), delivery.fireAt(),
                    delivery.attempts(), delivery.lastError(), delivery.deliveryId()));
        }
        text.append("\n`./ioc-metrics distribute --status` lists the latest deliveries.\n\n")
                .append(ReportOptions.DEFAULT_MARKING).append('\n');
        return text.toString();
    }

    static MimeMessage build(Session session, String from, String owner, List<LoggedDelivery> failed, Instant now) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(owner, true));
            message.setSubject(subject(failed.size()), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            message.setText(text(failed, now), StandardCharsets.UTF_8.name());
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the failure notice: " + e.getMessage(), e);
        }
    }
}
