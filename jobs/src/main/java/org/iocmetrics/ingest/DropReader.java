package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.decode;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.is_valid_utf8;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.url_decode;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;

/**
 * Reads one source's files as received: every contract column as a string (null where a file lacks
 * an optional column), {@link #RECORD}, {@link #UTF8}, the file's path relative to the drop and the
 * 1-based data row number. Files with the same format, columns (and Parquet types) and encoding are
 * read together in one scan.
 */
final class DropReader {
    /**
     * The raw text of a line that is not a record, null for a record: a JSON line that does not
     * parse as an object, a CSV record with the wrong number of fields or an unbalanced quote. Its
     * contract columns are null: parts of a broken record would land in the wrong ones.
     */
    static final String RECORD = "_record";
    /** False when a value kept (contract column or record text) holds bytes that are not UTF-8. */
    static final String UTF8 = "_utf8";
    /** Timestamps typed in a Parquet file become ISO-8601 text with an explicit offset, like CSV. */
    private static final String ISO_INSTANT_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX";
    /**
     * One character per byte, so text read in it and encoded in it again is the bytes of the file,
     * whatever they are. CSV's syntax (comma, quote, line ends) is ASCII, and no ASCII byte occurs
     * inside a UTF-8 sequence, so a file of UTF-8 text splits into the same records either way.
     */
    private static final String BYTES = "ISO-8859-1";
    private static final String CORRUPT_RECORD_OPTION = "columnNameOfCorruptRecord";
    private static final String JSON_WHITESPACE = " \t\r";
    private static final String FILE_ORDER = "_file_order";
    private static final String HEADER_ROWS = "_header_rows";
    private static final String FIRST_ORDER = "_first_order";
    private static final String LINE = "value";
    private static final String LINE_IS_UTF8 = "_line_is_utf8";
    private static final String PARSED = "_parsed";

    private final SparkSession spark;

    DropReader(SparkSession spark) {
        this.spark = spark;
    }

    /** Columns of a raw row as tests build it: contract strings, file, row ({@link #read} adds RECORD, UTF8). */
    static StructType rawSchema(Source source) {
        StructType schema = allStrings(source.columnNames());
        return schema.add(Columns.SOURCE_FILE, DataTypes.StringType, false)
                .add(Columns.ROW_NUMBER, DataTypes.LongType, false);
    }

    static StructType allStrings(List<String> names) {
        return new StructType(names.stream()
                .map(name -> DataTypes.createStructField(name, DataTypes.StringType, true))
                .toArray(StructField[]::new));
    }

    /** One source's rows as received, and how many there are. */
    record Rows(Dataset<Row> rows, long count) {}

    /**
     * Reads every file of the source to its end once, to count its rows and find where each file's
     * rows start in the scan's order (a truncated or corrupt file fails here). The rows themselves
     * are read again by each action on them: parsing is a small part of ingest's cost, and keeping a
     * drop of millions of rows in memory is not.
     */
    Rows read(Source source, List<DropFile> files) {
        Map<List<Object>, List<DropFile>> groups = new LinkedHashMap<>();
        for (DropFile file : files) {
            groups.computeIfAbsent(scanKey(file), k -> new ArrayList<>()).add(file);
        }
        Dataset<Row> all = null;
        for (List<DropFile> group : groups.values()) {
            Dataset<Row> part = readGroup(source, group);
            all = all == null ? part : all.unionByName(part);
        }
        // the hash makes the scan decode every value: counting alone reads a Parquet file's footer only
        Column everyValue = hash(Arrays.stream(all.columns()).map(name -> col(name)).toArray(Column[]::new));
        List<Row> extents = all.groupBy(Columns.SOURCE_FILE, HEADER_ROWS)
                .agg(min(FILE_ORDER).as(FIRST_ORDER), max(FILE_ORDER), count(lit(1)), max(everyValue))
                .collectAsList();
        long count = 0;
        boolean eachFileInOneRun = true;
        for (Row extent : extents) {
            long rows = extent.getLong(4);
            count += Math.max(0, rows - extent.getInt(1));
            eachFileInOneRun &= extent.getLong(3) - extent.getLong(2) + 1 == rows;
        }
        return new Rows(eachFileInOneRun ? numberedInRuns(all, extents) : numberedBySorting(all), count);
    }

    /**
     * Row numbers when each file's rows hold consecutive ids of the scan (a file read whole, in one
     * task, with no rows dropped after the scan: CSV, which Spark never splits when records may span
     * lines): a row's number is its id's distance from the file's first, without a shuffle.
     */
    private Dataset<Row> numberedInRuns(Dataset<Row> all, List<Row> extents) {
        StructType firstsSchema = new StructType()
                .add(Columns.SOURCE_FILE, DataTypes.StringType, false)
                .add(FIRST_ORDER, DataTypes.LongType, false);
        Dataset<Row> firsts = spark.createDataFrame(
                extents.stream().map(extent -> RowFactory.create(extent.getString(0), extent.getLong(2))).toList(),
                firstsSchema);
        Column number = col(FILE_ORDER).minus(col(FIRST_ORDER)).plus(1).minus(col(HEADER_ROWS));
        return withoutHeaders(all.join(broadcast(firsts), Columns.SOURCE_FILE).withColumn(Columns.ROW_NUMBER, number))
                .drop(FIRST_ORDER);
    }

