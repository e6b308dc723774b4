package org.iocmetrics.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.SparkSessions;
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
    private LakeOptions.Lake lakeOption;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "2026-W09, 2026-03, 2026-Q1, FY2026 or FY2026-Q2 (default: the last complete quarter in the data).")
    private String period;

    @Mixin
    private LakeOptions.Out outOption;

    @Override
    public Integer call() {
        Period requested = period == null ? null : Period.parse(period);
        Path lake = lakeOption.lake;
        Path out = outOption.out;
        SparkSession spark = SparkSessions.getOrCreate("ioc-metrics metrics");
        GoldJob.build(spark, lake);
        Period computed = requested != null ? requested : DefaultPeriod.lastCompleteQuarter(spark, lake);
        Dataset<Row> values = MetricsJob.compute(spark, lake, computed);
        Path file = MetricsCsv.write(values, out);
        spec.commandLine().getOut().println("metrics of " + computed.id() + " written to " + file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
