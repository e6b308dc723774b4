package org.iocmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.cli.Main;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.testing.ChildRun;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's worst week, with real processes: runs killed with SIGKILL at several points and run
 * again, two runs started together on one lake, and an earlier run's reports rendered again after a
 * correcting drop changed the lake. Every case must leave the lake equal to one clean run.
 */
class PipelineFaultsTest {
    private static final String PERIOD = "2026-Q1";
    /** Columns that say when a row was written: the only ones a rerun may change. */
    private static final List<String> WRITE_TIMES =
            List.of("_ingested_at", "quarantined_at", "started_at", "finished_at", "seconds", "computed_at");

    @TempDir
    static Path work;

    private static Map<String, List<String>> cleanLake;
    private static String cleanMetrics;

    @BeforeAll
    static void cleanRun() throws IOException {
        Path out = work.resolve("clean-out");
        assertEquals(0, Main.run("pipeline", "--input", drop().toString(), "--lake", work.resolve("clean").toString(),
                "--period", PERIOD, "--out", out.toString()));
        cleanLake = contents(TestLakes.at(work.resolve("clean")));
        cleanMetrics = Files.readString(out.resolve("metrics.csv"));
    }

    @Test
    void runsKilledAtAnyPointThenRunAgainLeaveTheLakeOfOneCleanRun() throws IOException {
        Path lake = work.resolve("killed");
        Path out = work.resolve("killed out");
        Map<String, BooleanSupplier> killPoints = new java.util.LinkedHashMap<>();
        killPoints.put("reference tables in silver, events not yet", () -> committed(lake, LakeTable.SILVER_PORTS, 1));
        killPoints.put("operations in bronze, not yet in silver or the log", () -> committed(lake, LakeTable.BRONZE_OPERATIONS, 0));
        killPoints.put("gold half rebuilt", () -> committed(lake, LakeTable.GOLD_ARRIVAL_FACTS, 0));
        killPoints.put("reports being rendered", () -> hasFile(out.resolve("reports"), ".pdf"));
        for (var point : killPoints.entrySet()) {
            ChildRun run = pipeline(lake, out, point.getKey().replace(' ', '-'));
            assertTrue(run.killWhen(point.getValue()), "the run ended before '" + point.getKey() + "': " + run.output());
        }
        ChildRun last = pipeline(lake, out, "after-the-kills");
        assertEquals(0, last.exitStatus(), last.output());

        assertEquals(cleanLake, contents(TestLakes.at(lake)));
        assertEquals(cleanMetrics, Files.readString(out.resolve("metrics.csv")));
        try (Stream<Path> files = Files.list(out.resolve("reports"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no partial report is left");
        }
    }

    /** Also a relative lake path with spaces, as a user may type it: the runs start in the test's folder. */
    @Test
    void twoRunsStartedTogetherOnOneLakeIngestTheBatchOnce() {
        ChildRun first = ChildRun.start(work, work.resolve("together-1.log"), "ingest", "--input", drop().toString(),
                "--lake", "lake of two runs");
        ChildRun second = ChildRun.start(work, work.resolve("together-2.log"), "ingest", "--input", drop().toString(),
                "--lake", "lake of two runs");

        assertEquals(0, first.exitStatus(), first.output());
        assertEquals(0, second.exitStatus(), second.output());
        Path lake = work.resolve("lake of two runs");
        String waited = first.output().contains("is in use by") ? first.output() : second.output();
        assertTrue(waited.contains("ioc-metrics: the lake at " + lake + " is in use by pid "),
                "one run says it waits for the other:\n" + first.output() + "\n---\n" + second.output());
        assertTrue(waited.contains("was already ingested: nothing written"), waited);
        Map<String, List<String>> ingested = contents(TestLakes.at(lake));
        for (String table : ingested.keySet()) {
            assertEquals(cleanLake.get(table), ingested.get(table), table);
        }
        // bronze and silver of the six sources the drop has, silver/participants (created empty: the drop
        // carries no roster), quarantine and the ingest log
        assertEquals(15, ingested.size(), "bronze, silver, quarantine and the ingest log: " + ingested.keySet());
    }

    /** Changes the clean run's lake: the other tests compare against its contents as read before. */
    @Test
    void anEarlierRunsReportsAreRenderedAgainFromItsManifestAfterACorrection() throws IOException {
        Path lake = work.resolve("clean");
        Path before = work.resolve("clean-out");
        Path correction = correctingDrop(work.resolve("correction"));
        Path after = work.resolve("corrected-after");
        assertEquals(0, Main.run("pipeline", "--input", correction.toString(), "--lake", lake.toString(),
                "--period", PERIOD, "--out", after.toString()));
        assertNotEquals(Files.readString(before.resolve("metrics.csv")), Files.readString(after.resolve("metrics.csv")),
                "the correcting drop changes the period's figures");

        Path again = work.resolve("corrected-again");
        assertEquals(0, Main.run("report", "--manifest", before.resolve("run-manifest.json").toString(),
                "--out", again.toString()));

        String national = "reports/national-" + PERIOD + ".pdf";
        assertEquals(ReportText.withoutRunStamps(before.resolve(national)), ReportText.withoutRunStamps(again.resolve(national)));
        assertNotEquals(ReportText.withoutRunStamps(after.resolve(national)), ReportText.withoutRunStamps(again.resolve(national)));
        String scorecard = "reports/scorecard-" + PERIOD + "-IOC-NYC.pdf";
        assertEquals(ReportText.withoutRunStamps(before.resolve(scorecard)), ReportText.withoutRunStamps(again.resolve(scorecard)));
    }

    /** A pipeline run on an absolute lake path and the output folder as a relative path with a space. */
    private static ChildRun pipeline(Path lake, Path out, String name) {
        return ChildRun.start(work, work.resolve(name + ".log"), "pipeline", "--input", drop().toString(),
                "--lake", lake.toString(), "--period", PERIOD, "--out", work.relativize(out).toString());
    }

    /** True once the table has committed the given version. */
    private static boolean committed(Path lake, LakeTable table, long version) {
        return Files.exists(lake.resolve(table.relativePath()).resolve("_delta_log")
                .resolve(String.format("%020d.json", version)));
    }

    private static boolean hasFile(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(suffix));
        } catch (IOException e) {
            return false;
        }
    }

    /** Every table's rows as sorted text, without the columns that only record when a row was written. */
    private static Map<String, List<String>> contents(Lake lake) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (LakeTable table : LakeTable.values()) {
            if (!lake.exists(table)) {
                continue;
            }
            Dataset<Row> rows = lake.read(table);
            for (String column : WRITE_TIMES) {
                rows = rows.drop(column);
            }
            List<String> text = new ArrayList<>(rows.collectAsList().stream().map(Row::toString).toList());
            text.sort(null);
            tables.put(table.relativePath(), text);
        }
        return tables;
    }

    /** The drop again, plus one more New York arrival in the quarter: a later delivery with a new row. */
    private static Path correctingDrop(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(drop())) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(drop().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path arrivals = target.resolve("arrivals/part-1.csv");
        Files.writeString(arrivals, Files.readString(arrivals)
                + "A9,USNYC,,,LATE REPORT,US,CARGO,,,2026-03-15T12:00:00Z,,,,,2026-04-02T00:00:00Z\n");
        return target;
    }

    private static Path drop() {
        try {
            return Paths.get(PipelineFaultsTest.class.getResource("/drops/e2e-2026q1").toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
