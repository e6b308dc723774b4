package org.iocmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.spark.sql.functions;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.TestFolders;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inspection of a drop accepts, lists and rejects, before anything is read by Spark. */
class DropInspectorTest {
    /** SHA-256 over the example drop's data files (relative path, a zero byte, the bytes; in path order). */
    private static final String EXAMPLE_BATCH_ID = "c24f3560c22dcd00f9da";

    private final DropInspector inspector = new DropInspector(SharedSpark.session());

    @Test
    void theBatchIdOfAValidDropIsUnchangedAndFilesNotReadDoNotCount(@TempDir Path work) throws IOException {
        assertEquals(EXAMPLE_BATCH_ID, inspector.inspect(TestLakes.drop(TestDrops.EXAMPLE)).batchId());

        Path drop = work.resolve("drop");
        TestFolders.copyTree(TestDrops.EXAMPLE, drop);
        TestDrops.write(drop, "README.md", "notes");
        TestDrops.write(drop, "arrivals/notes.txt", "notes");

        assertEquals(EXAMPLE_BATCH_ID, inspector.inspect(TestLakes.drop(drop)).batchId());
    }

    @Test
    void everyFileTheContractDoesNotReadIsListedAndWarnedAbout(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        for (String ignored : List.of("arrival/part-1.csv", "misc/x.csv", "arrivals/sub/x.csv", "arrivals/notes.txt",
                "arrivals/.part-1.csv", "arrivals/_part-1.csv", ".git/config", ".git/objects/ab", "_tmp/x.csv",
                "README.md", "reference/vessels.csv", "reference/.DS_Store")) {
            TestDrops.write(drop, ignored, TestRows.header(Source.ARRIVALS));
        }

        List<String> warnings = warningsOf(() -> {
            Drop inspected = inspector.inspect(TestLakes.drop(drop));
            assertEquals(List.of(".git/", "README.md", "_tmp/", "arrival/", "arrivals/.part-1.csv",
                    "arrivals/_part-1.csv", "arrivals/notes.txt", "arrivals/sub/", "misc/",
                    "reference/.DS_Store", "reference/vessels.csv"), inspected.ignoredFiles());
            assertEquals(List.of("arrivals/empty.csv"), inspected.relativePaths(Source.ARRIVALS));
        });

        assertEquals(List.of(
                ".git/: ignored, hidden (Spark skips names starting with '.' or '_')",
                "README.md: ignored, not a file the contract reads (reference/iocs.csv, agencies.csv, ports.csv,"
                        + " participants.csv; data files directly in arrivals/, screenings/, operations/)",
                "_tmp/: ignored, hidden (Spark skips names starting with '.' or '_')",
                "arrival/: ignored, not a folder the contract reads (reference/iocs.csv, agencies.csv,"
                        + " ports.csv, participants.csv; data files directly in arrivals/, screenings/, operations/)",
                "arrivals/.part-1.csv: ignored, hidden (Spark skips names starting with '.' or '_')",
                "arrivals/_part-1.csv: ignored, hidden (Spark skips names starting with '.' or '_')",
                "arrivals/notes.txt: ignored, not a data file (.csv, .csv.gz, .jsonl, .parquet)",
                "arrivals/sub/: ignored, not a folder the contract reads (reference/iocs.csv, agencies.csv,"
                        + " ports.csv, participants.csv; data files directly in arrivals/, screenings/, operations/)",
                "misc/: ignored, not a folder the contract reads (reference/iocs.csv, agencies.csv, ports.csv,"
                        + " participants.csv; data files directly in arrivals/, screenings/, operations/)",
                "reference/.DS_Store: ignored, hidden (Spark skips names starting with '.' or '_')",
                "reference/vessels.csv: ignored, not a file the contract reads (reference/iocs.csv,"
                        + " agencies.csv, ports.csv, participants.csv; data files directly in arrivals/, screenings/,"
                        + " operations/)"),
                warnings);
    }

    @Test
    void aValidDropListsNothingIgnored() {
        assertEquals(List.of(), inspector.inspect(TestLakes.drop(TestDrops.EXAMPLE)).ignoredFiles());
    }

