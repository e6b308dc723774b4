package org.iocmetrics.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.iocmetrics.bench.Bench;
import org.iocmetrics.common.SparkSessions;
import org.iocmetrics.common.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `bench`: the speed of every stage on a generated drop, side by side with DuckDB (docs/performance.md). */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Generate a drop of whole fiscal years to 2026-09-30, run ingest, gold, the metrics of every"
                + " quarter and FY and the last FY's reports, then the same steps in DuckDB, DuckDB's ingest step in"
                + " plain Spark, and the overlap sweep against a naive self-join; print one table of rows, seconds,"
                + " rows/s, peak heap and ratios. Then"
                + " generate 2026-10 and time its ingest, gold, metrics and reports into that lake and into an empty"
                + " lake: a second table with the ratio, against issue 11's goal of at most 2x.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scale", defaultValue = "4", description = "volume multiplier of the generator (default ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--years", defaultValue = "1", description = "fiscal years of data (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--self-join-operations", defaultValue = "1000000", paramLabel = "N",
            description = "synthetic patrols for the sweep against the naive self-join; 0 skips it (default ${DEFAULT-VALUE})")
    long selfJoinOperations;

    @Option(names = "--skip-next-month", description = "leave out the month 2026-10 into the lake and into an empty lake")
    boolean skipNextMonth;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "where the drop, lake and reports go (default: a new temporary folder, kept for inspection)")
    Path workDir;

    @Override
    public Integer call() {
        if (scale <= 0 || years < 1 || selfJoinOperations < 0) {
            throw new UserError("--scale must be above 0, --years at least 1 and --self-join-operations at least 0");
        }
        Path dir = workDir();
        Bench.run(SparkSessions.getOrCreate("ioc-metrics bench"),
                new Bench.Options(scale, years, selfJoinOperations, dir, !skipNextMonth), System.out);
        System.out.println("bench: drop, lake and reports in " + dir);
        return 0;
    }

    private Path workDir() {
        try {
            if (workDir == null) {
                return Files.createTempDirectory("ioc-bench-");
            }
            Path dir = Files.createDirectories(workDir.toAbsolutePath());
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError("--work-dir must be absent or empty: " + dir);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
