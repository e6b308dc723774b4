package org.iocmetrics.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeLock;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.OutputFolder;
import org.iocmetrics.ingest.IngestJob;
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

    @Mixin
    LakeOptions.Input input;

    @Mixin
    LakeOptions.LakeLocation lake;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "2026-W09, 2026-03, 2026-Q1, FY2026 or FY2026-Q2. Default: the last complete quarter in"
                    + " the data.")
    String period;

    @Mixin
    LakeOptions.Out out;

    @Mixin
    ReportMarkings markings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var options = markings.options();
        var targets = markings.targets();
        Period requested = period == null ? null : Period.parse(period);
        OutputFolder folder = out.folder("pipeline");
        Lake opened = lake.open("pipeline");
        Location drop = input.drop(opened);
        // a bad drop fails here, before the lock creates the lake's folder
        IngestJob prepared = IngestJob.prepare(drop, opened);
        RunManifest manifest;
        try (LakeLock lock = LakeLock.acquire(opened, "pipeline", LakeLock.DEFAULT_WAIT)) {
            manifest = Pipeline.run(prepared, drop, opened, requested, folder, options, targets);
        }
        folder.publish();
        var console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "%s: metrics.csv, %d report files and %s in %s%n", manifest.period().id(),
                manifest.outputs().size() - 1, RunManifest.FILE_NAME, folder);
        console.flush();
        return 0;
    }
}
