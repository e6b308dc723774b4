package org.iocmetrics.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;
import org.iocmetrics.generate.DropChecker.CheckedRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample (data-samples/sample-drop) is what data-samples/README.md says: its manifest
 * matches its files, and the documented command still writes its rows.
 */
class SampleDropTest {
    /** The documented command's arguments. */
    private static final long SEED = 2026;
    private static final double SCALE = 1;
    private static DropChecker sample;
    private static Path samplePath;

    @TempDir
    Path temp;

    @BeforeAll
    static void readSample() throws IOException {
        samplePath = Files.isDirectory(Path.of("..", "data-samples")) ? Path.of("..", "data-samples", "sample-drop")
                : Path.of("data-samples", "sample-drop");
        sample = new DropChecker(samplePath);
    }

    @Test
    void manifestMatchesTheCommittedFiles() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(samplePath.resolve(Generator.NOISE_MANIFEST).toFile());
        assertEquals("2025-07-01", manifest.path("run").path("from").asText());
        assertEquals("2026-09-30", manifest.path("run").path("to").asText());
        for (Source source : DropChecker.GENERATED) {
            JsonNode counts = manifest.path("sources").path(source.tableName());
            assertEquals(counts.path("rows_written").asLong(), sample.rows.get(source).size());
            Map<ReasonCode, Long> expected = new HashMap<>();
            counts.path("quarantine").fields().forEachRemaining(e -> expected.put(ReasonCode.valueOf(e.getKey()), e.getValue().asLong()));
            assertEquals(expected, sample.quarantined.get(source), source.toString());
            assertEquals(counts.path("exact_duplicates").asLong(), sample.duplicates.get(source));
            assertEquals(counts.path("late_versions").asLong(), sample.lateVersions.get(source));
        }
        assertEquals(41, sample.iocZones.size());
    }

    @Test
    void theDocumentedCommandRegeneratesTheFirstDay() throws IOException {
        Path out = temp.resolve("first-week");
        new Generator(ReferenceData.load()).run(new Generator.Options(out, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 7), SCALE, SEED, true), new PrintStream(new ByteArrayOutputStream()));
        for (Source source : new Source[] {Source.IOCS, Source.AGENCIES, Source.PORTS, Source.PARTICIPANTS}) {
            assertArrayEquals(Files.readAllBytes(samplePath.resolve(source.location())),
                    Files.readAllBytes(out.resolve(source.location())), source.toString());
        }
        DropChecker regenerated = new DropChecker(out);
        for (Source source : Generator.EVENT_SOURCES) {
            List<String> expected = firstDay(sample, source);
            assertTrue(expected.size() > 100, source + ": " + expected.size());
            assertEquals(expected, firstDay(regenerated, source), source.toString());
        }
    }

    /** Rows of the monthly files whose id names 2025-07-01 (the id carries the IOC-day). */
    private static List<String> firstDay(DropChecker drop, Source source) {
        return drop.rows.get(source).stream()
                .filter(r -> !r.file().contains("resent") && r.id().contains("-20250701-"))
                .map(CheckedRow::line).toList();
    }
}
