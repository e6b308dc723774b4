package org.iocmetrics.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iocmetrics.common.Defaults;
import org.iocmetrics.common.SparkSessions;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.pipeline.Pipeline;
import org.iocmetrics.pipeline.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pipeline}: ingest, metrics and reports of one period in one run (CLI.md). */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = "Ingest the drop into the Delta lake, compute PERIOD's metrics into OUT/metrics.csv, render"
                + " the period's reports into OUT/reports/ and record the run in OUT/run-manifest.json.")
public final class PipelineCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR",
            description = "The input drop (layout: DATA-CONTRACT.md). Default: the bundled sample drop.")
    Path input;

    @Option(names = "--lake", paramLabel = "DIR",
            description = "The Delta lake, created if absent. Default: ${DEFAULT-VALUE}.")
    Path lake = Defaults.LAKE;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "2026-W09, 2026-03, 2026-Q1, FY2026 or FY2026-Q2. Default: the last complete quarter in"
                    + " the data.")
    String period;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out = Defaults.OUT;

    @Mixin
    ReportMarkings markings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Period requested = period == null ? null : Period.parse(period);
        Path drop = input != null ? input : Defaults.sampleDrop();
        RunManifest manifest = Pipeline.run(SparkSessions.getOrCreate("ioc-metrics pipeline"), drop, lake, requested,
                out, markings.options());
        var console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "%s: metrics.csv, %d report files and %s in %s%n", manifest.period().id(),
                manifest.outputs().size() - 1, RunManifest.FILE_NAME, out.toAbsolutePath().normalize());
        console.flush();
        return 0;
    }
}
