package org.iocmetrics.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.CsvLine;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Source;

/**
 * Validates a drop before anything is written: the directory, every source, every file's
 * readability and its required columns. Any problem is one {@link UserError} line naming the file
 * (and column). Also computes the batch id from the files' contents.
 */
final class DropInspector {
    private static final Logger LOG = LogManager.getLogger(DropInspector.class);
    private static final int BATCH_ID_HEX_DIGITS = 20;
    private static final char UTF8_BOM = '\uFEFF';

    private final SparkSession spark;

    DropInspector(SparkSession spark) {
        this.spark = spark;
    }

    Drop inspect(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UserError("no such input directory: " + root);
        }
        Map<Source, List<DropFile>> files = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            List<DropFile> sourceFiles = new ArrayList<>();
            for (Path path : dataFiles(root, source)) {
                sourceFiles.add(describe(root, source, path));
            }
            files.put(source, List.copyOf(sourceFiles));
        }
        return new Drop(root, batchId(files), files);
    }

    private static List<Path> dataFiles(Path root, Source source) {
        Path location = root.resolve(source.location());
        if (!source.isEvent()) {
            if (!Files.isRegularFile(location)) {
                throw new UserError(source.location() + ": missing file");
            }
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new UserError(source.location() + "/: missing folder");
        }
        List<Path> found;
        try (Stream<Path> listing = Files.list(location)) {
            found = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UserError(source.location() + "/: unreadable folder (" + e.getMessage() + ")", e);
        }
        List<Path> data = new ArrayList<>();
        for (Path path : found) {
            if (DropFormat.of(path.getFileName().toString()).isPresent()) {
                data.add(path);
            } else {
                LOG.warn("{}: not a data file (.csv, .csv.gz, .jsonl, .parquet): ignored", relative(root, path));
            }
        }
        if (data.isEmpty()) {
            throw new UserError(source.location() + "/: no data files (.csv, .csv.gz, .jsonl, .parquet)");
        }
        return data;
    }

    private DropFile describe(Path root, Source source, Path path) {
        String relativePath = relative(root, path);
        DropFormat format = DropFormat.of(path.getFileName().toString())
                .orElseThrow(() -> new UserError(relativePath + ": not a data file"));
        if (!Files.isReadable(path)) {
            throw new UserError(relativePath + ": unreadable file");
        }
        List<String> columns;
        try {
            columns = declaredColumns(path, format);
        } catch (Exception e) { // I/O, gzip, JSON or Parquet footer errors alike
            throw new UserError(relativePath + ": unreadable file (" + firstLine(e.getMessage()) + ")", e);
        }
        // an empty JSON Lines file declares no columns and holds no rows: nothing can be missing
        if (!(format == DropFormat.JSONL && columns.isEmpty())) {
            for (String required : source.requiredColumnNames()) {
                if (!columns.contains(required)) {
                    throw new UserError(relativePath + ": missing required column " + required);
                }
            }
        }
        List<String> extra = columns.stream().filter(c -> source.field(c).isEmpty()).toList();
        if (!extra.isEmpty()) {
            LOG.warn("{}: columns not in the contract are ignored: {}", relativePath, String.join(", ", extra));
        }
        return new DropFile(source, path, relativePath, format, columns);
    }

    private List<String> declaredColumns(Path path, DropFormat format) throws IOException {
        return switch (format) {
            case CSV, CSV_GZ -> csvHeader(path, format);
            case JSONL -> jsonKeys(path);
            case PARQUET -> Arrays.asList(spark.read().parquet(path.toString()).schema().fieldNames());
        };
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

    private static List<String> jsonKeys(Path path) throws IOException {
        try (BufferedReader reader = reader(path, false)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode first = new ObjectMapper().readTree(stripBom(line));
                    List<String> keys = new ArrayList<>();
                    first.fieldNames().forEachRemaining(keys::add);
                    return keys;
                }
            }
            return List.of();
        }
    }

    private static BufferedReader reader(Path path, boolean gzip) throws IOException {
        InputStream in = Files.newInputStream(path);
        return new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == UTF8_BOM ? line.substring(1) : line;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** A hash over every file's relative path and bytes, in path order. */
    private static String batchId(Map<Source, List<DropFile>> files) {
        MessageDigest digest = sha256();
        List<DropFile> all = files.values().stream().flatMap(List::stream)
                .sorted((a, b) -> a.relativePath().compareTo(b.relativePath())).toList();
        byte[] buffer = new byte[1 << 16];
        for (DropFile file : all) {
            digest.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), digest)) {
                while (in.read(buffer) >= 0) {
                    // DigestInputStream feeds the digest as it reads
                }
            } catch (IOException e) {
                throw new UserError(file.relativePath() + ": unreadable file (" + e.getMessage() + ")", e);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, BATCH_ID_HEX_DIGITS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
