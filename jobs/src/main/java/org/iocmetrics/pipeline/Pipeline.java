package org.iocmetrics.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.OutputFolder;
import org.iocmetrics.common.StageLog;
import org.iocmetrics.gold.GoldJob;
import org.iocmetrics.ingest.IngestJob;
import org.iocmetrics.ingest.IngestResult;
import org.iocmetrics.metrics.DefaultPeriod;
import org.iocmetrics.metrics.MetricsCsv;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportJob;
import org.iocmetrics.report.Targets;
import org.iocmetrics.reports.ReportOptions;

/**
 * The whole run of CLI.md's {@code pipeline}: ingest the drop, bring gold up to silver, compute the
 * period (and the periods its reports compare against that need it), write metrics.csv and the
 * reports, and record it all in run-manifest.json.
 */
public final class Pipeline {
    private final Map<String, Double> stepSeconds = new LinkedHashMap<>();

    private Pipeline() {}

    /**
     * Runs every step after the drop at {@code input} was prepared for {@code lake}; the caller holds
     * the lake's lock. {@code requested} null means the last complete quarter in the data.
     */
    public static RunManifest run(IngestJob prepared, Location input, Lake lake, Period requested, OutputFolder out,
                                  ReportOptions reportOptions, Targets targets) {
        return new Pipeline().execute(prepared, input, lake, requested, out, reportOptions, targets);
    }

    private RunManifest execute(IngestJob prepared, Location input, Lake lake, Period requested, OutputFolder out,
                                ReportOptions reportOptions, Targets targets) {
        Instant startedAt = Instant.now();
        Map<String, Long> versionsBefore = lake.versions();
        IngestResult ingest = step("ingest", prepared::commit);
        step("gold", () -> {
            GoldJob.build(lake);
            return null;
        });
        Period period = requested != null ? requested : DefaultPeriod.lastCompleteQuarter(lake);
        List<Path> outputs = new ArrayList<>();
        outputs.add(step("metrics", () -> MetricsCsv.write(
                MetricsJob.ofPeriod(MetricsJob.compute(lake, computedWith(lake, period)), period), out.local())));
        Map<String, Long> tableVersions = lake.versions();
        outputs.addAll(step("reports", () -> ReportJob.render(lake, period, out.local(), reportOptions, targets)));
        RunManifest manifest = new RunManifest(input, lake, out, period, ingest, tableVersions, outputs,
                stepSeconds, startedAt, Instant.now());
        manifest.write();
        lake.vacuumAfter(versionsBefore);
        StageLog.info("pipeline " + period.id() + ": " + outputs.size() + " outputs and "
                + RunManifest.FILE_NAME + " in " + out);
        return manifest;
    }

    /**
     * What a run of {@code period} computes: the period and its look-ahead week afresh, and the periods
     * its reports compare it with that gold/metric_values lacks (gold drops the values of every period
     * its changes reach) and that can have data.
     */
    public static List<Period> computedWith(Lake lake, Period period) {
        List<Period> computed = new ArrayList<>(List.of(period, ReportJob.lookAheadWeek(period)));
        computed.addAll(MetricsJob.missingWithData(lake, ReportJob.comparisonPeriods(period)));
        return computed;
    }

    private <T> T step(String name, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        stepSeconds.put(name, Math.round((System.nanoTime() - started) / 1e6) / 1e3);
        return result;
    }
}
