package org.iocmetrics.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.iocmetrics.contract.Source;

/** Writes small drops for tests: the example drop's reference files plus hand-written event files. */
public final class TestDrops {
    public static final Path EXAMPLE = Path.of("src/test/resources/drops/example-drop");

    private TestDrops() {}

    /**
     * A drop with the example's reference tables (no roster) and, for every event source, a
     * header-only CSV.
     */
    public static Path withReferenceOnly(Path root) {
        for (Source source : Source.values()) {
            if (source.isEvent()) {
                write(root, source.location() + "/empty.csv", TestRows.header(source));
            } else if (!source.isOptional()) {
                copy(EXAMPLE.resolve(source.location()), root.resolve(source.location()));
            }
        }
        return root;
    }

    /** A CSV file of the source's rows, with the contract header. */
    @SafeVarargs
    public static void csv(Path root, String relative, Source source, Map<String, String>... rows) {
        write(root, relative, csvText(source, rows));
    }

    @SafeVarargs
    public static void csvGz(Path root, String relative, Source source, Map<String, String>... rows) {
        Path path = root.resolve(relative);
        try {
            Files.createDirectories(path.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path))) {
                out.write(csvText(source, rows).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path root, String relative, String... lines) {
        Path path = root.resolve(relative);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private static String csvText(Source source, Map<String, String>... rows) {
        StringBuilder text = new StringBuilder(TestRows.header(source)).append('\n');
        for (Map<String, String> row : rows) {
            text.append(TestRows.csvLine(row)).append('\n');
        }
        return text.toString();
    }
}
