package org.iocmetrics.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iocmetrics.common.UserError;
import org.iocmetrics.generate.Generator;
import org.iocmetrics.generate.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `generate`: writes a synthetic input drop (DATA-CONTRACT.md layout) for all IOCs over a date range. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate a synthetic input drop for every IOC: reference tables plus arrivals, screenings and"
                + " operations per month (gzip CSV). Same arguments, same bytes.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "folder to create (must be absent or empty)")
    Path out;

    @Option(names = "--from", required = true, description = "first local day, e.g. 2025-07-01")
    String from;

    @Option(names = "--to", required = true, description = "last local day (inclusive), e.g. 2026-09-30")
    String to;

    @Option(names = "--scale", defaultValue = "1",
            description = "volume multiplier; 1 = real traffic, about 67,000 arrivals a year nationally (default ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--noise", description = "add bad rows, late versions and exact duplicates; writes noise-manifest.json")
    boolean noise;

    @Override
    public Integer call() {
        Generator.Options options = new Generator.Options(out, date("--from", from), date("--to", to), scale, seed, noise);
        Generator.Summary summary = new Generator(ReferenceData.load()).run(options, System.err);
        System.err.println(String.format(Locale.ROOT,
                "generate: %,d rows in %.1f s (%,.0f rows/s), peak heap %,d MB (at most %,d MB live after a GC),"
                        + " written to %s",
                summary.rows(), summary.seconds(), summary.rowsPerSecond(), summary.peakHeapBytes() >> 20,
                summary.liveHeapBytes() >> 20, out));
        return 0;
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " must be a date like 2026-03-01, got '" + value + "'");
        }
    }
}