    /**
     * Row numbers in general (a file split over tasks, blank lines dropped after the scan): the ids'
     * order within each file. Files are read whole and in order, so the scan's id orders each file's
     * rows as written. The numbered rows are kept, as the sort is worth doing once.
     */
    private static Dataset<Row> numberedBySorting(Dataset<Row> all) {
        Column number = row_number().over(Window.partitionBy(Columns.SOURCE_FILE).orderBy(FILE_ORDER))
                .minus(col(HEADER_ROWS));
        return withoutHeaders(all.withColumn(Columns.ROW_NUMBER, number.cast(DataTypes.LongType)))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * A CSV file's header is its first row, read as a record so Spark never compares it with the
     * schema (which it would warn about when the header comes byte for byte, BOM included).
     */
    private static Dataset<Row> withoutHeaders(Dataset<Row> numbered) {
        return numbered.where(col(Columns.ROW_NUMBER).geq(1)).drop(FILE_ORDER, HEADER_ROWS);
    }

    /**
     * What the ingest job throws when reading {@code files} of {@code source} failed (Spark reads
     * lazily: a truncated or corrupt file shows only when an action runs): a UserError naming
     * the first file that fails when read on its own, and what the reader found. Files the failure
     * names are tried first; each is read whole, so this is for the error path only. When every file
     * reads on its own the failure was not the files', and it is returned as it is.
     */
    RuntimeException unreadable(Source source, List<DropFile> files, Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        String told = messages.toString();
        List<DropFile> namedFirst = files.stream()
                .sorted(Comparator.comparing((DropFile file) -> !told.contains(file.path().getName())))
                .toList();
        for (DropFile file : namedFirst) {
            try {
                read(source, List.of(file)).rows().unpersist();
            } catch (Exception e) { // whatever the reader throws is what is wrong with the file
                return DropInspector.unreadable(file.relativePath(), e);
            }
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    /**
     * What the files read in one scan share: a CSV header maps fields by position, a Parquet schema
     * types them (Spark reads every file of a scan with one schema), and the encoding decides how.
     */
    private static List<Object> scanKey(DropFile file) {
        return List.of(file.format(), folderOf(file), file.utf8(),
                file.format() == DropFormat.JSONL ? List.of() : file.schema());
    }

    private Dataset<Row> readGroup(Source source, List<DropFile> group) {
        DropFile first = group.get(0);
        String[] paths = group.stream().map(f -> f.path().toString()).toArray(String[]::new);
        Dataset<Row> relation = switch (first.format()) {
            case CSV, CSV_GZ -> csvReader(first).csv(paths);
            case JSONL -> first.utf8()
                    ? spark.read().schema(withRecord(allStrings(source.columnNames())))
                            .option(CORRUPT_RECORD_OPTION, RECORD).json(paths)
                    : spark.read().text(paths);
            case PARQUET -> spark.read().schema(first.schema()).parquet(paths);
        };
        // the file's metadata is a column of the scan only, so lineage is taken first
        Dataset<Row> scanned = relation.select(col("*"), sourceFile(first).as(Columns.SOURCE_FILE),
                monotonically_increasing_id().as(FILE_ORDER));
        List<Column> columns = new ArrayList<>(switch (first.format()) {
            case CSV, CSV_GZ -> csvValues(source, first);
            case JSONL -> first.utf8() ? jsonValues(source) : jsonLineValues(source);
            case PARQUET -> parquetValues(source, scanned.schema());
        });
        columns.addAll(List.of(col(Columns.SOURCE_FILE), col(FILE_ORDER),
                lit(first.format().isCsv() ? 1 : 0).as(HEADER_ROWS)));
        boolean byLine = first.format() == DropFormat.JSONL && !first.utf8();
        Dataset<Row> values = (byLine ? jsonLinesParsed(scanned, source) : scanned).select(columns.toArray(Column[]::new));
        // only text read byte for byte, and Parquet strings (written unchecked), can hold other bytes
        return values.withColumn(UTF8, first.utf8() && first.format() != DropFormat.PARQUET ? lit(true) : allUtf8(source));
    }

    /** True when no contract value and no record text holds bytes that are not UTF-8. */
    private static Column allUtf8(Source source) {
        Column all = coalesce(is_valid_utf8(col(RECORD)), lit(true));
        for (String name : source.columnNames()) {
            all = all.and(coalesce(is_valid_utf8(col(name)), lit(true)));
        }
        return all;
    }

    /** Header included, fields named by position: the header is dropped by its row number. */
    private DataFrameReader csvReader(DropFile file) {
        return spark.read()
                .schema(withRecord(allStrings(
                        IntStream.range(0, file.columns().size()).mapToObj(DropReader::position).toList())))
                .option("header", "false")
                .option("multiLine", "true")
                .option("escape", "\"")
                .option("encoding", file.utf8() ? "UTF-8" : BYTES)
                .option("mode", "PERMISSIVE")
                .option(CORRUPT_RECORD_OPTION, RECORD);
    }

    private static List<Column> csvValues(Source source, DropFile file) {
        List<Column> values = new ArrayList<>();
        for (String name : source.columnNames()) {
            int position = file.columns().indexOf(name);
            values.add(position < 0 ? nullText(name)
                    : when(col(RECORD).isNull(), asReceived(col(position(position)), file.utf8())).as(name));
        }
        values.add(asReceived(col(RECORD), file.utf8()).as(RECORD));
        return values;
    }

    /** A value read byte for byte back into the bytes received (the encoding of its own file). */
    private static Column asReceived(Column read, boolean utf8) {
        return utf8 ? read : encode(read, BYTES).cast(DataTypes.StringType);
    }

    private static List<Column> jsonValues(Source source) {
        List<Column> values = new ArrayList<>();
        for (String name : source.columnNames()) {
            values.add(col(name));
        }
        values.add(col(RECORD));
        return values;
    }

    /**
     * A JSON Lines file with bytes that are not UTF-8, read line by line (the line reader drops a
     * leading BOM; blank lines are no records, as for Spark's JSON reader). A UTF-8 line parses as
     * usual; any other parses in its byte-per-character form, so its values can be turned back into
     * the bytes received (see {@link #jsonLineValues}).
     */
    private static Dataset<Row> jsonLinesParsed(Dataset<Row> lines, Source source) {
        Column utf8 = is_valid_utf8(col(LINE));
        Column text = when(utf8, col(LINE)).otherwise(decode(col(LINE).cast(DataTypes.BinaryType), BYTES));
        return lines.where(trim(col(LINE), JSON_WHITESPACE).notEqual(lit("")))
                .select(col(LINE), utf8.as(LINE_IS_UTF8),
                        from_json(text, withRecord(allStrings(source.columnNames())), Map.of(CORRUPT_RECORD_OPTION, RECORD))
                                .as(PARSED),
                        col(Columns.SOURCE_FILE), col(FILE_ORDER));
    }

    /**
     * Values of a line that is not UTF-8 are encoded back byte per character. A JSON escape in such a
     * line cannot be told from raw bytes: one above U+00FF (no byte) becomes '?', where encoding would fail.
     */
    private static List<Column> jsonLineValues(Source source) {
        List<Column> values = new ArrayList<>();
        for (String name : source.columnNames()) {
            Column parsed = col(PARSED).getField(name);
            values.add(when(col(LINE_IS_UTF8), parsed)
                    .otherwise(asReceived(regexp_replace(parsed, "[^\\x{00}-\\x{FF}]", "?"), false)).as(name));
        }
        values.add(when(col(PARSED).getField(RECORD).isNotNull(), col(LINE)).as(RECORD));
        return values;
    }

    private static List<Column> parquetValues(Source source, StructType scanned) {
        List<String> present = List.of(scanned.fieldNames());
        List<Column> values = new ArrayList<>();
        for (String name : source.columnNames()) {
            values.add(present.contains(name) ? asText(name, scanned.apply(name).dataType()) : nullText(name));
        }
        values.add(nullText(RECORD));
        return values;
    }

    private static Column asText(String name, DataType type) {
        if (type.equals(DataTypes.StringType)) {
            return col(name);
        }
        // a zone-less TimestampNTZ stays zone-less text, so validation rejects it like a CSV value
        if (type.equals(DataTypes.TimestampType)) {
            return date_format(col(name), ISO_INSTANT_PATTERN).as(name);
        }
        return col(name).cast(DataTypes.StringType).as(name);
    }

    /**
     * The file's path relative to the drop, as the manifest records it. Spark names the file as in
     * a URI, percent-encoded (a space is %20) but with '+' as it is, which url_decode would read as
     * a space: so '+' is encoded before decoding.
     */
    private static Column sourceFile(DropFile file) {
        Column uriName = col("_metadata.file_name");
        return concat(lit(folderOf(file) + "/"), url_decode(replace(uriName, lit("+"), lit("%2B"))));
    }

    private static Column nullText(String name) {
        return lit(null).cast(DataTypes.StringType).as(name);
    }

    private static StructType withRecord(StructType schema) {
        return schema.add(RECORD, DataTypes.StringType, true);
    }

    /** The name of a CSV record's field by its 0-based position. */
    private static String position(int index) {
        return "_c" + index;
    }

    private static String folderOf(DropFile file) {
        int slash = file.relativePath().lastIndexOf('/');
        return slash < 0 ? "" : file.relativePath().substring(0, slash);
    }
}
