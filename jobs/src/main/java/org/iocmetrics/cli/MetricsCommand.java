package org.iocmetrics.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeLock;
import org.iocmetrics.common.OutputFolder;
import org.iocmetrics.gold.GoldJob;
import org.iocmetrics.metrics.DefaultPeriod;
import org.iocmetrics.metrics.MetricsCsv;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metrics}: rebuilds the gold tables from silver, computes a period's metrics and writes metrics.csv. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Build the gold tables from the lake's silver tables, compute every metric of PERIOD for"
                + " every IOC and nationally into gold/metric_values, and write OUT/metrics.csv.")
public final class MetricsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LakeOptions.LakeLocation lakeOption;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "2026-W09, 2026-03, 2026-Q1, FY2026 or FY2026-Q2 (default: the last complete quarter in the data).")
    private String period;

    @Mixin
    private LakeOptions.Out outOption;

    @Override
    public Integer call() {
        Period requested = period == null ? null : Period.parse(period);
        OutputFolder out = outOption.folder("metrics");
        Lake lake = lakeOption.open("metrics");
        // before the lock, which would create the lake's folder: a mistyped --lake stays a one-line error
        GoldJob.requireSilver(lake);
        Period computed;
        Path file;
        try (LakeLock lock = LakeLock.acquire(lake, "metrics", LakeLock.DEFAULT_WAIT)) {
            Map<String, Long> before = lake.versions();
            GoldJob.build(lake);
            computed = requested != null ? requested : DefaultPeriod.lastCompleteQuarter(lake);
            file = MetricsCsv.write(MetricsJob.compute(lake, List.of(computed)), out.local());
            lake.vacuumAfter(before);
        }
        out.publish();
        spec.commandLine().getOut().println("metrics of " + computed.id() + " written to " + out.show(file));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
