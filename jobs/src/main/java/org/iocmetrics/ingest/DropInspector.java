package org.iocmetrics.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.CsvLine;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.Sha256;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Field;
import org.iocmetrics.contract.Source;

/**
 * Validates a drop before anything is written: the directory, every source, every file's
 * readability and its required columns. Any problem is one {@link UserError} line naming the file
 * (and column). Also computes the batch id from the files' contents and lists, with a warning each,
 * the files the drop holds that the contract does not read.
 */
final class DropInspector {
    private static final Logger LOG = LogManager.getLogger(DropInspector.class);
    private static final int BATCH_ID_HEX_DIGITS = 20;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final char UTF8_BOM = '\uFEFF';
    private static final String DATA_SUFFIXES = "(.csv, .csv.gz, .jsonl, .parquet)";
    /** The folders of the contract's layout: reference/ and one per event source. */
    private static final Set<String> CONTRACT_FOLDERS = Arrays.stream(Source.values())
            .map(source -> source.isEvent() ? source.location() : folderOf(source.location()))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final SparkSession spark;

    DropInspector(SparkSession spark) {
        this.spark = spark;
    }

    Drop inspect(Location root) {
        FileSystem fs = root.fileSystem();
        FileStatus status = statusOf(fs, root);
        if (status == null) {
            throw new UserError("no such input directory: " + root);
        }
        if (!status.isDirectory()) {
            throw new UserError("the input drop must be a folder (with reference/, arrivals/, screenings/,"
                    + " operations/), not a file: " + root);
        }
        Layout layout = layout(fs, root);
        for (String ignored : layout.ignored()) {
            LOG.warn("{}: ignored, {}", ignored, whyIgnored(ignored));
        }
        Map<String, StructType> declared = new HashMap<>();
        for (Source source : Source.values()) {
            for (String relativePath : dataFiles(source, layout)) {
                declared.put(relativePath, declaredSchema(fs, root, relativePath, source));
            }
        }
        Map<String, Boolean> utf8 = new HashMap<>();
        String batchId = batchId(fs, root, declared.keySet(), utf8);
        Map<Source, List<DropFile>> files = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            files.put(source, layout.data().get(source).stream()
                    .map(relativePath -> new DropFile(source, root.resolve(relativePath), relativePath,
                            format(relativePath), declared.get(relativePath), utf8.get(relativePath)))
                    .toList());
        }
        return new Drop(root, batchId, files, layout.ignored());
    }

    /** The error for a file that cannot be read, naming it and what the reader found. */
    static UserError unreadable(String relativePath, Throwable failure) {
        return new UserError(relativePath + ": unreadable file (" + problem(failure) + ")", failure);
    }

    /**
     * What went wrong, in one line: the deepest I/O error under the wrappers of Spark ("Encountered
     * error while reading file ...") and of the parsers ("Error reading from input"), as that is what
     * reading the bytes hit; without one, the first cause that is not Spark's wrapper.
     */
    private static String problem(Throwable failure) {
        Throwable told = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                told = cause;
            }
        }
        if (told == null) {
            told = failure;
            while (told instanceof SparkException && told.getCause() != null) {
                told = told.getCause();
            }
        }
        String message = told.getMessage() != null ? told.getMessage() : told.getClass().getSimpleName();
        return message.lines().findFirst().orElse("");
    }

    /**
     * The data files of each source and every other entry of the drop, as paths relative to it,
     * sorted; and the folders the drop has.
     */
    private record Layout(Map<Source, List<String>> data, List<String> ignored, Set<String> folders) {}

    /**
     * Lists the drop through its file system (local, HDFS, an object store), so nothing it holds goes
     * unmentioned: a file is data of a source by its place (reference/iocs.csv, or a data file
     * directly in arrivals/); any other file, and any other folder as one entry ending in '/', is
     * ignored. Only the drop and the contract's folders are listed, so a deep or looping tree of
     * folders the contract does not read costs one entry.
     */
    private static Layout layout(FileSystem fs, Location root) {
        Map<Source, List<String>> data = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            data.put(source, new ArrayList<>());
        }
        List<String> ignored = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        try {
            for (FileStatus entry : fs.listStatus(root.path())) {
                String name = entry.getPath().getName();
                if (!entry.isDirectory()) {
                    ignored.add(name);
                } else if (hidden(name) || !CONTRACT_FOLDERS.contains(name)) {
                    ignored.add(name + "/");
                } else {
                    folders.add(name);
                    for (FileStatus file : fs.listStatus(entry.getPath())) {
                        String relativePath = name + "/" + file.getPath().getName();
                        if (file.isDirectory()) {
                            ignored.add(relativePath + "/");
                        } else {
                            sourceOf(relativePath).ifPresentOrElse(source -> data.get(source).add(relativePath),
                                    () -> ignored.add(relativePath));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UserError(root + ": unreadable drop (" + e + ")", e);
        }
        data.values().forEach(paths -> paths.sort(Comparator.naturalOrder()));
        ignored.sort(Comparator.naturalOrder());
        return new Layout(data, List.copyOf(ignored), Set.copyOf(folders));
    }

    private static Optional<Source> sourceOf(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        if (hidden(name)) {
            return Optional.empty();
        }
        return Arrays.stream(Source.values())
                .filter(source -> source.isEvent()
                        ? source.location().equals(folderOf(relativePath)) && DropFormat.of(name).isPresent()
                        : source.location().equals(relativePath))
                .findFirst();
    }

    /** Spark does not read a file or folder whose name starts with '.' or '_', even when named. */
    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    private static String whyIgnored(String relativePath) {
        boolean folder = relativePath.endsWith("/");
        String trimmed = folder ? relativePath.substring(0, relativePath.length() - 1) : relativePath;
        if (hidden(trimmed.substring(trimmed.lastIndexOf('/') + 1))) {
            return "hidden (Spark skips names starting with '.' or '_')";
        }
        if (!folder && isEventFolder(folderOf(relativePath))) {
            return "not a data file " + DATA_SUFFIXES;
        }
        return "not a " + (folder ? "folder" : "file") + " the contract reads (reference/iocs.csv, agencies.csv,"
                + " ports.csv, participants.csv; data files directly in arrivals/, screenings/, operations/)";
    }

    /** The drop's folder or file; null when there is none. */
    private static FileStatus statusOf(FileSystem fs, Location root) {
        try {
            return fs.getFileStatus(root.path());
        } catch (FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new UserError(root + ": unreadable drop (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isEventFolder(String folder) {
        return Arrays.stream(Source.values()).anyMatch(source -> source.isEvent() && source.location().equals(folder));
    }

    private static List<String> dataFiles(Source source, Layout layout) {
        List<String> found = layout.data().get(source);
        if (!source.isEvent()) {
            if (found.isEmpty() && !source.isOptional()) {
                throw new UserError(source.location() + ": missing file");
            }
            return found;
        }
        if (!layout.folders().contains(source.location())) {
            throw new UserError(source.location() + "/: missing folder");
        }
        if (found.isEmpty()) {
            throw new UserError(source.location() + "/: no data files " + DATA_SUFFIXES);
        }
        return found;
    }

    /**
     * The columns the file declares, checked against the contract: every required column present,
     * and every contract column of a Parquet file a single value that can be read as text.
     */
    private StructType declaredSchema(FileSystem fs, Location root, String relativePath, Source source) {
        Path path = root.resolve(relativePath);
        Optional<StructType> declared;
        try {
            declared = switch (format(relativePath)) {
                case CSV, CSV_GZ -> Optional.of(DropReader.allStrings(csvHeader(fs, path, format(relativePath))));
                case JSONL -> jsonKeys(fs, path, source.requiredColumnNames()).map(DropReader::allStrings);
                case PARQUET -> Optional.of(spark.read().parquet(path.toString()).schema());
            };
        } catch (Exception e) { // I/O, gzip, JSON or Parquet footer errors alike
            throw unreadable(relativePath, e);
        }
        // a JSON Lines file without a record declares no columns and holds no rows: nothing can be missing
        StructType schema = declared.orElseGet(StructType::new);
        List<String> columns = List.of(schema.fieldNames());
        if (declared.isPresent()) {
            for (String required : source.requiredColumnNames()) {
                if (!columns.contains(required)) {
                    throw new UserError(relativePath + ": missing required column " + required);
                }
            }
        }
        for (StructField column : schema.fields()) {
            Optional<Field> field = source.field(column.name());
            if (field.isPresent() && isNested(column.dataType())) {
                throw new UserError(relativePath + ": column " + column.name() + " is " + column.dataType().simpleString()
                        + ", which cannot be read as " + field.get().type().name().toLowerCase(Locale.ROOT));
            }
        }
        List<String> extra = columns.stream().filter(c -> source.field(c).isEmpty()).toList();
        if (!extra.isEmpty()) {
            LOG.warn("{}: columns not in the contract are ignored: {}", relativePath, String.join(", ", extra));
        }
        return schema;
    }

    /** A Parquet struct, list or map is no single value: its text would not be the contract's. */
    private static boolean isNested(DataType type) {
        return type instanceof StructType || type instanceof ArrayType || type instanceof MapType;
    }

    private static List<String> csvHeader(FileSystem fs, Path path, DropFormat format) throws IOException {
        try (BufferedReader reader = reader(fs, path, format == DropFormat.CSV_GZ)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IOException("empty file, no header row");
            }
            return CsvLine.parse(stripBom(header)).stream().map(String::trim).toList();
        }
    }

    /**
     * The keys of the file's records, read until every required column has been seen: a record may
     * leave out a key whose value is null, so a column is missing only when no record has it, yet a
     * file whose first record has them all costs one line. A line that is not a JSON object is
     * passed over (it is quarantined as BAD_RECORD). Empty when the file holds no record.
     */
    private static Optional<List<String>> jsonKeys(FileSystem fs, Path path, List<String> required) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> keys = new LinkedHashSet<>();
        boolean anyLine = false;
        boolean anyObject = false;
        try (BufferedReader reader = reader(fs, path, false)) {
            String line = reader.readLine();
            if (line != null) {
                line = stripBom(line); // only a file's first line can start with the mark
            }
            for (; line != null && !keys.containsAll(required); line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                anyLine = true;
                JsonNode record = parsed(json, line);
                if (record != null && record.isObject()) {
                    anyObject = true;
                    record.fieldNames().forEachRemaining(keys::add);
                }
            }
        }
        if (anyLine && !anyObject) {
            throw new IOException("no line is a JSON object");
        }
        return anyLine ? Optional.of(List.copyOf(keys)) : Optional.empty();
    }

    private static JsonNode parsed(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static BufferedReader reader(FileSystem fs, Path path, boolean gzip) throws IOException {
        InputStream in = fs.open(path);
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == UTF8_BOM ? line.substring(1) : line;
    }

    private static DropFormat format(String relativePath) {
        return DropFormat.of(relativePath.substring(relativePath.lastIndexOf('/') + 1)).orElseThrow();
    }

    private static String folderOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    /**
     * A hash over every data file's relative path and bytes, in path order. The same pass checks that
     * each text file (decompressed) is UTF-8 throughout, so a truncated gzip file fails here, before
     * anything is written, and only files with other bytes are read byte for byte.
     */
    private static String batchId(FileSystem fs, Location root, Set<String> dataFiles, Map<String, Boolean> utf8) {
        MessageDigest digest = Sha256.digest();
        for (String relativePath : dataFiles.stream().sorted().toList()) {
            digest.update(relativePath.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            DropFormat format = format(relativePath);
            try (InputStream file = new DigestInputStream(fs.open(root.resolve(relativePath)), digest);
                    InputStream text = format == DropFormat.CSV_GZ ? new GZIPInputStream(file, BUFFER_BYTES) : file) {
                utf8.put(relativePath, format == DropFormat.PARQUET || isUtf8(text));
                // bytes after the end of a gzip stream are part of the file all the same
                file.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw unreadable(relativePath, e);
            }
        }
        return Sha256.hex(digest).substring(0, BATCH_ID_HEX_DIGITS);
    }

    /** Reads the text to its end; false when a byte sequence in it is not UTF-8. */
    private static boolean isUtf8(InputStream text) throws IOException {
        // a decoder of its own reports malformed input, where a charset's default one replaces it
        Reader reader = new InputStreamReader(text, StandardCharsets.UTF_8.newDecoder());
        char[] chars = new char[BUFFER_BYTES];
        try {
            while (reader.read(chars) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            text.transferTo(OutputStream.nullOutputStream());
            return false;
        }
    }
}
