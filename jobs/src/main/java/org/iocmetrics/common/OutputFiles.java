package org.iocmetrics.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Output files (metrics.csv, reports, run-manifest.json) appear whole or not at all: each is written
 * under a temporary name beside its place and moved there in one step, so a run killed half-way
 * never leaves a truncated file that looks finished.
 */
public final class OutputFiles {
    private OutputFiles() {}

    /** Runs {@code writer} on a temporary sibling of {@code target}, then moves it into place. */
    public static Path writeWhole(Path target, Consumer<Path> writer) {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = folder.resolve("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            writer.accept(partial);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is hidden and replaced by the next run
            }
        }
    }
}
