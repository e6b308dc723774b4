package org.iocmetrics.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Properties;
import org.iocmetrics.common.UserError;
import org.junit.jupiter.api.Test;

/** SMTP settings from the environment: defaults, refusals, and a password that is never shown. */
class SmtpSettingsTest {
    private static final String PASSWORD = "pa55-w0rd-never-shown";

    @Test
    void defaultsToStartTlsOnPort587() {
        Properties props = SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "192.0.2.10")).sessionProperties();
        assertEquals("587", props.get("mail.smtp.port"));
        assertEquals("true", props.get("mail.smtp.starttls.required"));
        assertEquals("false", props.get("mail.smtp.auth"));
    }

    @Test
    void noTlsIsRefusedForAHostThatIsNotLoopback() {
        UserError error = assertThrows(UserError.class, () -> SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST,
                "192.0.2.10", SmtpSettings.TLS, "none", SmtpSettings.PASSWORD, PASSWORD)));
        assertTrue(error.getMessage().contains("refused for 192.0.2.10"), error.getMessage());
        assertFalse(error.getMessage().contains(PASSWORD));
        assertEquals("25", SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "127.0.0.1", SmtpSettings.PORT, "25",
                SmtpSettings.TLS, "none")).sessionProperties().get("mail.smtp.port"));
        assertEquals("localhost:2525 (none)", SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "localhost",
                SmtpSettings.PORT, "2525", SmtpSettings.TLS, "NONE")).toString());
    }

    @Test
    void badSettingsAreOneLine() {
        assertTrue(assertThrows(UserError.class, () -> SmtpSettings.fromEnvironment(Map.of())).getMessage()
                .startsWith("IOC_METRICS_SMTP_HOST is not set"));
        assertTrue(assertThrows(UserError.class, () -> SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "h",
                SmtpSettings.PORT, "70000"))).getMessage().contains("not a port number"));
        assertTrue(assertThrows(UserError.class, () -> SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "h",
                SmtpSettings.TLS, "ssl"))).getMessage().contains("not one of starttls, tls, none"));
    }

    @Test
    void thePasswordIsNeitherInTheSettingsTextNorInTheSessionProperties() {
        SmtpSettings settings = SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "192.0.2.10",
                SmtpSettings.USER, "ioc-metrics", SmtpSettings.PASSWORD, PASSWORD, SmtpSettings.TLS, "tls"));
        assertEquals("192.0.2.10:587 (tls, user ioc-metrics)", settings.toString());
        assertFalse(settings.sessionProperties().toString().contains(PASSWORD));
        assertEquals("true", settings.sessionProperties().get("mail.smtp.auth"));
    }

    @Test
    void aRefusedConnectionIsTransientAndSaysSoInOneLine() throws IOException, MessagingException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Session session = Session.getInstance(SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "127.0.0.1",
                SmtpSettings.PORT, String.valueOf(closedPort), SmtpSettings.TLS, "none")).sessionProperties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("a@example.gov"));
        message.setRecipients(MimeMessage.RecipientType.TO, "b@example.gov");
        message.setText("x");
        MessagingException refused = assertThrows(MessagingException.class, () -> Transport.send(message));
        assertFalse(Mailer.isPermanent(refused));
        String described = Mailer.describe(refused);
        assertEquals(1, described.lines().count());
        assertTrue(described.contains("Connection refused"), described);
    }
}
