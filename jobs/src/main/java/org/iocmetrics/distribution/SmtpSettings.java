package org.iocmetrics.distribution;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.iocmetrics.common.UserError;

/**
 * The SMTP server, from the environment only (DISTRIBUTION.md, "SMTP and failures"). The password is
 * kept out of {@link #toString()}, messages and logs: it is only handed to the mail transport.
 */
final class SmtpSettings {
    static final String HOST = "IOC_METRICS_SMTP_HOST";
    static final String PORT = "IOC_METRICS_SMTP_PORT";
    static final String USER = "IOC_METRICS_SMTP_USER";
    static final String PASSWORD = "IOC_METRICS_SMTP_PASSWORD";
    static final String TLS = "IOC_METRICS_SMTP_TLS";
    private static final int DEFAULT_PORT = 587;
    private static final String CONNECT_TIMEOUT_MILLIS = "10000";
    private static final String READ_TIMEOUT_MILLIS = "60000";

    enum Tls { STARTTLS, TLS, NONE }

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Tls tls;

    private SmtpSettings(String host, int port, String user, String password, Tls tls) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.tls = tls;
    }

    static SmtpSettings fromEnvironment(Map<String, String> env) {
        String host = blankToNull(env.get(HOST));
        if (host == null) {
            throw new UserError(HOST + " is not set: name the SMTP server to send through (see README, Distribution)");
        }
        int port = DEFAULT_PORT;
        String portText = blankToNull(env.get(PORT));
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new UserError(PORT + " '" + portText + "' is not a port number (1-65535)");
            }
        }
        String tlsText = blankToNull(env.get(TLS));
        Tls tls;
        try {
            tls = tlsText == null ? Tls.STARTTLS : Tls.valueOf(tlsText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError(TLS + " '" + tlsText + "' is not one of starttls, tls, none");
        }
        if (tls == Tls.NONE && !loopback(host)) {
            throw new UserError(TLS + "=none sends the password and the reports in clear text: it is refused for "
                    + host + ", which is not a loopback host; use starttls or tls");
        }
        return new SmtpSettings(host, port, blankToNull(env.get(USER)), blankToNull(env.get(PASSWORD)), tls);
    }

    private static boolean loopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The mail session's settings: server, encryption, timeouts; never the password. */
    Properties sessionProperties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MILLIS);
        props.put("mail.smtp.timeout", READ_TIMEOUT_MILLIS);
        props.put("mail.smtp.writetimeout", READ_TIMEOUT_MILLIS);
        props.put("mail.smtp.auth", String.valueOf(user != null));
        switch (tls) {
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                props.put("mail.smtp.ssl.enable", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> { }
        }
        return props;
    }

    String user() {
        return user;
    }

    /** For the mail transport only. */
    String password() {
        return password;
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + tls.name().toLowerCase(Locale.ROOT) + (user == null ? "" : ", user " + user)
                + ")";
    }
}
