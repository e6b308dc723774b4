package org.iocmetrics.generate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;
import org.iocmetrics.ingest.IngestJob;
import org.iocmetrics.ingest.IngestResult;
import org.iocmetrics.ingest.QuarantineColumns;
import org.iocmetrics.ingest.SourceResult;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator and the ingestion agree: a clean generated drop ingests without a single rejected or
 * duplicate row, and a noisy one quarantines exactly what noise-manifest.json says it injected, per
 * source and reason code, and collapses exactly its exact duplicates.
 */
class GeneratedDropIngestTest {
    private static final LocalDate FROM = LocalDate.of(2026, 3, 6);
    private static final LocalDate TO = LocalDate.of(2026, 3, 9);
    private static final double SCALE = 0.2;
    /** A seed whose noise holds an exact duplicate in every event source and an orphan arrival. */
    private static final long SEED = 8;

    @TempDir
    Path temp;

    @Test
    void aCleanDropIngestsWithoutRejects() {
        IngestResult result = ingest(generate("clean", false), "clean-lake");

        for (Source source : Source.values()) {
            SourceResult counts = result.of(source);
            assertTrue(counts.rowsRead() > 0, source + " read nothing");
            assertEquals(0, counts.rowsQuarantined(), source + " quarantined");
            assertEquals(0, counts.rowsDuplicate(), source + " duplicates");
            assertEquals(counts.rowsRead(), counts.rowsAccepted(), source + " accepted");
        }
    }

    @Test
    void aNoisyDropQuarantinesExactlyWhatTheManifestSays() throws IOException {
        Path drop = generate("noisy", true);
        IngestResult result = ingest(drop, "noisy-lake");
        JsonNode manifest = new ObjectMapper().readTree(drop.resolve(Generator.NOISE_MANIFEST).toFile());
        Map<Source, Map<ReasonCode, Long>> quarantine = quarantineCounts(temp.resolve("noisy-lake"));

        long injected = 0;
        long duplicates = 0;
        for (Source source : Source.values()) {
            SourceResult counts = result.of(source);
            JsonNode expected = manifest.path("sources").path(source.tableName());
            if (expected.isMissingNode()) { // a reference table the generator copies unchanged
                assertEquals(0, counts.rowsQuarantined(), source + " quarantined");
                assertEquals(Map.of(), quarantine.get(source), source + " quarantine rows");
                continue;
            }
            Map<ReasonCode, Long> expectedReasons = new EnumMap<>(ReasonCode.class);
            expected.path("quarantine").fields().forEachRemaining(
                    e -> expectedReasons.put(ReasonCode.valueOf(e.getKey()), e.getValue().asLong()));
            assertEquals(expectedReasons, quarantine.get(source), source + " quarantine per reason");
            assertEquals(expected.path("quarantined_rows").asLong(), counts.rowsQuarantined(), source + " quarantined");
            assertEquals(expected.path("exact_duplicates").asLong(), counts.rowsDuplicate(), source + " duplicates");
            assertEquals(expected.path("rows_written").asLong(), counts.rowsRead(), source + " read");
            injected += expected.path("quarantined_rows").asLong();
            duplicates += expected.path("exact_duplicates").asLong();
        }
        assertTrue(injected > 20, "the drop carries enough bad rows to test: " + injected);
        assertTrue(duplicates > 0, "the drop carries exact duplicates to test");
    }

    private Path generate(String name, boolean noise) {
        Path out = temp.resolve(name);
        new Generator(ReferenceData.load()).run(new Generator.Options(out, FROM, TO, SCALE, SEED, noise),
                new PrintStream(new ByteArrayOutputStream()));
        return out;
    }

    private IngestResult ingest(Path drop, String lake) {
        return IngestJob.run(TestLakes.drop(drop), TestLakes.at(temp.resolve(lake)));
    }

    /** Quarantine rows per source and reason code (a row with several reasons counts under each). */
    private static Map<Source, Map<ReasonCode, Long>> quarantineCounts(Path lake) {
        SparkSession spark = SharedSpark.session();
        Map<String, Source> byTable = new HashMap<>();
        Map<Source, Map<ReasonCode, Long>> counts = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            byTable.put(source.tableName(), source);
            counts.put(source, new EnumMap<>(ReasonCode.class));
        }
        for (Row row : spark.read().format("delta").load(TestLakes.at(lake).location(LakeTable.QUARANTINE))
                .select(col(QuarantineColumns.SOURCE), explode(col(QuarantineColumns.REASONS)).as("reason"))
                .groupBy(QuarantineColumns.SOURCE, "reason").count().collectAsList()) {
            counts.get(byTable.get(row.getString(0))).put(ReasonCode.valueOf(row.getString(1)), row.getLong(2));
        }
        return counts;
    }
}
