package org.iocmetrics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeLock;
import org.iocmetrics.common.OutputFolder;
import org.iocmetrics.common.SparkSessions;
import org.iocmetrics.common.UserError;
import org.iocmetrics.gold.GoldJob;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.pipeline.RunManifest;
import org.iocmetrics.report.ReportJob;
import org.iocmetrics.report.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the national report and every IOC scorecard of a period, from the lake. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Render a period's reports from the Delta lake into OUT/reports/: the national IOC program"
                + " report (PDF and XLSX) and one scorecard PDF per IOC. With --manifest, render an earlier"
                + " run's period again from the table versions its run-manifest.json recorded.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    LakeOptions.LakeLocation lakeOption;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "2026-W09 (ISO week), 2026-03 (month), 2026-Q1 (quarter), FY2026 or FY2026-Q2."
                    + " Required unless --manifest is given.")
    String period;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A run-manifest.json of an earlier pipeline run: its period, rendered from the Delta"
                    + " versions it recorded (time travel), whatever the lake holds now. The lake is the"
                    + " manifest's unless --lake is given.")
    Path manifest;

    @Mixin
    LakeOptions.Out outOption;

    @Mixin
    ReportMarkings markings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFolder out = outOption.folder("report");
        var options = markings.options();
        Targets targets = markings.targets();
        Period reportPeriod;
        List<Path> files;
        if (manifest != null) {
            RunManifest.Recorded recorded = RunManifest.read(manifest);
            reportPeriod = recorded.period();
            if (period != null && !Period.parse(period).equals(reportPeriod)) {
                throw new UserError("--period " + period + " differs from the manifest's period " + reportPeriod.id()
                        + ": leave --period out with --manifest");
            }
            String location = spec.commandLine().getParseResult().hasMatchedOption("--lake")
                    ? lakeOption.lake : recorded.lake();
            Lake lake = Lake.at(SparkSessions.getOrCreate("ioc-metrics report"), location);
            GoldJob.requireGold(lake);
            files = ReportJob.render(lake.pinnedTo(Lake.tablesOf(recorded.tables())), reportPeriod, out.local(),
                    options, targets);
        } else {
            if (period == null) {
                throw new UserError("give --period (or --manifest to render an earlier run again)");
            }
            reportPeriod = Period.parse(period);
            Lake lake = lakeOption.open("report");
            GoldJob.requireGold(lake);
            try (LakeLock lock = LakeLock.acquire(lake, "report", LakeLock.DEFAULT_WAIT)) {
                // the look-ahead week afresh: its plan changes with every drop
                List<Period> computed = new ArrayList<>(MetricsJob.missing(lake, List.of(reportPeriod)));
                computed.add(ReportJob.lookAheadWeek(reportPeriod));
                computed.addAll(MetricsJob.missingWithData(lake, ReportJob.comparisonPeriods(reportPeriod)));
                MetricsJob.compute(lake, computed);
                files = ReportJob.render(lake, reportPeriod, out.local(), options, targets);
            }
        }
        out.publish();
        var console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "%d report files for %s in %s%n", files.size(), reportPeriod.id(),
                out.show(out.local().resolve("reports")));
        console.flush();
        return 0;
    }
}
