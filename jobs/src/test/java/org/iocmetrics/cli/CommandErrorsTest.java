package org.iocmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iocmetrics.testing.Stderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user who types something wrong sees: one line on stderr and exit status 2, never a trace. */
class CommandErrorsTest {

    @Test
    void anUnknownCommandIsNamedEvenWithHelp() {
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("publish", "--help"));

        assertEquals(2, status[0]);
        assertEquals("ioc-metrics: unknown command 'publish' (commands: pipeline, ingest, metrics, report, distribute,"
                + " generate, cluster-smoke, notebooks, bench, help)\n", err);
    }

    @Test
    void notebooksWithoutALakeSayWhichCommandMakesOne(@TempDir Path dir) {
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("notebooks", "run", "--lake", dir.resolve("no lake").toString()));

        assertEquals(2, status[0]);
        assertEquals("ioc-metrics: no lake at " + dir.resolve("no lake") + ": run ./ioc-metrics pipeline first, or pass --lake\n",
                err);
    }

    @Test
    void anInputThatIsAFileSaysSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("arrivals.csv"), "arrival_id\n");
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("ingest", "--input", file.toString(),
                "--lake", dir.resolve("lake").toString()));

        assertEquals(2, status[0]);
        assertEquals("ioc-metrics: the input drop must be a folder (with reference/, arrivals/, screenings/,"
                + " operations/), not a file: " + file + "\n", err);
        assertTrue(Files.notExists(dir.resolve("lake")), "nothing is written for a bad argument");
    }

    @Test
    void aMissingInputFolderIsOneLine(@TempDir Path dir) {
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("pipeline", "--input", dir.resolve("no drop").toString(),
                "--lake", dir.resolve("lake").toString()));

        assertEquals(2, status[0]);
        assertEquals("ioc-metrics: no such input directory: " + dir.resolve("no drop") + "\n", err);
    }

    @Test
    void aBadTargetsFileIsOneLineNamingMetricAndFieldBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.yaml"),
                "targets:\n  UNSCREENED_ARRIVALS: {direction: at_most, national: 0.2, amber: lots}\n");
        for (String command : new String[] {"pipeline", "report"}) {
            int[] status = new int[1];
            String err = Stderr.of(() -> status[0] = Main.run(command, "--lake", dir.resolve("lake").toString(),
                    "--period", "2026-Q1", "--out", dir.resolve("out").toString(), "--targets", targets.toString()));

            assertEquals(2, status[0], command);
            assertEquals("ioc-metrics: targets file " + targets + ": UNSCREENED_ARRIVALS.amber must be a number\n", err);
            assertTrue(Files.notExists(dir.resolve("lake")) && Files.notExists(dir.resolve("out")), command);
        }
    }

    @Test
    void aManifestThatIsNotOneIsOneLine(@TempDir Path dir) throws IOException {
        Path notAManifest = Files.writeString(dir.resolve("run-manifest.json"), "{\"period\": {}}");
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("report", "--manifest", notAManifest.toString(),
                "--out", dir.resolve("out").toString()));

        assertEquals(2, status[0]);
        assertEquals("ioc-metrics: " + notAManifest + " is not a run manifest: it needs lake, period.id and tables\n", err);
    }

    @Test
    void debugAddsTheStackTraceAfterTheLine(@TempDir Path dir) {
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("report", "--manifest", dir.resolve("none.json").toString(),
                "--debug"));

        assertEquals(2, status[0]);
        assertTrue(err.startsWith("ioc-metrics: cannot read the run manifest " + dir.resolve("none.json")), err);
        assertTrue(err.lines().count() > 5 && err.contains("\tat org.iocmetrics."), err);
    }
}
