package org.iocmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.iocmetrics.testing.EndToEndRun;
import org.iocmetrics.testing.TestFolders;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's worst week, with real processes: runs killed with SIGKILL at several points and run
 * again, two runs started together on one lake (one killed while the other waits for it), and an
 * earlier run's reports rendered again after a correcting drop changed the lake. Every case must
 * leave the lake equal to one clean run (the one {@link EndToEndRun} shares).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineFaultsTest {
    private static final String PERIOD = EndToEndRun.PERIOD;
    /** Columns that say when a row was written: the only ones a rerun may change. */
    private static final List<String> WRITE_TIMES =
            List.of("_ingested_at", "quarantined_at", "started_at", "finished_at", "seconds", "computed_at");
    /** As a user may type them: every run starts in the test's folder. */
    private static final String LAKE = "lake of killed runs";
    private static final String OUT = "killed out";

    @TempDir
    static Path work;

    private static Map<String, List<String>> cleanLake;
    private static String cleanMetrics;
    private static boolean killedLakeIsClean;

    @BeforeAll
    static void cleanRun() throws IOException {
        EndToEndRun clean = EndToEndRun.clean();
        cleanLake = contents(TestLakes.at(clean.lake()));
        cleanMetrics = Files.readString(clean.out().resolve("metrics.csv"));
    }

    /**
     * Two ingest runs started together: one takes the lake and is killed once the reference tables
     * and two event sources are committed and a third is half written; the other, waiting for the
     * lake meanwhile, then takes it and finishes the batch, repeating committed writes of every kind.
     * Then runs killed at points through gold and reports, and one last run.
     */
    @Test
    @Order(1)
    void runsKilledAtAnyPointOrStartedTogetherThenRunAgainLeaveTheLakeOfOneCleanRun() throws IOException {
        Path lake = work.resolve(LAKE);
        Path out = work.resolve(OUT);
        ChildRun first = ChildRun.start(work, work.resolve("together-1.log"), "ingest", "--input", drop(), "--lake", LAKE);
        ChildRun second = ChildRun.start(work, work.resolve("together-2.log"), "ingest", "--input", drop(), "--lake", LAKE);
        ChildRun waiting = ChildRun.firstToSay(" is in use by pid ", first, second);
        ChildRun holding = waiting == first ? second : first;
        assertTrue(holding.killWhen(() -> committed(lake, LakeTable.BRONZE_OPERATIONS, 0)),
                "the run holding the lake ended before operations were in bronze: " + holding.output());
        assertEquals(0, waiting.exitStatus(), waiting.output());
        assertTrue(waiting.output().contains("ioc-metrics: the lake at " + lake + " is in use by pid "), waiting.output());
        assertFalse(waiting.output().contains("was already ingested"), "it finishes the killed run's batch: " + waiting.output());
        Map<String, List<String>> ingested = contents(TestLakes.at(lake));
        for (String table : ingested.keySet()) {
            assertEquals(cleanLake.get(table), ingested.get(table), table);
        }
        // bronze and silver of the six sources the drop has, silver/participants (created empty: the drop
        // carries no roster), quarantine and the ingest log
        assertEquals(15, ingested.size(), "bronze, silver, quarantine and the ingest log: " + ingested.keySet());

        killPipelineWhen("gold half rebuilt", () -> committed(lake, LakeTable.GOLD_ARRIVAL_FACTS, 0));
        killPipelineWhen("reports being rendered", () -> hasFile(out.resolve("reports"), ".pdf"));
        ChildRun last = pipeline("after-the-kills");
        assertEquals(0, last.exitStatus(), last.output());

        assertEquals(cleanLake, contents(TestLakes.at(lake)));
        assertEquals(cleanMetrics, Files.readString(out.resolve("metrics.csv")));
        try (Stream<Path> files = Files.list(out.resolve("reports"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".partial")), "no partial report is left");
        }
        killedLakeIsClean = true;
    }

    /** Continues on the lake the killed runs left, with the last run's manifest. */
    @Test
    @Order(2)
    void anEarlierRunsReportsAreRenderedAgainFromItsManifestAfterACorrection() throws IOException {
        assumeTrue(killedLakeIsClean, "needs the lake the killed runs leave");
        Path lake = work.resolve(LAKE);
        Path before = work.resolve(OUT);
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

    private static void killPipelineWhen(String point, BooleanSupplier reached) {
        ChildRun run = pipeline(point.replace(' ', '-').replace(",", ""));
        assertTrue(run.killWhen(reached), "the run ended before '" + point + "': " + run.output());
    }

    private static ChildRun pipeline(String name) {
        return ChildRun.start(work, work.resolve(name + ".log"), "pipeline", "--input", drop(), "--lake", LAKE,
                "--period", PERIOD, "--out", OUT);
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
            // gold/built_from records silver's version numbers, which count the commits a lake took
            if (!lake.exists(table) || table == LakeTable.GOLD_BUILT_FROM) {
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
        TestFolders.copyTree(EndToEndRun.drop(), target);
        Path arrivals = target.resolve("arrivals/part-1.csv");
        Files.writeString(arrivals, Files.readString(arrivals)
                + "A9,USNYC,,,LATE REPORT,US,CARGO,,,2026-03-15T12:00:00Z,,,,,2026-04-02T00:00:00Z\n");
        return target;
    }

    private static String drop() {
        return EndToEndRun.drop().toString();
    }
}
