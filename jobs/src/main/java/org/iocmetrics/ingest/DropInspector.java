package org.iocmetrics.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
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

    private final SparkSession spark;

    DropInspector(SparkSession spark) {
        this.spark = spark;
    }

    Drop inspect(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UserError("no such input directory: " + root);
        }
        Layout layout = layout(root);
        for (String ignored : layout.ignored()) {
            LOG.warn("{}: ignored, {}", ignored, whyIgnored(ignored));
        }
        Map<Path, StructType> declared = new HashMap<>();
        for (Source source : Source.values()) {
            for (Path path : dataFiles(root, source, layout.data().get(source))) {
                declared.put(path, declaredSchema(relative(root, path), source, path));
            }
        }
        Map<Path, Boolean> utf8 = new HashMap<>();
        String batchId = batchId(root, declared.keySet(), utf8);
        Map<Source, List<DropFile>> files = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            files.put(source, layout.data().get(source).stream()
                    .map(path -> new DropFile(source, path, relative(root, path), format(path), declared.get(path),
                            utf8.get(path)))
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

    /** The data files of each source, sorted, and every other file of the drop. */
    private record Layout(Map<Source, List<Path>> data, List<String> ignored) {}

    /**
     * Walks the whole drop, so nothing it holds goes unmentioned: a file is data of a source by its
     * place (reference/iocs.csv, or a data file directly in arrivals/), anything else is ignored.
     * Hidden folders (and Spark's '_' ones) are one entry each, not walked.
     */
    private static Layout layout(Path root) {
        Map<Source, List<Path>> data = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            data.put(source, new ArrayList<>());
        }
        List<String> ignored = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (!dir.equals(root) && hidden(dir)) {
                                ignored.add(relative(root, dir) + "/");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            sourceOf(root, file).ifPresentOrElse(source -> data.get(source).add(file),
                                    () -> ignored.add(relative(root, file)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (e instanceof FileSystemLoopException) {
                                ignored.add(relative(root, file) + "/");
                                return FileVisitResult.CONTINUE;
                            }
                            throw e;
                        }
                    });
        } catch (IOException e) {
            throw new UserError(root + ": unreadable drop (" + e + ")", e);
        }
        data.values().forEach(paths -> paths.sort(Comparator.naturalOrder()));
        ignored.sort(Comparator.naturalOrder());
        return new Layout(data, List.copyOf(ignored));
    }

    private static Optional<Source> sourceOf(Path root, Path file) {
        if (hidden(file) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String relativePath = relative(root, file);
        return Arrays.stream(Source.values())
                .filter(source -> source.isEvent()
                        ? source.location().equals(folderOf(relativePath))
                                && DropFormat.of(file.getFileName().toString()).isPresent()
                        : source.location().equals(relativePath))
                .findFirst();
    }

    /** Spark does not read a file or folder whose name starts with '.' or '_', even when named. */
    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_");
    }

    private static String whyIgnored(String relativePath) {
        String trimmed = relativePath.endsWith("/") ? relativePath.substring(0, relativePath.length() - 1) : relativePath;
        if (hidden(Path.of(trimmed))) {
            return "hidden (Spark skips names starting with '.' or '_')";
        }
        if (isEventFolder(folderOf(relativePath))) {
            return "not a data file " + DATA_SUFFIXES;
        }
        return "not a file the contract reads (reference/iocs.csv, agencies.csv, ports.csv;"
                + " data files directly in arrivals/, screenings/, operations/)";
    }

    private static boolean isEventFolder(String folder) {
        return Arrays.stream(Source.values()).anyMatch(source -> source.isEvent() && source.location().equals(folder));
    }

    private static List<Path> dataFiles(Path root, Source source, List<Path> found) {
        if (!source.isEvent()) {
            if (found.isEmpty()) {
                throw new UserError(source.location() + ": missing file");
            }
            return found;
        }
        if (!Files.isDirectory(root.resolve(source.location()))) {
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
    private StructType declaredSchema(String relativePath, Source source, Path path) {
        if (!Files.isReadable(path)) {
            throw new UserError(relativePath + ": unreadable file");
        }
        Optional<StructType> declared;
        try {
            declared = switch (format(path)) {
                case CSV, CSV_GZ -> Optional.of(DropReader.allStrings(csvHeader(path, format(path))));
                case JSONL -> jsonKeys(path, source.requiredColumnNames()).map(DropReader::allStrings);
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

    private static List<String> csvHeader(Path path, DropFormat format) throws IOException {
        try (BufferedReader reader = reader(path, format == DropFormat.CSV_GZ)) {
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
    private static Optional<List<String>> jsonKeys(Path path, List<String> required) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> keys = new LinkedHashSet<>();
        boolean anyLine = false;
        boolean anyObject = false;
        try (BufferedReader reader = reader(path, false)) {
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

    private static BufferedReader reader(Path path, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(path);
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == UTF8_BOM ? line.substring(1) : line;
    }

    private static DropFormat format(Path path) {
        return DropFormat.of(path.getFileName().toString()).orElseThrow();
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
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
    private static String batchId(Path root, Set<Path> dataFiles, Map<Path, Boolean> utf8) {
        MessageDigest digest = Sha256.digest();
        List<Path> inPathOrder = dataFiles.stream().sorted(Comparator.comparing(path -> relative(root, path))).toList();
        for (Path path : inPathOrder) {
            String relativePath = relative(root, path);
            digest.update(relativePath.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream file = new DigestInputStream(Files.newInputStream(path), digest);
                    InputStream text = format(path) == DropFormat.CSV_GZ ? new GZIPInputStream(file, BUFFER_BYTES) : file) {
                utf8.put(path, format(path) == DropFormat.PARQUET || isUtf8(text));
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