    @Test
    void aSourceFolderWithOnlyIgnoredFilesHasNoDataFiles(@TempDir Path work) throws IOException {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        Files.delete(drop.resolve("arrivals/empty.csv"));
        TestDrops.write(drop, "arrivals/sub/part-1.csv", TestRows.header(Source.ARRIVALS));

        UserError error = assertThrows(UserError.class, () -> inspector.inspect(TestLakes.drop(drop)));

        assertEquals("arrivals/: no data files (.csv, .csv.gz, .jsonl, .parquet)", error.getMessage());
    }

    @Test
    void aJsonLinesRecordMayLeaveOutARequiredKeyThatALaterRecordHas(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        Map<String, String> first = TestRows.row(Source.ARRIVALS);
        first.remove(Columns.VESSEL_NAME);
        TestDrops.write(drop, "arrivals/part-1.jsonl", "{not json", json(first), json(TestRows.row(Source.ARRIVALS)));

        Drop inspected = inspector.inspect(TestLakes.drop(drop));

        assertTrue(inspected.filesOf(Source.ARRIVALS).get(0).columns().contains(Columns.VESSEL_NAME));
    }

    @Test
    void aRequiredKeyNoJsonLinesRecordHasFailsTheFile(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        Map<String, String> row = TestRows.row(Source.ARRIVALS);
        row.remove(Columns.VESSEL_NAME);
        TestDrops.write(drop, "arrivals/part-1.jsonl", json(row), "", json(row));

        UserError error = assertThrows(UserError.class, () -> inspector.inspect(TestLakes.drop(drop)));

        assertEquals("arrivals/part-1.jsonl: missing required column vessel_name", error.getMessage());
    }

    @Test
    void aJsonLinesFileWithoutAJsonObjectIsUnreadable(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestDrops.write(drop, "arrivals/part-1.jsonl", TestRows.header(Source.ARRIVALS), "[1, 2]");

        UserError error = assertThrows(UserError.class, () -> inspector.inspect(TestLakes.drop(drop)));

        assertEquals("arrivals/part-1.jsonl: unreadable file (no line is a JSON object)", error.getMessage());
    }

    @Test
    void aTruncatedGzipFileFailsTheInspection(@TempDir Path work) throws IOException {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        byte[] gzip = gzip((TestRows.header(Source.ARRIVALS) + "\n"
                + (TestRows.csvLine(TestRows.row(Source.ARRIVALS)) + "\n").repeat(200)).getBytes(StandardCharsets.UTF_8));
        Files.write(drop.resolve("arrivals/part-2.csv.gz"), Arrays.copyOf(gzip, gzip.length / 2));

        UserError error = assertThrows(UserError.class, () -> inspector.inspect(TestLakes.drop(drop)));

        assertEquals("arrivals/part-2.csv.gz: unreadable file (Unexpected end of ZLIB input stream)", error.getMessage());
    }

    @Test
    void aParquetFileThatIsNotParquetIsUnreadable(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestDrops.write(drop, "arrivals/part-1.parquet", "PAR1 and then garbage");

        UserError error = assertThrows(UserError.class, () -> inspector.inspect(TestLakes.drop(drop)));

        assertTrue(error.getMessage().startsWith("arrivals/part-1.parquet: unreadable file ("), error.getMessage());
        assertTrue(error.getMessage().contains("is not a Parquet file"), error.getMessage());
    }

    @Test
    void aNestedParquetColumnCannotBeReadAsItsContractType(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestParquet.write(TestParquet.arrivals(List.of(TestRows.row(Source.ARRIVALS)))
                        .withColumn(Columns.GROSS_TONNAGE, functions.array(functions.lit(1), functions.lit(2))),
                drop.resolve("arrivals/part-1.parquet"), work.resolve("scratch"));

        UserError error = assertThrows(UserError.class, () -> inspector.inspect(TestLakes.drop(drop)));

        assertEquals("arrivals/part-1.parquet: column gross_tonnage is array<int>, which cannot be read as integer",
                error.getMessage());
    }

    /** The messages DropInspector logs while {@code run} runs, WARN and above. */
    static List<String> warningsOf(Runnable run) {
        List<String> messages = new ArrayList<>();
        Logger logger = (Logger) LogManager.getLogger(DropInspector.class);
        AbstractAppender capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                messages.add(event.getMessage().getFormattedMessage());
            }
        };
        capture.start();
        logger.addAppender(capture);
        try {
            run.run();
        } finally {
            logger.removeAppender(capture);
        }
        return messages;
    }

    /** The row as a JSON object, every value a string. */
    static String json(Map<String, String> row) {
        try {
            return new ObjectMapper().writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
