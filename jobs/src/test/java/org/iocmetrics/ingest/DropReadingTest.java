package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What DropReader makes of files as received: lineage names, bytes that are not UTF-8, lines that
 * are not records, Parquet files of several schemas and files that cannot be read.
 */
class DropReadingTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Stands for a byte that is not UTF-8 in text built as a String (JSON leaves it as it is): see {@link #bytes}. */
    private static final char NOT_UTF8 = '~';
    /** é in ISO-8859-1, a byte that never stands alone in UTF-8. */
    private static final byte LATIN1_E_ACUTE = (byte) 0xE9;
    private static final String TWO_LINE_NAME = "MV \"QUOTED\"\nSTAR é";

    private final SparkSession spark = SharedSpark.session();

    @Test
    void theSourceFileIsThePathTheManifestRecordsWhateverItsCharacters(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestDrops.csv(drop, "arrivals/part 1.csv", Source.ARRIVALS, arrival("A-1"));
        TestDrops.csv(drop, "arrivals/a+b 2.csv", Source.ARRIVALS, arrival("A-2"), arrival("A-3"));
        TestDrops.csv(drop, "arrivals/100%.csv", Source.ARRIVALS, arrival("A-4"));
        TestDrops.write(drop, "arrivals/part+3 .jsonl", DropInspectorTest.json(arrival("A-5")));

        Drop inspected = new DropInspector(spark).inspect(TestLakes.drop(drop));

        assertEquals(List.of("A-4 arrivals/100%.csv 1", "A-2 arrivals/a+b 2.csv 1", "A-3 arrivals/a+b 2.csv 2",
                        "A-1 arrivals/part 1.csv 1", "A-5 arrivals/part+3 .jsonl 1"),
                lines(read(inspected, Source.ARRIVALS), "arrival_id", "_source_file", "_row_number"));
        assertTrue(inspected.relativePaths(Source.ARRIVALS).containsAll(List.of("arrivals/part 1.csv",
                "arrivals/a+b 2.csv", "arrivals/100%.csv", "arrivals/part+3 .jsonl")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"part-1.csv", "part-1.csv.gz", "part-1.jsonl"})
    void bytesThatAreNotUtf8AreKeptAsReceivedAndTheOtherRowsReadAsFromAUtf8File(String name, @TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        writeArrivals(drop.resolve("arrivals/" + name), arrival("A-1", Columns.VESSEL_NAME, "CAFÉ"),
                arrival("A-2", Columns.VESSEL_NAME, "CAF" + NOT_UTF8 + " DU NORD"),
                arrival("A-3", Columns.VESSEL_NAME, TWO_LINE_NAME));
        Path utf8Drop = TestDrops.withReferenceOnly(work.resolve("utf8-drop"));
        writeArrivals(utf8Drop.resolve("arrivals/" + name), arrival("A-1", Columns.VESSEL_NAME, "CAFÉ"),
                arrival("A-3", Columns.VESSEL_NAME, TWO_LINE_NAME));
        Drop inspected = new DropInspector(spark).inspect(TestLakes.drop(drop));
        Drop utf8Inspected = new DropInspector(spark).inspect(TestLakes.drop(utf8Drop));
        assertEquals(List.of(true, false), inspected.filesOf(Source.ARRIVALS).stream().map(DropFile::utf8).toList());
        assertEquals(List.of(true, true), utf8Inspected.filesOf(Source.ARRIVALS).stream().map(DropFile::utf8).toList());

        Dataset<Row> raw = read(inspected, Source.ARRIVALS);

        assertEquals(List.of("A-1 1 " + hex("CAFÉ"), "A-2 2 " + hex("CAF" + NOT_UTF8 + " DU NORD"),
                        "A-3 3 " + hex(TWO_LINE_NAME)),
                lines(raw, "arrival_id", "_row_number", "hex(vessel_name)"));
        assertEquals(List.of("A-1 ", "A-2 BAD_ENCODING", "A-3 "), reasons(raw));
        Dataset<Row> sameRowsFromUtf8 = read(utf8Inspected, Source.ARRIVALS).drop(Columns.ROW_NUMBER);
        assertEquals(sameRowsFromUtf8.orderBy(Columns.ARRIVAL_ID).collectAsList(), raw.where(col(Columns.ARRIVAL_ID)
                .isin("A-1", "A-3")).drop(Columns.ROW_NUMBER).orderBy(Columns.ARRIVAL_ID).collectAsList());
    }

    @Test
    void aCsvRecordWithTheWrongNumberOfFieldsOrAnUnbalancedQuoteIsKeptAsText(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        String tooLong = TestRows.csvLine(arrival("A-3")) + ",extra";
        String unbalanced = "A-5,\"USBOS,9071428";
        TestDrops.write(drop, "arrivals/part-1.csv", TestRows.header(Source.ARRIVALS), TestRows.csvLine(arrival("A-1")),
                "A-2,USBOS", tooLong, TestRows.csvLine(arrival("A-4", Columns.VESSEL_NAME, TWO_LINE_NAME)), unbalanced);

        Dataset<Row> raw = read(new DropInspector(spark).inspect(TestLakes.drop(drop)), Source.ARRIVALS);

        assertEquals(List.of("1 A-1 null", "2 null A-2,USBOS", "3 null " + tooLong, "4 A-4 null", "5 null " + unbalanced),
                lines(raw, "_row_number", "arrival_id", "_record"));
        assertEquals(List.of("A-1 ", "null BAD_RECORD", "null BAD_RECORD", "A-4 ", "null BAD_RECORD"), reasons(raw));
        Row broken = RowValidation.typeAndCheckFields(raw, Source.ARRIVALS).where("_row_number = 2").first();
        Map<String, String> rawValues = broken.getJavaMap(broken.fieldIndex(RowValidation.RAW));
        assertEquals("A-2,USBOS", rawValues.get(DropReader.RECORD));
        assertEquals(Source.ARRIVALS.columnNames().size() + 1, rawValues.size());
        assertTrue(Source.ARRIVALS.columnNames().stream().allMatch(name -> rawValues.containsKey(name)
                && rawValues.get(name) == null));
    }

    @Test
    void aJsonLineThatIsNotAnObjectIsKeptAsTextAndBlankLinesAreNoRecords(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestDrops.write(drop, "arrivals/part-1.jsonl", DropInspectorTest.json(arrival("A-1")),
                "{\"arrival_id\": \"A-2\",", "  ", "42", DropInspectorTest.json(arrival("A-3")));

        Dataset<Row> raw = read(new DropInspector(spark).inspect(TestLakes.drop(drop)), Source.ARRIVALS);

        assertEquals(List.of("1 A-1 null", "2 null {\"arrival_id\": \"A-2\",", "3 null 42", "4 A-3 null"),
                lines(raw, "_row_number", "arrival_id", "_record"));
        assertEquals(List.of("A-1 ", "null BAD_RECORD", "null BAD_RECORD", "A-3 "), reasons(raw));
    }

    @Test
    void aJsonLinesFileWithBytesThatAreNotUtf8IsReadLineByLine(@TempDir Path work) throws IOException {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        String brokenAndNotUtf8 = "{\"vessel_name\": \"CAF" + NOT_UTF8;
        Files.write(drop.resolve("arrivals/part-1.jsonl"), concat(BOM, bytes(String.join("\n",
                DropInspectorTest.json(arrival("A-1")),
                DropInspectorTest.json(arrival("A-2", Columns.VESSEL_NAME, "CAF" + NOT_UTF8)),
                "{\"arrival_id\": \"A-3\",", "", brokenAndNotUtf8, DropInspectorTest.json(arrival("A-5"))) + "\n")));

        Dataset<Row> raw = read(new DropInspector(spark).inspect(TestLakes.drop(drop)), Source.ARRIVALS);

        assertEquals(List.of("1 A-1 " + hex("MV NORTHERN STAR") + " null", "2 A-2 " + hex("CAF" + NOT_UTF8) + " null",
                        "3 null null " + hex("{\"arrival_id\": \"A-3\","), "4 null null " + hex(brokenAndNotUtf8),
                        "5 A-5 " + hex("MV NORTHERN STAR") + " null"),
                lines(raw, "_row_number", "arrival_id", "hex(vessel_name)", "hex(_record)"));
        assertEquals(List.of("A-1 ", "A-2 BAD_ENCODING", "null BAD_RECORD", "null BAD_ENCODING,BAD_RECORD", "A-5 "),
                reasons(raw));
    }

    @Test
    void parquetFilesWhoseColumnTypesDifferAreReadEachWithItsOwnSchema(@TempDir Path work) {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestParquet.write(TestParquet.arrivals(List.of(arrival("A-1", Columns.GROSS_TONNAGE, "1000")))
                        .withColumn(Columns.GROSS_TONNAGE, col(Columns.GROSS_TONNAGE).cast(DataTypes.IntegerType)),
                drop.resolve("arrivals/part-1.parquet"), work.resolve("scratch-1"));
        TestParquet.write(TestParquet.arrivals(List.of(arrival("A-2", Columns.GROSS_TONNAGE, "2000"),
                        arrival("A-3", Columns.GROSS_TONNAGE, "3000 t"))),
                drop.resolve("arrivals/part-2.parquet"), work.resolve("scratch-2"));

        Dataset<Row> raw = read(new DropInspector(spark).inspect(TestLakes.drop(drop)), Source.ARRIVALS);

        assertEquals(List.of("A-1 1000 arrivals/part-1.parquet 1", "A-2 2000 arrivals/part-2.parquet 1",
                        "A-3 3000 t arrivals/part-2.parquet 2"),
                lines(raw, "arrival_id", "gross_tonnage", "_source_file", "_row_number"));
        assertEquals(List.of("A-1 ", "A-2 ", "A-3 BAD_NUMBER"), reasons(raw));
    }

    @Test
    void aGzipFileCutShortAfterInspectionIsNamedWithWhatTheReaderFound(@TempDir Path work) throws IOException {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        TestDrops.csv(drop, "arrivals/part-1.csv", Source.ARRIVALS, arrival("A-1"));
        TestDrops.csvGz(drop, "arrivals/part-2.csv.gz", Source.ARRIVALS, arrival("A-2"));
        Drop inspected = new DropInspector(spark).inspect(TestLakes.drop(drop));
        byte[] gzip = DropInspectorTest.gzip(bytes(TestRows.header(Source.ARRIVALS) + "\n"
                + (TestRows.csvLine(arrival("A-2")) + "\n").repeat(200)));
        Files.write(drop.resolve("arrivals/part-2.csv.gz"), Arrays.copyOf(gzip, gzip.length / 2));

        RuntimeException error = unreadable(inspected, Source.ARRIVALS);

        assertInstanceOf(UserError.class, error);
        assertEquals("arrivals/part-2.csv.gz: unreadable file (Unexpected end of input stream)", error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "data pages overwritten|can not read class org.apache.parquet.format.PageHeader",
            "replaced by text|is not a Parquet file"})
    void aCorruptParquetFileIsNamedWithWhatTheReaderFound(String corruption, String found, @TempDir Path work)
            throws IOException {
        Path drop = TestDrops.withReferenceOnly(work.resolve("drop"));
        List<Map<String, String>> many = Stream.iterate(1, i -> i + 1).limit(5000).map(i -> arrival("A-" + i)).toList();
        Path parquet = drop.resolve("arrivals/part-1.parquet");
        TestParquet.write(TestParquet.arrivals(many), parquet, work.resolve("scratch"));
        Drop inspected = new DropInspector(spark).inspect(TestLakes.drop(drop));
        byte[] file = bytes("not Parquet at all\n");
        if (corruption.startsWith("data")) {
            file = Files.readAllBytes(parquet);
            // the first half holds data pages; the footer (schema, page offsets) at the end stays whole
            for (int i = 4; i < file.length / 2; i++) {
                file[i] = (byte) (i * 31);
            }
        }
        Files.write(parquet, file);

        RuntimeException error = unreadable(inspected, Source.ARRIVALS);

        assertInstanceOf(UserError.class, error);
        assertTrue(error.getMessage().startsWith("arrivals/part-1.parquet: unreadable file ("), error.getMessage());
        assertTrue(error.getMessage().contains(found), error.getMessage());
        assertEquals(1, error.getMessage().lines().count(), error.getMessage());
    }

    @Test
    void aFailureNoFileHasOnItsOwnIsReturnedAsItIs() {
        Drop example = new DropInspector(spark).inspect(TestLakes.drop(TestDrops.EXAMPLE));
        IllegalStateException failure = new IllegalStateException("out of disk");

        assertSame(failure, new DropReader(spark).unreadable(Source.ARRIVALS, example.filesOf(Source.ARRIVALS), failure));
    }

    private Dataset<Row> read(Drop drop, Source source) {
        return new DropReader(spark).read(source, drop.filesOf(source)).rows();
    }

    /** The error DropReader gives for a read of the source's files that fails. */
    private RuntimeException unreadable(Drop drop, Source source) {
        DropReader reader = new DropReader(spark);
        Exception failure = assertThrows(Exception.class,
                () -> reader.read(source, drop.filesOf(source)));
        return reader.unreadable(source, drop.filesOf(source), failure);
    }

    /** Each row as its expressions' values joined by spaces ("null" for null), by file and row. */
    private static List<String> lines(Dataset<Row> rows, String... expressions) {
        String values = Arrays.stream(expressions).map(e -> "coalesce(cast(" + e + " as string), 'null')")
                .collect(Collectors.joining(", "));
        return rows.orderBy(Columns.SOURCE_FILE, Columns.ROW_NUMBER).selectExpr("concat_ws(' ', " + values + ")")
                .as(Encoders.STRING()).collectAsList();
    }

    /** Each row's id and its reason codes (sorted), by file and row, from the per-column checks. */
    private static List<String> reasons(Dataset<Row> raw) {
        return lines(RowValidation.typeAndCheckFields(raw, Source.ARRIVALS), "arrival_id",
                "array_join(array_sort(" + RowValidation.REASONS + "), ',')");
    }

    private static Map<String, String> arrival(String id, String... columnValuePairs) {
        Map<String, String> row = TestRows.row(Source.ARRIVALS, columnValuePairs);
        row.put(Columns.ARRIVAL_ID, id);
        return row;
    }

    /** The arrivals in the file's format (by its name), with a BOM and {@link #NOT_UTF8} as that byte. */
    @SafeVarargs
    private static void writeArrivals(Path file, Map<String, String>... rows) {
        String text = file.toString().endsWith(".jsonl")
                ? Arrays.stream(rows).map(DropInspectorTest::json).collect(Collectors.joining("\n", "", "\n"))
                : Stream.concat(Stream.of(TestRows.header(Source.ARRIVALS)), Arrays.stream(rows).map(TestRows::csvLine))
                        .collect(Collectors.joining("\n", "", "\n"));
        byte[] content = concat(BOM, bytes(text));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, file.toString().endsWith(".gz") ? DropInspectorTest.gzip(content) : content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8, but every {@link #NOT_UTF8} an ISO-8859-1 é. */
    private static byte[] bytes(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == NOT_UTF8) {
                bytes[i] = LATIN1_E_ACUTE;
            }
        }
        return bytes;
    }

    private static String hex(String text) {
        return HexFormat.of().withUpperCase().formatHex(bytes(text));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
