package org.iocmetrics.distribution;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeLock;
import org.iocmetrics.common.Sha256;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.gold.GoldJob;
import org.iocmetrics.metrics.MetricsCsv;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.pipeline.Pipeline;
import org.iocmetrics.report.Headlines;
import org.iocmetrics.report.ReportJob;
import org.iocmetrics.report.Targets;
import org.iocmetrics.reports.ReportOptions;

/**
 * One run of {@code distribute} (DISTRIBUTION.md): validates the schedules file, works out what is due
 * from the delivery log, and, holding the lake's lock so that a second run waits and then finds every
 * delivery SENT, computes the periods' outputs that are missing, sends each message and logs it as soon
 * as the server accepted it (a crash re-sends at most that one message, under the same delivery id).
 */
public final class Distributor {
    /** The exit status of a run with a FAILED delivery. */
    public static final int SOME_FAILED = 3;
    static final int STATUS_ROWS = 40;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

    private final Lake lake;
    private final Path out;
    private final Instant now;
    private final PrintWriter console;
    private final Map<String, String> iocNames;

    private Distributor(Lake lake, Path out, Instant now, PrintWriter console, Map<String, String> iocNames) {
        this.lake = lake;
        this.out = out;
        this.now = now;
        this.console = console;
        this.iocNames = iocNames;
    }

    /**
     * Sends (or with {@code dryRun} only prints) what is due at {@code now}; returns the exit status.
     * {@code environment} holds the SMTP settings (IOC_METRICS_SMTP_*).
     */
    public static int run(Lake lake, Path schedulesFile, Path out, Instant now, boolean dryRun,
                          Map<String, String> environment, PrintWriter console) {
        GoldJob.requireGold(lake);
        Map<String, String> iocNames = new TreeMap<>();
        GoldJob.silver(lake, Source.IOCS).select(Columns.IOC_ID, Columns.NAME).collectAsList()
                .forEach(r -> iocNames.put(r.getString(0), r.getString(1)));
        Schedules schedules = SchedulesFile.read(schedulesFile, iocNames.keySet());
        Distributor distributor = new Distributor(lake, out, now, console, iocNames);
        if (dryRun) {
            distributor.print(DeliveryPlan.at(now, schedules, DeliveryLog.latest(lake)));
            return 0;
        }
        Mailer mailer = new Mailer(SmtpSettings.fromEnvironment(environment));
        try (LakeLock lock = LakeLock.acquire(lake, "distribute", LakeLock.DEFAULT_WAIT)) {
            // read after the lock: a run that held it before has logged everything it sent
            return distributor.deliver(DeliveryPlan.at(now, schedules, DeliveryLog.latest(lake)), schedules, mailer);
        }
    }

    /** Prints the latest rows of the delivery log, newest first. */
    public static void printStatus(Lake lake, PrintWriter console) {
        List<LoggedDelivery> rows = DeliveryLog.recent(lake, STATUS_ROWS);
        if (rows.isEmpty()) {
            console.println("no deliveries logged in " + lake);
            console.flush();
            return;
        }
        console.printf(Locale.ROOT, "%-20s %-7s %-8s %-28s %-12s %-34s %-10s %s%n", "logged (UTC)", "status",
                "attempts", "schedule", "period", "recipient", "scope", "last error");
        for (LoggedDelivery row : rows) {
            console.printf(Locale.ROOT, "%-20s %-7s %-8d %-28s %-12s %-34s %-10s %s%n",
                    row.loggedAt().toString().substring(0, 19), row.status(), row.attempts(), row.scheduleId(),
                    row.period(), row.recipient(), row.scope(), row.lastError() == null ? "" : row.lastError());
        }
        console.flush();
    }

    private void print(DeliveryPlan plan) {
        for (Delivery delivery : plan.toSend()) {
            console.println("due    " + describe(delivery) + ": " + attachmentSummary(delivery));
        }
        for (Delivery delivery : plan.toSkip()) {
            console.println("skip   " + describe(delivery));
        }
        console.printf(Locale.ROOT, "dry run at %s: %d due, %d to skip; nothing sent or logged%n", now,
                plan.toSend().size(), plan.toSkip().size());
        console.flush();
    }

