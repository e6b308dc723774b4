package org.iocmetrics.distribution;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Hands messages to the SMTP server. A transient failure (a 4xx reply, a refused, dropped or timed-out
 * connection) is tried again after each pause of {@link #RETRY_PAUSES}; a permanent one (a 5xx reply,
 * refused credentials) ends the delivery at once.
 */
final class Mailer {
    static final List<Duration> RETRY_PAUSES = List.of(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30));

    /** What became of one message: accepted or not, after how many attempts, and the server's last word. */
    record Outcome(boolean accepted, int attempts, String error) {}

    private final SmtpSettings settings;
    private final Session session;

    Mailer(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(settings.sessionProperties());
    }

    Session session() {
        return session;
    }

    Outcome send(MimeMessage message) {
        String error = null;
        for (int attempt = 1; attempt <= RETRY_PAUSES.size() + 1; attempt++) {
            try {
                if (settings.user() == null) {
                    Transport.send(message);
                } else {
                    Transport.send(message, settings.user(), settings.password());
                }
                return new Outcome(true, attempt, null);
            } catch (MessagingException e) {
                error = describe(e);
                if (isPermanent(e) || attempt > RETRY_PAUSES.size()) {
                    return new Outcome(false, attempt, error);
                }
                pause(RETRY_PAUSES.get(attempt - 1));
            }
        }
        throw new IllegalStateException("unreachable: the last attempt returns");
    }

    /** A 5xx reply anywhere in the failure, or credentials the server refused. */
    static boolean isPermanent(MessagingException failure) {
        for (Exception e = failure; e != null; e = next(e)) {
            int code = replyCode(e);
            if (code >= 500 || e instanceof AuthenticationFailedException) {
                return true;
            }
            if (code >= 400) {
                return false;
            }
        }
        return false;
    }

    /** The server's reply when there is one, else what went wrong with the connection; one line. */
    static String describe(MessagingException failure) {
        for (Exception e = failure; e != null; e = next(e)) {
            if (replyCode(e) > 0) {
                return firstLine(e.getMessage());
            }
        }
        Throwable cause = failure.getCause();
        return firstLine(failure.getMessage()) + (cause == null || cause == failure ? "" : ": " + firstLine(cause.toString()));
    }

    private static int replyCode(Exception e) {
        if (e instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (e instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return -1;
    }

    private static Exception next(Exception e) {
        return e instanceof MessagingException messaging ? messaging.getNextException() : null;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a delivery", e);
        }
    }
}
