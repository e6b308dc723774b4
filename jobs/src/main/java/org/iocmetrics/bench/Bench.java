package org.iocmetrics.bench;

import static org.iocmetrics.gold.GoldColumns.METRIC_ID;
import static org.iocmetrics.gold.GoldColumns.PERIOD;
import static org.iocmetrics.gold.GoldColumns.SCOPE;
import static org.iocmetrics.gold.GoldColumns.SCOPE_IOC;
import static org.iocmetrics.gold.GoldColumns.VALUE;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.HeapPeak;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Location;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.generate.Generator;
import org.iocmetrics.generate.ReferenceData;
import org.iocmetrics.gold.GoldJob;
import org.iocmetrics.ingest.IngestJob;
import org.iocmetrics.ingest.IngestResult;
import org.iocmetrics.ingest.SourceResult;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.pipeline.Pipeline;
import org.iocmetrics.report.ReportJob;
import org.iocmetrics.report.Targets;
import org.iocmetrics.reports.ReportOptions;

/**
 * The `bench` command's run: generates a drop of whole federal fiscal years ending 2026-09-30, runs
 * ingest, gold, the metrics of every quarter and fiscal year, and the last fiscal year's reports in
 * this process, then the same drop in DuckDB, and the overlap sweep against a naive self-join; prints
 * one table. Then, unless skipped, it measures issue 11's goal 3: the month after the data, through the
 * same steps into that lake and into an empty one, in a second table. Timings are wall seconds on
 * whatever else the machine runs: compare within one run.
 */
