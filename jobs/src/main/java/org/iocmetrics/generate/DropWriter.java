package org.iocmetrics.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.iocmetrics.contract.Source;

/**
 * Writes a drop in the contract's layout: reference/*.csv, and per event source one gzip CSV per
 * month (source/source-YYYY-MM.csv.gz) plus, with noise, source/source-resent.csv.gz, which sorts
 * after the monthly files and holds the late versions and exact duplicates.
 */
final class DropWriter implements AutoCloseable {
    private final Path root;
    private final Map<Source, Writer> monthly = new EnumMap<>(Source.class);
    private final Map<Source, Writer> resent = new EnumMap<>(Source.class);
    private YearMonth month;

    DropWriter(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("reference"));
            for (Source source : new Source[] {Source.IOCS, Source.AGENCIES, Source.PORTS}) {
                Files.write(root.resolve(source.location()), ReferenceData.bytes(source.location()));
            }
            for (Source source : Generator.EVENT_SOURCES) {
                Files.createDirectories(root.resolve(source.location()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path monthlyFile(Path root, Source source, YearMonth month) {
        return root.resolve(source.location()).resolve(source.tableName() + "-" + month + ".csv.gz");
    }

    static Path resentFile(Path root, Source source) {
        return root.resolve(source.location()).resolve(source.tableName() + "-resent.csv.gz");
    }

    /** Appends one IOC-day's text to the files of its month (opening them when the month changes). */
    void write(YearMonth dayMonth, Map<Source, String> rows, Map<Source, String> resentRows) {
        try {
            if (!dayMonth.equals(month)) {
                closeMonth();
                month = dayMonth;
                for (Source source : Generator.EVENT_SOURCES) {
                    monthly.put(source, open(monthlyFile(root, source, month), source));
                }
            }
            for (Source source : Generator.EVENT_SOURCES) {
                monthly.get(source).write(rows.get(source));
                String again = resentRows.get(source);
                if (!again.isEmpty()) {
                    if (!resent.containsKey(source)) {
                        resent.put(source, open(resentFile(root, source), source));
                    }
                    resent.get(source).write(again);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer open(Path file, Source source) throws IOException {
        Writer writer = new OutputStreamWriter(new GZIPOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16), StandardCharsets.UTF_8);
        writer.write(String.join(",", source.columnNames()) + "\n");
        return writer;
    }

    private void closeMonth() throws IOException {
        for (Writer writer : monthly.values()) {
            writer.close();
        }
        monthly.clear();
    }

    @Override
    public void close() {
        try {
            closeMonth();
            for (Writer writer : resent.values()) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
