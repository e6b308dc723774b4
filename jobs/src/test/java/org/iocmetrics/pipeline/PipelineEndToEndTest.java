package org.iocmetrics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Encoders;
import org.iocmetrics.cli.Main;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.testing.EndToEndRun;
import org.iocmetrics.testing.TestFolders;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole pipeline on the hand-made drop of test resources drops/e2e-2026q1 and compares the
 * whole metrics.csv with {@link EndToEndRun#EXPECTED_METRICS}, the figures worked out by hand from it.
 */
class PipelineEndToEndTest {
    @TempDir
    static Path work;

    private static Path out;

    @BeforeAll
    static void runPipeline() {
        out = EndToEndRun.clean().out();
    }

    @Test
    void metricsCsvEqualsTheHandWorkedFigures() throws IOException {
        assertEquals(EndToEndRun.EXPECTED_METRICS, Files.readString(out.resolve("metrics.csv")).replace("\r\n", "\n"));
    }

    /**
     * The drop's first facts are Guam's on New Year's Eve 2025 (a patrol from 12:00 UTC on 31
     * December): of 2026-Q1's seven comparison quarters only 2025-Q4 meets the data, and the others
     * (2024-Q2 to 2025-Q3, the year-earlier 2025-Q1 among them) are not computed.
     */
    @Test
    void periodsWithoutDataAreNotComputed() {
        assertEquals(List.of("2025-Q4", "2026-Q1", "2026-W15"),
                TestLakes.at(EndToEndRun.clean().lake()).read(LakeTable.GOLD_METRIC_VALUES).select(GoldColumns.PERIOD)
                        .distinct().orderBy(GoldColumns.PERIOD).as(Encoders.STRING()).collectAsList());
    }

    @Test
    void runManifestAccountsForEveryRowRead() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("run-manifest.json").toFile());
        assertEquals("2026-Q1", manifest.at("/period/id").asText());
        JsonNode arrivals = manifest.at("/sources/arrivals");
        assertEquals(9, arrivals.get("rows_read").asLong());
        assertEquals(7, arrivals.get("rows_accepted").asLong());
        assertEquals(1, arrivals.get("rows_quarantined").asLong());
        assertEquals(1, arrivals.get("rows_duplicate").asLong());
        JsonNode screenings = manifest.at("/sources/screenings");
        assertEquals(8, screenings.get("rows_read").asLong());
        assertEquals(1, screenings.get("rows_quarantined").asLong());
        assertTrue(manifest.at("/tables").size() > 0, "Delta table versions are listed");
        assertTrue(manifest.at("/files").size() >= 9, "every file read is listed");
    }

    /** On a copy of the clean run's lake, which the other tests share. */
    @Test
    void rerunningTheSameDropGivesTheSameMetrics() throws IOException {
        Path lake = work.resolve("lake");
        TestFolders.copyTree(EndToEndRun.clean().lake(), lake);
        Path again = work.resolve("again");
        assertEquals(0, Main.run("pipeline", "--input", EndToEndRun.drop().toString(), "--lake", lake.toString(),
                "--period", EndToEndRun.PERIOD, "--out", again.toString()));
        assertEquals(Files.readString(out.resolve("metrics.csv")), Files.readString(again.resolve("metrics.csv")));
    }
}
