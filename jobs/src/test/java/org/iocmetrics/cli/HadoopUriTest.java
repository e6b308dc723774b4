package org.iocmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Encoders;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.testing.OtherFileSystem;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.Stderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input drop, the lake and the output folder on a file system that is not the local one, given
 * as URIs: ingest lists and reads the drop through Hadoop, the lake is leased instead of OS-locked,
 * and metrics.csv is rendered on this machine and copied whole to the output URI.
 */
class HadoopUriTest {

    @Test
    void ingestAndMetricsTakeTheDropTheLakeAndTheOutputFolderAsUris(@TempDir Path dir) throws IOException {
        OtherFileSystem.register(SharedSpark.session());
        Path drop = Path.of("src/test/resources/drops/example-drop");
        String lake = OtherFileSystem.uri(dir.resolve("the lake"));
        String out = OtherFileSystem.uri(dir.resolve("out"));

        Stderr.of(() -> assertEquals(0, Main.run("ingest", "--input", OtherFileSystem.uri(drop), "--lake", lake)));
        Stderr.of(() -> assertEquals(0, Main.run("metrics", "--lake", lake, "--period", "2026-Q2", "--out", out)));

        Lake opened = Lake.at(SharedSpark.session(), lake);
        assertTrue(opened.localRoot().isEmpty(), "otherfs is not the local file system");
        List<String> sourceFiles = opened.read(LakeTable.BRONZE_ARRIVALS)
                .select(Columns.SOURCE_FILE).distinct().as(Encoders.STRING()).collectAsList();
        assertTrue(sourceFiles.stream().allMatch(name -> name.startsWith("arrivals/")), sourceFiles::toString);
        List<String> metrics = Files.readAllLines(dir.resolve("out/metrics.csv"));
        assertTrue(metrics.size() > 1 && metrics.get(1).contains(",2026-Q2,"), metrics::toString);
        try (Stream<Path> left = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("metrics.csv"), left.map(p -> p.getFileName().toString()).toList(),
                    "only the finished file, no partial copy");
        }
        assertTrue(Files.notExists(dir.resolve("the lake/_ioc_metrics.lock")),
                "a lake on another file system is leased, not OS-locked");
    }
}