    private int deliver(DeliveryPlan plan, Schedules schedules, Mailer mailer) {
        long started = System.nanoTime();
        Instant runAt = Instant.now();
        List<LoggedDelivery> skipped = plan.toSkip().stream().map(d -> LoggedDelivery.of(d, List.of(),
                DeliveryStatus.SKIPPED, d.attemptsBefore(), "older than the schedule's catch_up " + d.schedule().catchUp()
                        + " most recent fires at " + now, runAt)).toList();
        DeliveryLog.append(lake, skipped, writeId(skipped));
        skipped.forEach(row -> console.println("SKIPPED " + describe(row)));
        Map<Period, Headlines> headlines = new LinkedHashMap<>();
        for (Period period : plan.toSend().stream().map(Delivery::period).collect(Collectors.toCollection(LinkedHashSet::new))) {
            ensureOutputs(period, plan.toSend().stream().filter(d -> d.period().equals(period)).toList());
            headlines.put(period, Headlines.read(lake, period));
        }
        List<LoggedDelivery> failed = new ArrayList<>();
        int sent = 0;
        for (Delivery delivery : plan.toSend()) {
            Path reports = reportsFolder(delivery.period());
            Attachments attachments = Attachments.within(allowed(delivery), Attachments.MESSAGE_LIMIT_BYTES);
            List<LoggedDelivery.Attachment> logged = attachments.attached().stream()
                    .map(file -> new LoggedDelivery.Attachment(file.getFileName().toString(), Sha256.ofFile(file))).toList();
            String scope = delivery.recipient().national() ? null : delivery.recipient().scope();
            DeliveryMessage.Content content = new DeliveryMessage.Content(audience(delivery.recipient()),
                    headlines.get(delivery.period()).of(scope), attachments, reports);
            Mailer.Outcome outcome = mailer.send(DeliveryMessage.build(mailer.session(), schedules.from(), delivery,
                    content, Instant.now()));
            int attempts = delivery.attemptsBefore() + outcome.attempts();
            if (outcome.accepted()) {
                LoggedDelivery row = LoggedDelivery.of(delivery, logged, DeliveryStatus.SENT, attempts, null, Instant.now());
                DeliveryLog.append(lake, List.of(row), writeId(List.of(row)));
                console.println("SENT    " + describe(row));
                sent++;
            } else {
                LoggedDelivery row = LoggedDelivery.of(delivery, logged, DeliveryStatus.FAILED, attempts, outcome.error(),
                        Instant.now());
                failed.add(row);
                console.println("FAILED  " + describe(row) + ": " + outcome.error());
            }
        }
        DeliveryLog.append(lake, failed, writeId(failed));
        if (!failed.isEmpty()) {
            Mailer.Outcome notice = mailer.send(FailureNotice.build(mailer.session(), schedules.from(), schedules.owner(),
                    failed, Instant.now()));
            console.println(notice.accepted() ? "failure notice sent to " + schedules.owner()
                    : "the failure notice to " + schedules.owner() + " could not be sent either: " + notice.error());
        }
        String summary = String.format(Locale.ROOT, "distribute at %s: %d sent, %d failed, %d skipped in %.1f s", now, sent,
                failed.size(), skipped.size(), (System.nanoTime() - started) / 1e9);
        // a run with nothing to do prints nothing: cron mails whatever a job prints
        if (sent + failed.size() + skipped.size() > 0) {
            console.println(summary);
        }
        console.flush();
        return failed.isEmpty() ? 0 : SOME_FAILED;
    }

    /**
     * Computes the period's metrics.csv and reports into {@code --out/<period>/} unless every file the
     * deliveries need is there, computing what a pipeline run of the period computes.
     */
    private void ensureOutputs(Period period, List<Delivery> deliveries) {
        Path folder = out.resolve(period.id());
        Set<Path> needed = new LinkedHashSet<>();
        needed.add(folder.resolve(MetricsCsv.FILE_NAME));
        deliveries.forEach(d -> needed.addAll(allowed(d)));
        if (needed.stream().allMatch(Files::isRegularFile)) {
            return;
        }
        MetricsCsv.write(MetricsJob.ofPeriod(MetricsJob.compute(lake, Pipeline.computedWith(lake, period)), period), folder);
        ReportJob.render(lake, period, folder, ReportOptions.defaults(), Targets.NONE);
    }

    private Path reportsFolder(Period period) {
        return out.resolve(period.id()).resolve(ReportJob.FOLDER);
    }

    private List<Path> allowed(Delivery delivery) {
        return Attachments.allowed(delivery, reportsFolder(delivery.period()), List.copyOf(iocNames.keySet()));
    }

    private String audience(Recipient recipient) {
        return recipient.national() ? "the national IOC program"
                : iocNames.get(recipient.scope()) + " (" + recipient.scope() + ")";
    }

    /** The dry run's list of a delivery's files: names, scorecards of a national scope counted. */
    private String attachmentSummary(Delivery delivery) {
        List<String> names = allowed(delivery).stream().map(file -> file.getFileName().toString()).toList();
        if (names.isEmpty()) {
            return "no attachments (its scope allows none of the schedule's reports)";
        }
        String scorecardPrefix = "scorecard-" + delivery.period().id() + "-";
        List<String> scorecards = names.stream().filter(name -> name.startsWith(scorecardPrefix)).toList();
        List<String> shown = new ArrayList<>(names.stream().filter(name -> !name.startsWith(scorecardPrefix)).toList());
        if (scorecards.size() > 1) {
            shown.add(scorecards.size() + " scorecards (" + scorecardPrefix + "<IOC>.pdf)");
        } else {
            shown.addAll(scorecards);
        }
        boolean rendered = allowed(delivery).stream().allMatch(Files::isRegularFile);
        return String.join(", ", shown) + (rendered ? "" : " (rendered into " + out.resolve(delivery.period().id())
                + " when sent)");
    }

    private String describe(Delivery delivery) {
        return describe(delivery.schedule().id(), delivery.period().id(), delivery.recipient().email(),
                delivery.recipient().scope(), delivery.fireAt()) + " at "
                + LOCAL.format(delivery.fireAt().atZone(delivery.schedule().zone()));
    }

    private static String describe(LoggedDelivery row) {
        return describe(row.scheduleId(), row.period(), row.recipient(), row.scope(), row.fireAt());
    }

    private static String describe(String scheduleId, String period, String recipient, String scope, Instant fireAt) {
        return String.format(Locale.ROOT, "%s %s to %s (%s), fire %s", scheduleId, period, recipient, scope, fireAt);
    }

    /** The same rows always get the same id: Delta skips a write whose id it already committed. */
    private static String writeId(List<LoggedDelivery> rows) {
        return "deliveries-" + Sha256.ofText(rows.stream()
                .map(row -> row.deliveryId() + ":" + row.status() + ":" + row.attempts())
                .collect(Collectors.joining(",")));
    }
}
