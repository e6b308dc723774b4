package org.iocmetrics.distribution;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.iocmetrics.reports.ReportOptions;

/**
 * The message of one delivery (DISTRIBUTION.md, "Messages"): the subject and header of the contract, a
 * text and an HTML body with the recipient's headline figures between CUI markings, and the attachments.
 * Its Message-ID is derived from the delivery id, so a message sent again is recognisably the same.
 */
final class DeliveryMessage extends MimeMessage {
    static final String DELIVERY_HEADER = "X-IOC-Metrics-Delivery";
    private static final String MARKING = ReportOptions.DEFAULT_MARKING;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

    private final String messageId;

    private DeliveryMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /**
     * What a message says to its recipient.
     *
     * @param audience who the figures are about: "the national IOC program" or "Sector Boston IOC (IOC-BOS)"
     * @param headlines the largest changes against the previous period, or why there are none
     * @param outFolder where the listed (not attached) files are, as the recipient's colleagues find them
     */
    record Content(String audience, List<String> headlines, Attachments attachments, Path outFolder) {}

    static String subject(Delivery delivery) {
        return "[" + MARKING + "] IOC Metrics " + delivery.schedule().id() + " " + delivery.period().id();
    }

    /** The Message-ID of a delivery: the same on every attempt and every run. */
    static String messageId(Delivery delivery, String from) {
        String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from;
        return "<" + delivery.id() + ".ioc-metrics@" + address.substring(address.indexOf('@') + 1) + ">";
    }

    static MimeMessage build(Session session, String from, Delivery delivery, Content content, Instant now) {
        try {
            DeliveryMessage message = new DeliveryMessage(session, messageId(delivery, from));
            message.setFrom(new InternetAddress(from, true));
            message.setRecipients(RecipientType.TO, InternetAddress.parse(delivery.recipient().email(), true));
            message.setSubject(subject(delivery), StandardCharsets.UTF_8.name());
            message.setHeader(DELIVERY_HEADER, delivery.id());
            message.setSentDate(Date.from(now));
            MimeMultipart bodies = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(text(delivery, content), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(html(delivery, content), StandardCharsets.UTF_8.name(), "html");
            bodies.addBodyPart(text);
            bodies.addBodyPart(html);
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(bodies);
            mixed.addBodyPart(body);
            for (Path file : content.attachments().attached()) {
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.attachFile(file.toFile());
                mixed.addBodyPart(attachment);
            }
            message.setContent(mixed);
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build the message of delivery " + delivery.id() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach a report to delivery " + delivery.id(), e);
        }
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    static String text(Delivery delivery, Content content) {
        StringBuilder text = new StringBuilder();
        text.append(MARKING).append("\n\n");
        text.append(title(delivery)).append('\n');
        text.append("For ").append(content.audience()).append(".\n\n");
        text.append("Largest changes against ").append(delivery.period().previous().id()).append(":\n");
        content.headlines().forEach(line -> text.append("- ").append(line).append('\n'));
        text.append('\n');
        if (!content.attachments().attached().isEmpty()) {
            text.append("Attached: ").append(names(content.attachments().attached())).append(".\n");
        }
        if (!content.attachments().listed().isEmpty()) {
            text.append(notAttached(content)).append('\n');
            content.attachments().listed().forEach(file -> text.append("  ").append(file).append('\n'));
        }
        text.append('\n').append(footer(delivery)).append("\n\n").append(MARKING).append('\n');
        return text.toString();
    }

    static String html(Delivery delivery, Content content) {
        StringBuilder html = new StringBuilder();
        String banner = "<p style=\"text-align:center;font-weight:bold\">" + escape(MARKING) + "</p>\n";
        html.append("<!DOCTYPE html>\n<html><body>\n").append(banner);
        html.append("<h2>").append(escape(title(delivery))).append("</h2>\n");
        html.append("<p>For ").append(escape(content.audience())).append(".</p>\n");
        html.append("<p>Largest changes against ").append(escape(delivery.period().previous().id())).append(":</p>\n<ul>\n");
        content.headlines().forEach(line -> html.append("<li>").append(escape(line)).append("</li>\n"));
        html.append("</ul>\n");
        if (!content.attachments().attached().isEmpty()) {
            html.append("<p>Attached: ").append(escape(names(content.attachments().attached()))).append(".</p>\n");
        }
        if (!content.attachments().listed().isEmpty()) {
            html.append("<p>").append(escape(notAttached(content))).append("</p>\n<ul>\n");
            content.attachments().listed().forEach(file -> html.append("<li>").append(escape(file.toString())).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<p><small>").append(escape(footer(delivery))).append("</small></p>\n").append(banner);
        return html.append("</body></html>\n").toString();
    }

    private static String title(Delivery delivery) {
        return "IOC Metrics " + delivery.schedule().id() + ": " + delivery.period().id() + " (" + delivery.period().start()
                + " to " + delivery.period().end().minusDays(1) + ")";
    }

    private static String notAttached(Content content) {
        return "Not attached, to keep this message within " + Attachments.MESSAGE_LIMIT_BYTES / 1_000_000
                + " MB; the files are under " + content.outFolder() + ":";
    }

    private static String footer(Delivery delivery) {
        return "Delivery " + delivery.id() + " of the schedule's fire at "
                + LOCAL.format(delivery.fireAt().atZone(delivery.schedule().zone())) + " (" + delivery.fireAt() + ").";
    }

    private static String names(List<Path> files) {
        return String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
