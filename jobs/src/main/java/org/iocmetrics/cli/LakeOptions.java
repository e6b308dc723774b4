package org.iocmetrics.cli;

import java.nio.file.Path;
import org.iocmetrics.common.Defaults;
import picocli.CommandLine.Option;

/** The input drop, lake and output folder options, spelled once for every command that takes them. */
final class LakeOptions {
    private LakeOptions() {}

    /** {@code --input}: the drop to ingest; the bundled sample when omitted (CLI.md). */
    static final class Input {
        @Option(names = "--input", paramLabel = "DIR",
                description = "The input drop (layout: DATA-CONTRACT.md). Default: the bundled sample drop.")
        Path input;

        Path drop() {
            return input != null ? input : Defaults.sampleDrop();
        }
    }

    /** {@code --lake}: the Delta lake. */
    static final class Lake {
        @Option(names = "--lake", paramLabel = "DIR",
                description = "The Delta lake (created by ingest if absent). Default: ${DEFAULT-VALUE}.")
        Path lake = Defaults.LAKE;
    }

    /** {@code --out}: where metrics.csv, the reports and run-manifest.json go. */
    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: ${DEFAULT-VALUE}.")
        Path out = Defaults.OUT;
    }
}
