package org.iocmetrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.iocmetrics.cli.Main;

/**
 * The hand-made drop of test resources drops/e2e-2026q1 and one clean {@code pipeline} run of it for
 * 2026-Q1, made once per test JVM: a whole-pipeline run costs a minute, and several test classes
 * compare against the same one. Its lake and output folder are read-only for them; a test that writes
 * works on a {@link TestFolders#copyTree copy}. {@code out} is the run's --out: metrics.csv, reports/ and
 * run-manifest.json.
 */
public record EndToEndRun(Path lake, Path out) {
    public static final String PERIOD = "2026-Q1";

    private static EndToEndRun clean;

    /** The drop's folder in the test resources. */
    public static Path drop() {
        try {
            return Paths.get(EndToEndRun.class.getResource("/drops/e2e-2026q1").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clean run, made on first use in a folder removed when the JVM exits. */
    public static synchronized EndToEndRun clean() {
        if (clean == null) {
            SharedSpark.session();
            Path folder = createTempFolder();
            Path lake = folder.resolve("lake");
            Path out = folder.resolve("out");
            int status = Main.run("pipeline", "--input", drop().toString(), "--lake", lake.toString(),
                    "--period", PERIOD, "--out", out.toString());
            if (status != 0) {
                throw new IllegalStateException("the clean pipeline run of the end-to-end drop exited with " + status);
            }
            clean = new EndToEndRun(lake, out);
        }
        return clean;
    }

    private static Path createTempFolder() {
        try {
            Path folder = Files.createTempDirectory("ioc-e2e-run-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestFolders.deleteTree(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
