package org.iocmetrics.notebook;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.iocmetrics.common.Defaults;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.SparkSessions;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Source;
import org.iocmetrics.gold.GoldJob;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.MetricsCsv;
import org.iocmetrics.metrics.MetricInputs;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.reports.MetricNumberFormat;

/**
 * What a notebook reads, through the jobs' own code: the lake (common/Lake), its tables by name,
 * the metric catalogue, periods cut in each IOC's zone, and the metrics.csv a run wrote. The lake is
 * IOC_METRICS_LAKE when set (`ioc-metrics notebooks run --lake` sets it), otherwise the CLI's default
 * lake, ioc-lake at the project's root, where `./ioc-metrics pipeline` leaves it.
 */
public final class Notebook {
    static final String LAKE_VARIABLE = "IOC_METRICS_LAKE";
    static final String OUT_VARIABLE = "IOC_METRICS_OUT";

    private static Lake lake;

    private Notebook() {}

    /** The lake, opened once per kernel on the shared SparkSession. */
    public static synchronized Lake lake() {
        if (lake == null) {
            String location = Objects.requireNonNullElse(System.getenv(LAKE_VARIABLE),
                    Defaults.projectHome().resolve(Defaults.LAKE).toString());
            lake = Lake.at(SparkSessions.getOrCreate("ioc-metrics notebook"), location);
            lake.require(LakeTable.GOLD_METRIC_VALUES, "./ioc-metrics pipeline");
        }
        return lake;
    }

    /** A lake table by its path under the lake root, e.g. {@code silver/arrivals} or {@code gold/arrival_facts}. */
    public static Dataset<Row> table(String name) {
        LakeTable table = LakeTable.at(name);
        lake().require(table, "./ioc-metrics pipeline");
        return lake().read(table);
    }

    /** The metric catalogue as a table: id, group, name, definition, numerator and denominator labels. */
    public static Dataset<Row> metrics() {
        StructType schema = new StructType().add("metric_id", DataTypes.StringType).add("group", DataTypes.StringType)
                .add("name", DataTypes.StringType).add("definition", DataTypes.StringType)
                .add("numerator", DataTypes.StringType).add("denominator", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            rows.add(RowFactory.create(metric.id(), metric.group().title(), metric.displayName(), metric.definition(),
                    metric.numeratorLabel(), metric.denominatorLabel()));
        }
        return spark().createDataFrame(rows, schema);
    }

    public static Period period(String id) {
        return Period.parse(id);
    }

    /** Each IOC's time zone, from silver iocs. */
    public static Map<String, ZoneId> zones() {
        return MetricsJob.zones(GoldJob.silver(lake(), Source.IOCS));
    }

    /**
     * The rows of {@code facts} whose instant column {@code at} falls in the period as cut in each
     * row's IOC's own zone: the selection the metrics job makes.
     */
    public static Dataset<Row> inPeriod(Dataset<Row> facts, Period period, String at) {
        Dataset<Row> windows = MetricsJob.windows(spark(), zones(), List.of(period));
        return MetricsJob.inWindow(facts, windows, col(at), List.of(period)).select(facts.columns()[0],
                Arrays.copyOfRange(facts.columns(), 1, facts.columns().length));
    }

    /**
     * The metric values of any period (a week, say) computed from the gold tables by the metrics job's
     * own computation, without storing them; gold/metric_values holds the periods a run stored.
     */
    public static Dataset<Row> metricValues(Period period) {
        return spark().createDataFrame(MetricsJob.values(MetricInputs.read(lake()), period, Instant.now()),
                MetricsJob.SCHEMA);
    }

    /**
     * metrics.csv as the last run wrote it (IOC_METRICS_OUT, default ioc-out at the project's root),
     * every cell a string as in the file.
     */
    public static Dataset<Row> metricsCsv() {
        String out = Objects.requireNonNullElse(System.getenv(OUT_VARIABLE), Defaults.projectHome().resolve(Defaults.OUT).toString());
        Location folder = Location.of(spark().sparkContext().hadoopConfiguration(), out, "the output folder");
        org.apache.hadoop.fs.Path file = folder.resolve(MetricsCsv.FILE_NAME);
        try {
            if (!folder.fileSystem().isFile(file)) {
                throw new UserError("no " + MetricsCsv.FILE_NAME + " in " + folder + ": run ./ioc-metrics pipeline first");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return spark().read().option("header", "true").option("inferSchema", "false").csv(file.toString());
    }

    /** A metric's value in the one text form metrics.csv prints it. */
    public static String exportedValue(Metric metric, double value) {
        return MetricNumberFormat.format(value, metric.valueIsCount());
    }

    /** A metric's numerator or denominator in the one text form metrics.csv prints it. */
    public static String exportedFraction(Metric metric, double value) {
        return MetricNumberFormat.format(value, metric.fractionIsCount());
    }

    /** Displays a table, chart or value now; a cell's last expression is displayed anyway. */
    public static void show(Object value) {
        ((NotebookKernel) BaseKernel.notebookKernel()).displayNow(value);
    }

    /** A check a notebook states about the lake: prints it when it holds, fails the cell when not. */
    public static void checkEqual(Object expected, Object actual, String what) {
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException(what + ": expected " + expected + " but the lake gives " + actual);
        }
        System.out.println("✓ " + what + ": " + actual);
    }

    public static SparkSession spark() {
        return lake().spark();
    }
}