public final class Bench {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 9, 30);
    private static final Period NEXT_MONTH = Period.containing(Period.Kind.MONTH, LAST_DAY.plusDays(1));
    private static final int DUCKDB_RUNS = 3;
    private static final String DUCKDB = "DuckDB: event rows kept / ingest s, metrics s";
    private static final String PLAIN_SPARK = "plain Spark: DuckDB's ingest, into Delta";

    /** One stage: rows it handled, its seconds in Spark, and in DuckDB when DuckDB does the same step. */
    record Stage(String name, long rows, double seconds, Double duckDbSeconds) {}

    public record Options(double scale, int years, long selfJoinOperations, Path workDir, boolean nextMonth) {}

    private final List<Stage> stages = new ArrayList<>();
    private final PrintStream console;

    private Bench(PrintStream console) {
        this.console = console;
    }

    public static void run(SparkSession spark, Options options, PrintStream console) {
        new Bench(console).execute(spark, options);
    }

    private void execute(SparkSession spark, Options options) {
        LocalDate from = LAST_DAY.plusDays(1).minusYears(options.years());
        Path drop = options.workDir().resolve("drop");
        try (HeapPeak heap = new HeapPeak()) {
            Generator.Summary generated = new Generator(ReferenceData.load())
                    .run(new Generator.Options(drop, from, LAST_DAY, options.scale(), 1L, false), System.err);
            stages.add(new Stage("generate", generated.rows(), generated.seconds(), null));

            Lake lake = Lake.at(spark, options.workDir().resolve("lake").toString());
            List<Period> periods = periods(from);
            List<Row> values = ingestToReports(stages, lake, drop, "metrics (" + periods.size() + " quarters and FYs)",
                    built -> periods, Period.containing(Period.Kind.FISCAL_YEAR, LAST_DAY), options.workDir().resolve("out"));
            long peakHeap = heap.bytes();

            Map<String, ZoneId> zones = MetricsJob.zones(GoldJob.silver(lake, Source.IOCS));
            compareWithDuckDb(drop, zones, periods, values);
            timed(stages, PLAIN_SPARK, () -> PlainSparkBaseline.ingest(spark, drop,
                    options.workDir().resolve("plain-spark")), rows -> rows);
            SweepVersusSelfJoin.Result join = options.selfJoinOperations() > 0
                    ? SweepVersusSelfJoin.run(spark, options.selfJoinOperations()) : null;
            print(options, peakHeap, join);
            if (options.nextMonth()) {
                measureNextMonth(lake, options);
            }
        }
    }

    /**
     * Ingest, gold, the metrics of {@code periods} (chosen once gold is up to date) and the reports of
     * {@code reported}, each step timed into {@code steps}; returns the metric values.
     */
    private static List<Row> ingestToReports(List<Stage> steps, Lake lake, Path drop, String metricsStage,
                                             Function<Lake, List<Period>> periods, Period reported, Path out) {
        IngestResult ingest = timed(steps, "ingest", () -> IngestJob.run(
                Location.of(lake.spark().sparkContext().hadoopConfiguration(), drop.toString(), "input drop"), lake),
                result -> result.sources().stream().mapToLong(SourceResult::rowsRead).sum());
        long silverRows = ingest.sources().stream().mapToLong(SourceResult::rowsAccepted).sum();
        timed(steps, "gold", () -> {
            GoldJob.build(lake);
            return silverRows;
        }, rows -> rows);
        List<Row> values = timed(steps, metricsStage, () -> MetricsJob.compute(lake, periods.apply(lake)), rows -> (long) rows.size());
        timed(steps, "reports " + reported.id(), () -> ReportJob.render(lake, reported, out, ReportOptions.defaults(),
                Targets.NONE), files -> (long) files.size());
        return values;
    }

    /**
     * The month after the data through the pipeline's steps, into {@code lake} (which holds the years)
     * and into an empty lake, from the same drop; prints both side by side.
     */
    private void measureNextMonth(Lake lake, Options options) {
        Path drop = options.workDir().resolve("drop-" + NEXT_MONTH.id());
        new Generator(ReferenceData.load()).run(new Generator.Options(drop, NEXT_MONTH.start(),
                NEXT_MONTH.end().minusDays(1), options.scale(), 1L, false), System.err);
        String metricsStage = "metrics (" + NEXT_MONTH.id() + " and the report periods it needs)";
        Function<Lake, List<Period>> periods = built -> Pipeline.computedWith(built, NEXT_MONTH);
        List<Stage> intoLake = new ArrayList<>();
        ingestToReports(intoLake, lake, drop, metricsStage, periods, NEXT_MONTH,
                options.workDir().resolve("out-" + NEXT_MONTH.id()));
        String emptyLake = NEXT_MONTH.id() + "-only";
        List<Stage> intoEmptyLake = new ArrayList<>();
        ingestToReports(intoEmptyLake, Lake.at(lake.spark(), options.workDir().resolve("lake-" + emptyLake).toString()),
                drop, metricsStage, periods, NEXT_MONTH, options.workDir().resolve("out-" + emptyLake));
        printNextMonth(options, intoLake, intoEmptyLake);
    }

    /**
     * DuckDB's steps, each timed as the fastest of {@link #DUCKDB_RUNS} runs in fresh in-memory databases:
     * one run's time varied by a fifth between two benches of the same drop, and the yardstick of a
     * ratio should be steady. Taking its best time is the conservative side for the project's ratio.
     */
    private void compareWithDuckDb(Path drop, Map<String, ZoneId> zones, List<Period> periods, List<Row> values) {
        double ingestSeconds = Double.MAX_VALUE;
        double metricsSeconds = Double.MAX_VALUE;
        long rows = 0;
        Map<DuckDbBaseline.Key, Double> figures = Map.of();
        for (int run = 0; run < DUCKDB_RUNS; run++) {
            try (DuckDbBaseline duckDb = new DuckDbBaseline()) {
                long started = System.nanoTime();
                rows = duckDb.ingest(drop);
                ingestSeconds = Math.min(ingestSeconds, seconds(started));
                started = System.nanoTime();
                figures = duckDb.metrics(zones, periods);
                metricsSeconds = Math.min(metricsSeconds, seconds(started));
            }
        }
        stages.add(new Stage(DUCKDB, rows, ingestSeconds, metricsSeconds));
        int agree = 0;
        List<String> differ = new ArrayList<>();
        for (Row row : values) {
            if (!SCOPE_IOC.equals(row.getAs(SCOPE))) {
                continue;
            }
            Metric metric = Metric.valueOf(row.getAs(METRIC_ID));
            DuckDbBaseline.Key key = new DuckDbBaseline.Key(metric, row.getAs(PERIOD), row.getAs(Columns.IOC_ID));
            Double theirs = figures.get(key);
            if (theirs == null) {
                continue;
            }
            double ours = row.<Double>getAs(VALUE);
            if (Math.abs(ours - theirs) <= 1e-6 * Math.max(1, Math.abs(ours))) {
                agree++;
            } else {
                differ.add(key + ": " + ours + " vs " + theirs);
            }
        }
        console.printf(Locale.ROOT, "bench: DuckDB and the project agree on %,d of %,d figures (uncovered and"
                + " overlapping patrol hours, duplicate boardings, per IOC and period)%s%n", agree,
                agree + differ.size(), differ.isEmpty() ? "" : "; differ: " + differ.subList(0, Math.min(5, differ.size())));
    }

    private void print(Options options, long peakHeap, SweepVersusSelfJoin.Result join) {
        console.printf(Locale.ROOT, "bench: scale %s, %d fiscal year(s) to %s, %d cores, max heap %,d MB, Java %s%n",
                options.scale(), options.years(), LAST_DAY, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        console.printf(Locale.ROOT, "%-44s %12s %10s %12s %10s%n", "stage", "rows", "seconds", "rows/s", "DuckDB s");
        double spark = 0;
        for (Stage stage : stages) {
            if (!List.of(DUCKDB, PLAIN_SPARK, "generate").contains(stage.name())) {
                spark += stage.seconds();
            }
            console.printf(Locale.ROOT, "%-44s %,12d %10.1f %,12.0f %10s%n", stage.name(), stage.rows(),
                    stage.seconds(), stage.rows() / Math.max(stage.seconds(), 1e-9),
                    stage.duckDbSeconds() == null ? "" : String.format(Locale.ROOT, "%.1f", stage.duckDbSeconds()));
        }
        Stage duck = stage(DUCKDB);
        Stage ingest = stage("ingest");
        Stage plainSpark = stage(PLAIN_SPARK);
        double goldAndMetrics = stages.stream().filter(s -> s.name().equals("gold") || s.name().startsWith("metrics"))
                .mapToDouble(Stage::seconds).sum();
        printRatio("ingest: project vs DuckDB", ingest.seconds(), duck.seconds());
        printRatio("ingest: plain Spark vs DuckDB", plainSpark.seconds(), duck.seconds());
        printRatio("ingest: project vs plain Spark", ingest.seconds(), plainSpark.seconds());
        printRatio("gold + metrics: project vs DuckDB", goldAndMetrics, duck.duckDbSeconds());
        printRatio("ingest to reports vs DuckDB's steps", spark, duck.seconds() + duck.duckDbSeconds());
        console.printf(Locale.ROOT, "bench: peak heap %,d MB; process CPU %.0f s%n", peakHeap >> 20, cpuSeconds());
        if (join != null) {
            console.printf(Locale.ROOT, "bench: overlap of %,d patrols: sweep %.1f s, naive self-join %.1f s (%.1fx);"
                            + " %,.1f vs %,.1f hours%s%n", join.operations(), join.sweepSeconds(), join.selfJoinSeconds(),
                    join.selfJoinSeconds() / join.sweepSeconds(), join.sweepHours(), join.selfJoinHours(),
                    Math.abs(join.sweepHours() - join.selfJoinHours()) < 1e-6 ? " (equal)" : " (DIFFER)");
        }
    }

    /** One line of the ratios: the project's (or plain Spark's) seconds, the yardstick's, and their ratio. */
    private void printRatio(String label, double seconds, double yardstickSeconds) {
        console.printf(Locale.ROOT, "%-44s %12s %10.1f %12s %10.1f %7.1fx%n", label, "", seconds, "", yardstickSeconds,
                seconds / yardstickSeconds);
    }

    private Stage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private void printNextMonth(Options options, List<Stage> intoLake, List<Stage> intoEmptyLake) {
        console.printf(Locale.ROOT, "%-44s %14s %14s %8s%n", "next month " + NEXT_MONTH.id() + ": step",
                options.years() + "-year lake s", "empty lake s", "ratio");
        for (int i = 0; i < intoLake.size(); i++) {
            printNextMonthStep(intoLake.get(i).name(), intoLake.get(i).seconds(), intoEmptyLake.get(i).seconds());
        }
        double lakeSeconds = totalSeconds(intoLake);
        double emptyLakeSeconds = totalSeconds(intoEmptyLake);
        printNextMonthStep("total", lakeSeconds, emptyLakeSeconds);
        console.printf(Locale.ROOT, "bench: a new month into the lake of %d year(s) costs %.1fx the same month into an"
                + " empty lake (goal: at most 2x)%n", options.years(), lakeSeconds / emptyLakeSeconds);
    }

    private void printNextMonthStep(String step, double lakeSeconds, double emptyLakeSeconds) {
        console.printf(Locale.ROOT, "%-44s %14.1f %14.1f %7.1fx%n", step, lakeSeconds, emptyLakeSeconds,
                lakeSeconds / emptyLakeSeconds);
    }

    private static double totalSeconds(List<Stage> steps) {
        return steps.stream().mapToDouble(Stage::seconds).sum();
    }

    /** Every quarter and fiscal year that holds a day of the data. */
    static List<Period> periods(LocalDate from) {
        List<Period> periods = new ArrayList<>();
        for (Period.Kind kind : List.of(Period.Kind.QUARTER, Period.Kind.FISCAL_YEAR)) {
            for (Period p = Period.containing(kind, from); !p.start().isAfter(LAST_DAY);
                    p = Period.containing(kind, p.end())) {
                periods.add(p);
            }
        }
        return periods;
    }

    private static <T> T timed(List<Stage> steps, String name, Supplier<T> work,
                               java.util.function.ToLongFunction<T> rows) {
        long started = System.nanoTime();
        T result = work.get();
        steps.add(new Stage(name, rows.applyAsLong(result), seconds(started), null));
        return result;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double cpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}
