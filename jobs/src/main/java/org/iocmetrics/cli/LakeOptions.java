package org.iocmetrics.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iocmetrics.common.Defaults;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.SparkSessions;
import org.iocmetrics.common.UserError;
import picocli.CommandLine.Option;

/** The input drop, lake and output folder options, spelled once for every command that takes them. */
final class LakeOptions {
    private LakeOptions() {}

    /** {@code --input}: the drop to ingest; the bundled sample when omitted (CLI.md). */
    static final class Input {
        @Option(names = "--input", paramLabel = "DIR",
                description = "The input drop folder (layout: DATA-CONTRACT.md). Default: the bundled sample drop.")
        Path input;

        /** The drop as an absolute folder, so every later step means the same files whatever reads them. */
        Path drop() {
            if (input == null) {
                return Defaults.sampleDrop();
            }
            Path drop = input.toAbsolutePath().normalize();
            if (Files.isRegularFile(drop)) {
                throw new UserError("--input must be the drop's folder (with reference/, arrivals/, screenings/,"
                        + " operations/), not a file: " + input);
            }
            if (!Files.isDirectory(drop)) {
                throw new UserError("no such input directory: " + input);
            }
            return drop;
        }
    }

    /** {@code --lake}: the Delta lake, a local path (relative or absolute) or a Hadoop URI. */
    static final class LakeLocation {
        @Option(names = "--lake", paramLabel = "DIR",
                description = "The Delta lake: a folder or a URI (created by ingest if absent). Default: ${DEFAULT-VALUE}.")
        String lake = Defaults.LAKE;

        Lake open(String command) {
            return Lake.at(SparkSessions.getOrCreate("ioc-metrics " + command), lake);
        }
    }

    /** {@code --out}: where metrics.csv, the reports and run-manifest.json go. */
    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}.")
        Path out = Defaults.OUT;

        Path folder() {
            return out.toAbsolutePath().normalize();
        }
    }
}
