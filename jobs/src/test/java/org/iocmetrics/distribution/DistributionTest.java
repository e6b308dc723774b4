package org.iocmetrics.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.iocmetrics.testing.SilverRows.arrival;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.iocmetrics.testing.SilverRows.port;
import static org.iocmetrics.testing.SilverRows.screening;
import static org.iocmetrics.testing.SilverRows.writeSilver;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocmetrics.cli.Main;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Sha256;
import org.iocmetrics.gold.GoldJob;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.reports.PdfPages;
import org.iocmetrics.testing.ChildRun;
import org.iocmetrics.testing.SilverRows;
import org.iocmetrics.testing.Stderr;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * distribute end to end against a real SMTP server (GreenMail on a loopback port), on one lake built
 * from the hand-made drop e2e-2026q1 (IOC-NYC, IOC-GUM, IOC-HNL) and one output folder that all tests
 * share, so each period's reports are rendered once. Every test uses schedule ids of its own: their
 * deliveries never meet in the shared delivery log. The order only saves time: the first test renders
 * 2026-Q1, which the two child JVMs of the concurrency test then find rendered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionTest {
    private static final String USER = "ioc-metrics";
    private static final String PASSWORD = "s3cret-smtp-pa55word";
    private static final String APRIL_RUN = "2026-04-05T12:00:00Z";
    private static final List<String> OTHER_THAN_NYC = List.of("IOC-GUM", "IOC-HNL", "Guam", "Honolulu");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD))
            .withPerMethodLifecycle(false);

    @TempDir
    static Path shared;
    static Lake lake;
    static Path out;

    private final StringWriter console = new StringWriter();

    /** Silver rows written directly (five commits, where ingesting a drop takes twenty), then gold. */
    @BeforeAll
    static void lake() {
        Path folder = shared.resolve("lake");
        writeSilver(folder, Source.IOCS, ioc("IOC-NYC", "Sector New York IOC", "America/New_York"),
                ioc("IOC-GUM", "Sector Guam IOC", "Pacific/Guam"), ioc("IOC-HNL", "Sector Honolulu IOC", "Pacific/Honolulu"));
        writeSilver(folder, Source.PORTS, port("USNYC", "IOC-NYC"), port("GUGUM", "IOC-GUM"));
        writeSilver(folder, Source.ARRIVALS,
                arrival("A1", "USNYC", "2025-11-10T12:00:00Z"),
                arrival("A2", "USNYC", "2026-02-10T12:00:00Z"),
                arrival("A3", "USNYC", "2026-03-10T12:00:00Z"),
                arrival("G1", "GUGUM", "2026-02-11T02:00:00Z"));
        writeSilver(folder, Source.SCREENINGS,
                screening("S1", "A2", "CBP", "2026-02-09T13:00:00Z", "HIGH", "BOARD", true),
                screening("S2", "G1", "USCG", "2026-02-10T02:00:00Z", "LOW", "MONITOR", false));
        writeSilver(folder, Source.OPERATIONS,
                operation("O1", "IOC-NYC", "USCG", "HARBOR_PATROL", "EXECUTED", "2026-03-01T10:00:00Z", "2026-03-01T12:00:00Z"),
                operation("O2", "IOC-GUM", "USCG", "HARBOR_PATROL", "CANCELLED", "2026-03-02T10:00:00Z", "2026-03-02T12:00:00Z"));
        lake = TestLakes.at(folder);
        GoldJob.build(lake);
        out = shared.resolve("out");
    }

    private static Row ioc(String iocId, String name, String timeZone) {
        return SilverRows.row(Source.IOCS, Columns.IOC_ID, iocId, Columns.COTP_ZONE, iocId, Columns.NAME, name,
                Columns.TIME_ZONE, timeZone);
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    private static String schedules(String id, String reports, int catchUp, String... recipients) {
        StringBuilder yaml = new StringBuilder("""
                owner: owner@example.gov
                from: "IOC Metrics <ioc-metrics@example.gov>"
                schedules:
                  - id: %s
                    cron: "0 6 5 1,4,7,10 *"
                    time_zone: America/New_York
                    period: previous-quarter
                    reports: [%s]
                    catch_up: %d
                    recipients:
                """.formatted(id, reports, catchUp));
        for (String recipient : recipients) {
            String[] emailAndScope = recipient.split(" ");
            yaml.append("      - email: ").append(emailAndScope[0]).append("\n        scope: ").append(emailAndScope[1])
                    .append('\n');
        }
        return yaml.toString();
    }

    private static Path file(String name, String yaml) throws IOException {
        return Files.writeString(shared.resolve(name + ".yaml"), yaml);
    }

    private static Map<String, String> smtp(int port) {
        return Map.of(SmtpSettings.HOST, "127.0.0.1", SmtpSettings.PORT, String.valueOf(port), SmtpSettings.TLS, "none",
                SmtpSettings.USER, USER, SmtpSettings.PASSWORD, PASSWORD);
    }

    private int distribute(Path schedules, String now, int port) {
        return Distributor.run(lake, schedules, out, Instant.parse(now), false, smtp(port), new PrintWriter(console, true));
    }

    private static List<MimeMessage> to(String email) throws MessagingException {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            for (Address address : message.getAllRecipients()) {
                if (address.toString().equals(email)) {
                    messages.add(message);
                }
            }
        }
        return messages;
    }

    /** Every part of a message: the names of its attachments, and every text it holds, PDFs as their text. */
    private record Parts(List<String> attachments, String text) {}

    private static Parts parts(MimeMessage message) throws Exception {
        List<String> attachments = new ArrayList<>();
        StringBuilder text = new StringBuilder(message.getSubject()).append('\n');
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        text.append(raw.toString(StandardCharsets.UTF_8)).append('\n');
        collect(message, attachments, text);
        return new Parts(attachments, text.toString());
    }

    private static void collect(Part part, List<String> attachments, StringBuilder text) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), attachments, text);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(part.getFileName());
            if (part.getFileName().endsWith(".pdf")) {
                Path pdf = Files.createTempFile(shared, "attachment", ".pdf");
                Files.write(pdf, ((BodyPart) part).getInputStream().readAllBytes());
                text.append(String.join("\n", PdfPages.of(pdf))).append('\n');
            }
        } else {
            text.append(part.getContent()).append('\n');
        }
    }

    private static Map<String, LoggedDelivery> logged(String scheduleId) {
        Map<String, LoggedDelivery> rows = new LinkedHashMap<>();
        DeliveryLog.latest(lake).values().stream().filter(l -> l.scheduleId().equals(scheduleId))
                .sorted(java.util.Comparator.comparing(LoggedDelivery::fireAt).thenComparing(LoggedDelivery::recipient))
                .forEach(l -> rows.put(l.period() + " " + l.recipient(), l));
        return rows;
    }

    @Test
    @Order(1)
    void headquartersGetsEverythingAnIocOnlyItsOwnScorecardAndARerunSendsNothing() throws Exception {
        Path schedules = file("scopes", schedules("scopes", "national-pdf, national-xlsx, scorecard-pdf", 1,
                "hq@example.gov NATIONAL", "nyc@example.gov IOC-NYC"));
        assertEquals(0, distribute(schedules, APRIL_RUN, SMTP.getSmtp().getPort()), console.toString());
        assertEquals(2, SMTP.getReceivedMessages().length);
        assertTrue(Files.isRegularFile(out.resolve("2026-Q1/metrics.csv")));

        MimeMessage hq = to("hq@example.gov").get(0);
        String hqDelivery = Delivery.id("scopes", Instant.parse("2026-04-05T10:00:00Z"), "hq@example.gov");
        assertEquals("[CUI] IOC Metrics scopes 2026-Q1", hq.getSubject());
        assertEquals(hqDelivery, hq.getHeader(DeliveryMessage.DELIVERY_HEADER)[0]);
        assertEquals("<" + hqDelivery + ".ioc-metrics@example.gov>", hq.getMessageID());
        Parts hqParts = parts(hq);
        assertEquals(List.of("national-2026-Q1.pdf", "national-2026-Q1.xlsx", "scorecard-2026-Q1-IOC-GUM.pdf",
                "scorecard-2026-Q1-IOC-HNL.pdf", "scorecard-2026-Q1-IOC-NYC.pdf"), hqParts.attachments());
        assertTrue(hqParts.text().contains("Largest changes against 2025-Q4"), hqParts.text());

        List<MimeMessage> nyc = to("nyc@example.gov");
        assertEquals(1, nyc.size());
        Parts nycParts = parts(nyc.get(0));
        assertEquals(List.of("scorecard-2026-Q1-IOC-NYC.pdf"), nycParts.attachments());
        assertTrue(nycParts.text().contains("Sector New York IOC (IOC-NYC)"), nycParts.text());
        assertTrue(nycParts.text().startsWith("[CUI]") && nycParts.text().contains("\nCUI"), nycParts.text());
        for (String other : OTHER_THAN_NYC) {
            assertFalse(nycParts.text().contains(other), other + " is in the IOC-NYC message:\n" + nycParts.text());
        }

        Map<String, LoggedDelivery> log = logged("scopes");
        assertEquals(List.of("2026-Q1 hq@example.gov", "2026-Q1 nyc@example.gov"), List.copyOf(log.keySet()));
        LoggedDelivery nycRow = log.get("2026-Q1 nyc@example.gov");
        assertEquals(DeliveryStatus.SENT, nycRow.status());
        assertEquals(1, nycRow.attempts());
        assertEquals(List.of(new LoggedDelivery.Attachment("scorecard-2026-Q1-IOC-NYC.pdf",
                Sha256.ofFile(out.resolve("2026-Q1/reports/scorecard-2026-Q1-IOC-NYC.pdf")))), nycRow.attachments());

        console.getBuffer().setLength(0);
        assertEquals(0, distribute(schedules, APRIL_RUN, SMTP.getSmtp().getPort()));
        assertEquals(2, SMTP.getReceivedMessages().length);
        assertEquals("", console.toString(), "a run with nothing due prints nothing (cron mails what it prints)");
    }

    @Test
    void aRunThreeQuartersLaterSendsCatchUpPeriodsAndSkipsTheOlderOneOnce() throws Exception {
        Path schedules = file("catch-up", schedules("catch-up", "scorecard-pdf", 2, "gum@example.gov IOC-GUM"));
        assertEquals(0, distribute(schedules, APRIL_RUN, SMTP.getSmtp().getPort()), console.toString());
        assertEquals(2, to("gum@example.gov").size());
        assertEquals(0, distribute(schedules, "2027-01-05T12:00:00Z", SMTP.getSmtp().getPort()), console.toString());
        assertEquals(0, distribute(schedules, "2027-01-05T12:00:00Z", SMTP.getSmtp().getPort()), console.toString());

        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : to("gum@example.gov")) {
            subjects.add(message.getSubject());
        }
        assertEquals(List.of("[CUI] IOC Metrics catch-up 2025-Q4", "[CUI] IOC Metrics catch-up 2026-Q1",
                "[CUI] IOC Metrics catch-up 2026-Q3", "[CUI] IOC Metrics catch-up 2026-Q4"), subjects);
        Map<String, LoggedDelivery> log = logged("catch-up");
        assertEquals(List.of("2025-Q4 gum@example.gov", "2026-Q1 gum@example.gov", "2026-Q2 gum@example.gov",
                "2026-Q3 gum@example.gov", "2026-Q4 gum@example.gov"), List.copyOf(log.keySet()));
        assertEquals(DeliveryStatus.SKIPPED, log.get("2026-Q2 gum@example.gov").status());
        assertEquals(1, DeliveryLog.recent(lake, 1000).stream()
                .filter(l -> l.status() == DeliveryStatus.SKIPPED && l.scheduleId().equals("catch-up")).count());
    }

    @Test
    void aPermanentRejectionFailsThatDeliveryOnlyNotifiesTheOwnerOnceAndTheNextRunRetriesIt() throws Exception {
        Path schedules = file("rejects", schedules("rejects", "scorecard-pdf", 1, "ok@example.gov IOC-NYC",
                "rejected@example.gov IOC-GUM", "also-ok@example.gov IOC-HNL"));
        String stderr;
        int status;
        try (FaultySmtpRelay relay = new FaultySmtpRelay(SMTP.getSmtp().getPort(), "rejected@example.gov", 0)) {
            int[] exit = new int[1];
            stderr = Stderr.of(() -> exit[0] = distribute(schedules, APRIL_RUN, relay.port()));
            status = exit[0];
        }
        assertEquals(Distributor.SOME_FAILED, status, console.toString());
        assertEquals(1, to("ok@example.gov").size());
        assertEquals(1, to("also-ok@example.gov").size());
        assertEquals(0, to("rejected@example.gov").size());
        List<MimeMessage> notices = to("owner@example.gov");
        assertEquals(1, notices.size());
        assertEquals("[CUI] IOC Metrics distribution: 1 delivery FAILED", notices.get(0).getSubject());
        String notice = (String) notices.get(0).getContent();
        assertTrue(notice.contains("rejects 2026-Q1 to rejected@example.gov (IOC-GUM)") && notice.contains("550"), notice);
        LoggedDelivery failed = logged("rejects").get("2026-Q1 rejected@example.gov");
        assertEquals(DeliveryStatus.FAILED, failed.status());
        assertEquals(1, failed.attempts());
        assertTrue(failed.lastError().startsWith("550"), failed.lastError());

        String everythingShown = console + stderr + notice + DeliveryLog.recent(lake, 1000);
        assertFalse(everythingShown.contains(PASSWORD), "the SMTP password was shown");

        assertEquals(0, distribute(schedules, "2026-04-05T12:15:00Z", SMTP.getSmtp().getPort()), console.toString());
        assertEquals(1, to("rejected@example.gov").size());
        assertEquals(1, to("ok@example.gov").size());
        LoggedDelivery retried = logged("rejects").get("2026-Q1 rejected@example.gov");
        assertEquals(DeliveryStatus.SENT, retried.status());
        assertEquals(2, retried.attempts());
        assertEquals(failed.deliveryId(), retried.deliveryId());
    }

    @Test
    void aServerDownForTheFirstAttemptIsRetriedAndTheMessageSentOnce() throws Exception {
        Path schedules = file("transient", schedules("transient", "scorecard-pdf", 1, "hnl@example.gov IOC-HNL"));
        try (FaultySmtpRelay relay = new FaultySmtpRelay(SMTP.getSmtp().getPort(), null, 1)) {
            assertEquals(0, distribute(schedules, APRIL_RUN, relay.port()), console.toString());
            assertEquals(2, relay.connections());
        }
        assertEquals(1, to("hnl@example.gov").size());
        LoggedDelivery sent = logged("transient").get("2026-Q1 hnl@example.gov");
        assertEquals(DeliveryStatus.SENT, sent.status());
        assertEquals(2, sent.attempts());
    }

    @Test
    @Order(2)
    void twoProcessesStartedTogetherDeliverEachMessageOnce() throws Exception {
        Path schedules = file("concurrent", schedules("concurrent", "scorecard-pdf", 1, "one@example.gov IOC-NYC",
                "two@example.gov IOC-GUM"));
        Map<String, String> environment = smtp(SMTP.getSmtp().getPort());
        String[] args = {"distribute", "--lake", lake.uri(), "--schedules", schedules.toString(), "--out", out.toString(),
                "--now", APRIL_RUN};
        ChildRun first = ChildRun.start(shared, shared.resolve("first.log"), environment, args);
        ChildRun second = ChildRun.start(shared, shared.resolve("second.log"), environment, args);
        assertEquals(0, first.exitStatus(), first.output());
        assertEquals(0, second.exitStatus(), second.output());
        assertEquals(1, to("one@example.gov").size());
        assertEquals(1, to("two@example.gov").size());
        assertEquals(2, logged("concurrent").size());
        assertFalse((first.output() + second.output()).contains(PASSWORD));
    }

    @Test
    void aDryRunPrintsWhatIsDueAndSendsAndLogsNothing() throws Exception {
        Path schedules = file("dry", schedules("dry", "national-pdf, scorecard-pdf", 2, "hq@example.gov NATIONAL",
                "nyc@example.gov IOC-NYC"));
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("distribute", "--lake", lake.uri(), "--schedules", schedules.toString(), "--out",
                    out.toString(), "--now", APRIL_RUN, "--dry-run");
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, output);
        List<String> lines = output.lines().toList();
        assertEquals(5, lines.size(), output);
        assertTrue(lines.get(0).startsWith("due    dry 2025-Q4 to hq@example.gov (NATIONAL), fire 2026-01-05T11:00:00Z at"
                + " 2026-01-05 06:00 EST: national-2025-Q4.pdf, 3 scorecards (scorecard-2025-Q4-<IOC>.pdf)"), output);
        assertTrue(lines.get(3).startsWith("due    dry 2026-Q1 to nyc@example.gov (IOC-NYC), fire 2026-04-05T10:00:00Z at"
                + " 2026-04-05 06:00 EDT: scorecard-2026-Q1-IOC-NYC.pdf"), output);
        assertEquals("dry run at 2026-04-05T12:00:00Z: 4 due, 0 to skip; nothing sent or logged", lines.get(4));
        assertEquals(0, SMTP.getReceivedMessages().length);
        assertEquals(0, logged("dry").size());
    }

    @Test
    void aBadSchedulesFileExitsWithStatus2AndOneLineAndSendsNothing() throws Exception {
        Path schedules = file("bad", schedules("bad", "scorecard-pdf", 1, "x@example.gov IOC-XYZ"));
        int[] status = new int[1];
        String stderr = Stderr.of(() -> status[0] = Main.run("distribute", "--lake", lake.uri(), "--schedules",
                schedules.toString(), "--out", out.toString(), "--now", APRIL_RUN, "--dry-run"));
        assertEquals(2, status[0]);
        assertEquals(List.of("ioc-metrics: bad.yaml: schedule 'bad', field 'recipients[1].scope' 'IOC-XYZ' is neither"
                + " NATIONAL nor an IOC of the lake's silver/iocs (such as IOC-GUM)"), stderr.lines().toList());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }
}
