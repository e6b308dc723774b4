package org.iocmetrics.common;

import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per pipeline stage: its name, the rows it produced and how long it took. */
public final class StageLog {
    private static final Logger LOG = LoggerFactory.getLogger("org.iocmetrics.stage");

    private StageLog() {}

    /** Runs a stage whose result is a row count, and logs it. */
    public static long countRows(String stage, Supplier<Long> work) {
        long started = System.nanoTime();
        long rows = work.get();
        LOG.info(String.format(Locale.ROOT, "%-32s %,12d rows %8.1f s", stage, rows, seconds(started)));
        return rows;
    }

    /** Runs a stage and logs its duration with a free-form detail (row counts of several outputs). */
    public static <T> T timed(String stage, Supplier<T> work, java.util.function.Function<T, String> detail) {
        long started = System.nanoTime();
        T result = work.get();
        LOG.info(String.format(Locale.ROOT, "%-32s %s %8.1f s", stage, detail.apply(result), seconds(started)));
        return result;
    }

    public static void info(String message) {
        LOG.info(message);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
