package org.iocmetrics.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.iocmetrics.common.Defaults;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.OutputFolder;
import org.iocmetrics.common.UserError;
import org.iocmetrics.distribution.Distributor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code distribute}: sends the scheduled reports that are due, once each (DISTRIBUTION.md). */
@Command(
        name = "distribute",
        mixinStandardHelpOptions = true,
        description = {
            "Send the reports the schedules file says are due at --now to their recipients, each scoped to the"
                    + " nation or one IOC, through the SMTP server of IOC_METRICS_SMTP_HOST, _PORT (587), _USER,"
                    + " _PASSWORD and _TLS (starttls, tls, or none for a loopback host only). Every delivery is"
                    + " logged in the lake's ops/deliveries: a run sends nothing already sent, so start it every few"
                    + " minutes from cron or a systemd timer. Missing period outputs are computed into OUT/<period>/.",
            "Exit status: 0 when every due delivery was sent, 3 when one FAILED (the owner gets one notice; the"
                    + " next run retries), 2 for a bad schedules file, setting or argument (nothing is sent)."})
public final class DistributeCommand implements Callable<Integer> {

    @Mixin
    LakeOptions.LakeLocation lakeOption;

    @Option(names = "--schedules", paramLabel = "FILE",
            description = "The schedules file (YAML). Default: the bundled sample, data-samples/schedules.yaml.")
    Path schedules;

    @Mixin
    LakeOptions.Out outOption;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "The moment the run judges what is due, ISO-8601 (2026-04-05T10:00:00Z). Default: the clock.")
    String now;

    @Option(names = "--dry-run", description = "Print every due delivery (fire, period, recipient, attachments);"
            + " send and log nothing.")
    boolean dryRun;

    @Option(names = "--status", description = "Print the latest deliveries of the lake's delivery log and stop.")
    boolean status;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        if (status) {
            if (dryRun || now != null) {
                throw new UserError("--status prints the delivery log only: leave out --dry-run and --now");
            }
            Distributor.printStatus(lakeOption.open("distribute"), console);
            return 0;
        }
        Instant at = now == null ? Instant.now() : instant(now);
        Path schedulesFile = schedules == null ? Defaults.sampleSchedules() : schedules.toAbsolutePath().normalize();
        if (!Files.isRegularFile(schedulesFile)) {
            throw new UserError("no schedules file at " + schedulesFile + " (see --schedules and README, Distribution)");
        }
        Lake lake = lakeOption.open("distribute");
        OutputFolder out = outOption.folder("distribute");
        if (!out.isLocal()) {
            // the reports are attached from here and found here by the next run
            throw new UserError("distribute needs --out on this machine's disk, not " + out);
        }
        return Distributor.run(lake, schedulesFile, out.local(), at, dryRun, System.getenv(), console);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError("--now '" + text + "' is not an ISO-8601 instant such as 2026-04-05T10:00:00Z");
        }
    }
}
