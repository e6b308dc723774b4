package org.iocmetrics.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.SparkSessions;
import org.iocmetrics.common.UserError;
import org.iocmetrics.gold.GoldJob;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportJob;
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
                + " report (PDF and XLSX) and one scorecard PDF per IOC.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    LakeOptions.Lake lakeOption;

    @Option(names = "--period", paramLabel = "PERIOD", required = true,
            description = "2026-W09 (ISO week), 2026-03 (month), 2026-Q1 (quarter), FY2026 or FY2026-Q2.")
    String period;

    @Mixin
    LakeOptions.Out outOption;

    @Mixin
    ReportMarkings markings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Period reportPeriod = Period.parse(period);
        Path lake = lakeOption.lake;
        Path out = outOption.out;
        if (!Files.isDirectory(lake)) {
            throw new UserError("no lake at " + lake.toAbsolutePath().normalize() + ": run ingest and metrics first, or pass --lake");
        }
        SparkSession spark = SparkSessions.getOrCreate("ioc-metrics report");
        GoldJob.requireGold(spark, lake);
        List<Period> shown = new ArrayList<>(List.of(reportPeriod));
        shown.addAll(ReportJob.comparisonPeriods(reportPeriod));
        MetricsJob.computeMissing(spark, lake, shown);
        List<Path> files = ReportJob.render(spark, lake, reportPeriod, out, markings.options());
        var console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "%d report files for %s in %s%n", files.size(), reportPeriod.id(),
                out.resolve("reports").toAbsolutePath().normalize());
        console.flush();
        return 0;
    }
}
