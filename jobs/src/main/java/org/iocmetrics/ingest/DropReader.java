package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.url_decode;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;

/**
 * Reads one source's files as received: every contract column as a string (null where a file lacks
 * an optional column), {@link #RECORD}, the file's path relative to the drop and the 1-based data
 * row number. Files with the same format and columns (and Parquet types) are read together in one
 * scan.
 */
final class DropReader {
    /**
     * The raw text of a line that is not a record, null for a record: a JSON line that does not
     * parse as an object, a CSV record with the wrong number of fields or an unbalanced quote. Its
     * contract columns are null: parts of a broken record would land in the wrong ones.
     */
    static final String RECORD = "_record";
    /** Timestamps typed in a Parquet file become ISO-8601 text with an explicit offset, like CSV. */
    private static final String ISO_INSTANT_PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX";
    private static final String CORRUPT_RECORD_OPTION = "columnNameOfCorruptRecord";
    private static final String FILE_ORDER = "_file_order";
    private static final String HEADER_ROWS = "_header_rows";

    private final SparkSession spark;

    DropReader(SparkSession spark) {
        this.spark = spark;
    }

    /** Columns of a raw row as tests build it: contract strings, file, row ({@link #read} adds RECORD). */
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

    Dataset<Row> read(Source source, List<DropFile> files) {
        Map<List<Object>, List<DropFile>> groups = new LinkedHashMap<>();
        for (DropFile file : files) {
            groups.computeIfAbsent(scanKey(file), k -> new ArrayList<>()).add(file);
        }
        Dataset<Row> all = null;
        for (List<DropFile> group : groups.values()) {
            Dataset<Row> part = readGroup(source, group);
            all = all == null ? part : all.unionByName(part);
        }
        // files are read whole and in order, so the scan's id orders each file's rows as written;
        // a CSV file's header is its first row, read as a record: fields are named by position
        Column number = row_number().over(Window.partitionBy(Columns.SOURCE_FILE).orderBy(FILE_ORDER))
                .minus(col(HEADER_ROWS));
        return all.withColumn(Columns.ROW_NUMBER, number.cast(DataTypes.LongType))
                .where(col(Columns.ROW_NUMBER).geq(1))
                .drop(FILE_ORDER, HEADER_ROWS);
    }

    /**
     * What the files read in one scan share: a CSV header maps fields by position, a Parquet schema
     * types them (Spark reads every file of a scan with one schema).
     */
    private static List<Object> scanKey(DropFile file) {
        return List.of(file.format(), folderOf(file), file.format() == DropFormat.JSONL ? List.of() : file.schema());
    }

    private Dataset<Row> readGroup(Source source, List<DropFile> group) {
        DropFile first = group.get(0);
        String[] paths = group.stream().map(f -> f.path().toString()).toArray(String[]::new);
        Dataset<Row> relation = switch (first.format()) {
            case CSV, CSV_GZ -> csvReader(first).csv(paths);
            // an explicit string schema keeps JSON numbers and booleans as their text
            case JSONL -> spark.read().schema(withRecord(allStrings(source.columnNames())))
                    .option(CORRUPT_RECORD_OPTION, RECORD).json(paths);
            case PARQUET -> spark.read().schema(first.schema()).parquet(paths);
        };
        // the file's metadata is a column of the scan only, so lineage is taken first
        Dataset<Row> scanned = relation.select(col("*"), sourceFile(first).as(Columns.SOURCE_FILE),
                monotonically_increasing_id().as(FILE_ORDER));
        List<Column> columns = new ArrayList<>(switch (first.format()) {
            case CSV, CSV_GZ -> csvValues(source, first);
            case JSONL -> jsonValues(source);
            case PARQUET -> parquetValues(source, scanned.schema());
        });
        columns.addAll(List.of(col(Columns.SOURCE_FILE), col(FILE_ORDER),
                lit(first.format().isCsv() ? 1 : 0).as(HEADER_ROWS)));
        return scanned.select(columns.toArray(Column[]::new));
    }

    /** Header included, fields named by position: the header is dropped by its row number. */
    private DataFrameReader csvReader(DropFile file) {
        return spark.read()
                .schema(withRecord(allStrings(
                        IntStream.range(0, file.columns().size()).mapToObj(DropReader::position).toList())))
                .option("header", "false")
                .option("multiLine", "true")
                .option("escape", "\"")
                .option("encoding", "UTF-8")
                .option("mode", "PERMISSIVE")
                .option(CORRUPT_RECORD_OPTION, RECORD);
    }

    private static List<Column> csvValues(Source source, DropFile file) {
        List<Column> values = new ArrayList<>();
        for (String name : source.columnNames()) {
            int position = file.columns().indexOf(name);
            values.add(position < 0 ? nullText(name)
                    : when(col(RECORD).isNull(), col(position(position))).as(name));
        }
        values.add(col(RECORD));
        return values;
    }

    private static List<Column> jsonValues(Source source) {
        List<Column> values = new ArrayList<>();
        for (String name : source.columnNames()) {
            values.add(col(name));
        }
        values.add(col(RECORD));
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
