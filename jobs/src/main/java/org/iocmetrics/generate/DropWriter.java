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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.iocmetrics.contract.Source;

/**
 * Writes a drop in the contract's layout: reference/*.csv (the roster included), and per event source
 * one gzip CSV per month (source/source-YYYY-MM.csv.gz) plus, with noise, source/source-resent.csv.gz,
 * which sorts after the monthly files and holds the late versions and exact duplicates.
 *
 * <p>Compression is the slowest step, so each source compresses on its own thread, in submission
 * order; at most one day per source waits behind the one being written, which keeps memory flat.
 */
final class DropWriter implements AutoCloseable {
    private final Path root;
    private final Map<Source, SourceFiles> files = new EnumMap<>(Source.class);
    private List<Future<?>> pending = List.of();
    private boolean closed;

    /** One source's open files; touched only by that source's thread. */
    private static final class SourceFiles {
        final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "generate-writer");
            t.setDaemon(true);
            return t;
        });
        YearMonth month;
        Writer monthly;
        Writer resent;
    }

    /** @param roster the text of reference/participants.csv */
    DropWriter(Path root, String roster) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("reference"));
            for (Source source : new Source[] {Source.IOCS, Source.AGENCIES, Source.PORTS}) {
                Files.write(root.resolve(source.location()), ReferenceData.bytes(source.location()));
            }
            Files.writeString(root.resolve(Source.PARTICIPANTS.location()), roster, StandardCharsets.UTF_8);
            for (Source source : Generator.EVENT_SOURCES) {
                Files.createDirectories(root.resolve(source.location()));
                files.put(source, new SourceFiles());
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

    /** Appends one day's text to the files of its month (opening them when the month changes). */
    void write(YearMonth month, Map<Source, String> rows, Map<Source, String> resentRows) {
        awaitPending();
        List<Future<?>> submitted = new ArrayList<>();
        for (Source source : Generator.EVENT_SOURCES) {
            SourceFiles f = files.get(source);
            submitted.add(f.thread.submit(() -> {
                try {
                    String text = rows.get(source);
                    if (!month.equals(f.month) && !text.isEmpty()) { // no empty file for a month of plans only
                        if (f.monthly != null) {
                            f.monthly.close();
                        }
                        f.month = month;
                        f.monthly = open(monthlyFile(root, source, month), source);
                    }
                    if (!text.isEmpty()) {
                        f.monthly.write(text);
                    }
                    String again = resentRows.get(source);
                    if (!again.isEmpty()) {
                        if (f.resent == null) {
                            f.resent = open(resentFile(root, source), source);
                        }
                        f.resent.write(again);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        pending = submitted;
    }

    private void awaitPending() {
        try {
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the drop", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        pending = List.of();
    }

    private static Writer open(Path file, Source source) throws IOException {
        Writer writer = new OutputStreamWriter(new GZIPOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16), StandardCharsets.UTF_8);
        writer.write(String.join(",", source.columnNames()) + "\n");
        return writer;
    }

    /** Flushes and closes every file; later calls do nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        awaitPending();
        List<Future<?>> closing = new ArrayList<>();
        for (SourceFiles f : files.values()) {
            closing.add(f.thread.submit(() -> {
                try {
                    if (f.monthly != null) {
                        f.monthly.close();
                    }
                    if (f.resent != null) {
                        f.resent.close();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        pending = closing;
        try {
            awaitPending();
        } finally {
            files.values().forEach(f -> f.thread.shutdown());
        }
    }
}
