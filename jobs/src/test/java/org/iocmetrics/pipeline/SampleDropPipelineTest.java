package org.iocmetrics.pipeline;

import static org.iocmetrics.gold.GoldColumns.DENOMINATOR;
import static org.iocmetrics.gold.GoldColumns.METRIC_ID;
import static org.iocmetrics.gold.GoldColumns.NUMERATOR;
import static org.iocmetrics.gold.GoldColumns.SCOPE;
import static org.iocmetrics.gold.GoldColumns.SCOPE_IOC;
import static org.iocmetrics.gold.GoldColumns.SCOPE_NATIONAL;
import static org.iocmetrics.gold.GoldColumns.VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.iocmetrics.cli.Main;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.MetricsCsv;
import org.iocmetrics.testing.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test: `pipeline` on the bundled sample gives every IOC non-trivial figures that
 * differ between IOCs. To keep it fast it runs on 2026-Q1 only: a drop holding the sample's reference
 * tables and its January-March monthly files.
 */
class SampleDropPipelineTest {
    private static final String PERIOD = "2026-Q1";
    private static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03");
    /** Metrics whose IOC figures must spread: the sample's per-IOC profiles drive them. */
    private static final List<Metric> SPREAD = List.of(Metric.DUPLICATE_BOARDINGS, Metric.UNCOVERED_PATROL_HOURS,
            Metric.OVERLAPPING_PATROL_HOURS, Metric.UNSHARED_SCREENINGS, Metric.TARGETING_HIT_RATE);
    private static final int MIN_DISTINCT_VALUES = 5;

    @TempDir
    static Path work;

    private static Path out;
    private static Set<String> iocIds;
    /** metric -> ioc id (NATIONAL for the national row) -> the row's cells by column name. */
    private static final Map<Metric, Map<String, Map<String, String>>> metrics = new EnumMap<>(Metric.class);

    @BeforeAll
    static void runPipelineOnTheFirstQuarter() throws IOException {
        SharedSpark.session();
        Path drop = quarterOfTheSample(work.resolve("drop"));
        iocIds = iocIds(drop);
        out = work.resolve("out");
        int status = Main.run("pipeline", "--input", drop.toString(), "--lake", work.resolve("lake").toString(),
                "--period", PERIOD, "--out", out.toString());
        assertEquals(0, status, "pipeline exit status");
        readMetrics(out.resolve(MetricsCsv.FILE_NAME));
    }

    @Test
    void everyIocHasEveryMetricAndThereIsANationalRow() {
        for (Metric metric : Metric.values()) {
            Set<String> expected = new TreeSet<>(iocIds);
            expected.add(SCOPE_NATIONAL);
            assertEquals(expected, metrics.getOrDefault(metric, Map.of()).keySet(), metric.id());
        }
    }

    @Test
    void iocFiguresDifferBetweenIocs() {
        for (Metric metric : SPREAD) {
            List<Double> values = iocValues(metric, VALUE);
            Set<Double> distinct = new TreeSet<>(values);
            System.out.printf(Locale.ROOT, "spread %s: %d distinct values over %d IOCs, min %s max %s national %s%n",
                    metric.id(), distinct.size(), values.size(), values.stream().min(Double::compare).orElseThrow(),
                    values.stream().max(Double::compare).orElseThrow(),
                    metrics.get(metric).get(SCOPE_NATIONAL).get(VALUE));
            assertTrue(distinct.size() >= MIN_DISTINCT_VALUES, metric.id() + " distinct values: " + distinct);
        }
    }

    @Test
    void mostIocsHaveArrivals() {
        List<Double> arrivals = iocValues(Metric.UNSCREENED_ARRIVALS, DENOMINATOR);
        long withArrivals = arrivals.stream().filter(n -> n > 0).count();
        System.out.printf(Locale.ROOT, "arrivals: %d of %d IOCs have arrivals in %s, %s in all%n", withArrivals,
                arrivals.size(), PERIOD, metrics.get(Metric.UNSCREENED_ARRIVALS).get(SCOPE_NATIONAL).get(DENOMINATOR));
        assertTrue(withArrivals >= 0.9 * iocIds.size(), withArrivals + " of " + iocIds.size() + " IOCs have arrivals");
    }

    @Test
    void nationalCountsAreTheSumOfTheIocCounts() {
        for (Metric metric : Metric.values()) {
            if (metric.kind() != Metric.Kind.COUNT || !metric.hasFraction()) {
                continue;
            }
            double iocSum = iocValues(metric, NUMERATOR).stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(iocSum, number(metrics.get(metric).get(SCOPE_NATIONAL).get(NUMERATOR)), metric.id());
        }
    }

    @Test
    void reportsAndRunManifestAreWritten() {
        Path reports = out.resolve("reports");
        assertTrue(Files.isRegularFile(reports.resolve("national-" + PERIOD + ".pdf")), "national report");
        for (String ioc : iocIds) {
            assertTrue(Files.isRegularFile(reports.resolve("scorecard-" + PERIOD + "-" + ioc + ".pdf")), ioc);
        }
        assertTrue(Files.isRegularFile(out.resolve(RunManifest.FILE_NAME)), RunManifest.FILE_NAME);
    }

    /**
     * The sample's reference tables (the roster when it has one) and the quarter's monthly files of every
     * event source, nothing else.
     */
    private static Path quarterOfTheSample(Path drop) throws IOException {
        Path sample = Files.isDirectory(Path.of("..", "data-samples")) ? Path.of("..", "data-samples", "sample-drop")
                : Path.of("data-samples", "sample-drop");
        List<String> files = new ArrayList<>();
        for (Source source : Source.values()) {
            if (!source.isEvent()) {
                if (!source.isOptional() || Files.exists(sample.resolve(source.location()))) {
                    files.add(source.location());
                }
                continue;
            }
            for (String month : MONTHS) {
                files.add(source.location() + "/" + source.tableName() + "-" + month + ".csv.gz");
            }
        }
        for (String file : files) {
            Path target = drop.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(sample.resolve(file), target);
        }
        return drop;
    }

    private static Set<String> iocIds(Path drop) throws IOException {
        List<String> lines = Files.readAllLines(drop.resolve(Source.IOCS.location()));
        int column = Arrays.asList(lines.get(0).split(",")).indexOf(Columns.IOC_ID);
        Set<String> ids = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            ids.add(line.split(",")[column]);
        }
        return ids;
    }

    private static void readMetrics(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells[i]);
            }
            String key = row.get(SCOPE).equals(SCOPE_IOC) ? row.get(Columns.IOC_ID) : row.get(SCOPE);
            metrics.computeIfAbsent(Metric.valueOf(row.get(METRIC_ID)), m -> new TreeMap<>()).put(key, row);
        }
    }

    /** One column of the metric's IOC rows, empty cells as 0. */
    private static List<Double> iocValues(Metric metric, String column) {
        return iocIds.stream().map(ioc -> number(metrics.get(metric).get(ioc).get(column))).toList();
    }

    private static double number(String cell) {
        return cell.isEmpty() ? 0 : Double.parseDouble(cell);
    }
}
