package org.iocmetrics.cli;

import org.iocmetrics.common.Defaults;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.OutputFolder;
import org.iocmetrics.common.SparkSessions;
import picocli.CommandLine.Option;

/** The input drop, lake and output folder options, spelled once for every command that takes them. */
final class LakeOptions {
    private LakeOptions() {}

    /** {@code --input}: the drop to ingest; the bundled sample when omitted (CLI.md). */
    static final class Input {
        @Option(names = "--input", paramLabel = "DIR",
                description = "The input drop folder or URI (layout: DATA-CONTRACT.md). Default: the bundled sample"
                        + " drop.")
        String input;

        /** The drop as a qualified URI, so every later step means the same files whatever reads them. */
        Location drop(Lake lake) {
            String given = input != null ? input : Defaults.sampleDrop().toString();
            return Location.of(lake.spark().sparkContext().hadoopConfiguration(), given, "the input drop");
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
        @Option(names = "--out", paramLabel = "DIR",
                description = "Output folder or URI (written on this machine, then copied). Default: ${DEFAULT-VALUE}.")
        String out = Defaults.OUT;

        OutputFolder folder(String command) {
            return OutputFolder.at(SparkSessions.getOrCreate("ioc-metrics " + command).sparkContext().hadoopConfiguration(),
                    out);
        }
    }
}
