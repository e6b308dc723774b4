package org.iocmetrics.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report files a delivery may carry, as its schedule's reports and its recipient's scope allow, and
 * which of them travel in the message: files are attached in order while the message stays within
 * {@link #MESSAGE_LIMIT_BYTES}; the others are named in the body as paths under {@code --out}.
 */
record Attachments(List<Path> attached, List<Path> listed) {
    /**
     * 15 MB per message as it travels: base64 makes every 3 bytes of a file 4, and mail servers commonly
     * refuse messages from 20 or 25 MB.
     */
    static final long MESSAGE_LIMIT_BYTES = 15L * 1000 * 1000;

    /** The files of the delivery in {@code reportsFolder}; an IOC scope gets its own scorecard only. */
    static List<Path> allowed(Delivery delivery, Path reportsFolder, List<String> allIocIds) {
        List<String> names = new ArrayList<>();
        for (ReportKind kind : delivery.schedule().reports()) {
            if (delivery.recipient().national()) {
                names.addAll(kind.fileNames(delivery.period(), allIocIds));
            } else if (kind == ReportKind.SCORECARD_PDF) {
                names.addAll(kind.fileNames(delivery.period(), List.of(delivery.recipient().scope())));
            }
        }
        return names.stream().map(reportsFolder::resolve).toList();
    }

    static Attachments within(List<Path> files, long limitBytes) {
        List<Path> attached = new ArrayList<>();
        List<Path> listed = new ArrayList<>();
        long total = 0;
        for (Path file : files) {
            long travelling = encodedSize(size(file));
            if (listed.isEmpty() && total + travelling <= limitBytes) {
                attached.add(file);
                total += travelling;
            } else {
                listed.add(file);
            }
        }
        return new Attachments(List.copyOf(attached), List.copyOf(listed));
    }

    static long encodedSize(long bytes) {
        return (bytes + 2) / 3 * 4;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report " + file, e);
        }
    }
}
