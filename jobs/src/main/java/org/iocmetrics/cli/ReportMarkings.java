package org.iocmetrics.cli;

import java.nio.file.Path;
import org.iocmetrics.common.UserError;
import org.iocmetrics.report.Targets;
import org.iocmetrics.reports.ReportOptions;
import picocli.CommandLine.Option;

/**
 * The report options shared by {@code report} and {@code pipeline}: marking banner, distribution statement
 * and the targets file.
 */
public final class ReportMarkings {

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "Marking banner at the top and bottom of every page. Default: ${DEFAULT-VALUE}.")
    String marking = ReportOptions.DEFAULT_MARKING;

    @Option(names = "--distribution", paramLabel = "TEXT",
            description = "Distribution statement on the cover. Default: the program's standard statement.")
    String distribution = ReportOptions.DEFAULT_DISTRIBUTION_STATEMENT;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Targets set by headquarters (YAML, e.g. data-samples/targets.yaml): the reports show each"
                    + " figure's status against its target (met / near / missed). Without it, no status is shown.")
    Path targetsFile;

    /** The targets of --targets, read and checked now, before anything is computed; none without the option. */
    Targets targets() {
        return targetsFile == null ? Targets.NONE : Targets.read(targetsFile);
    }

    ReportOptions options() {
        if (marking.isBlank() || distribution.isBlank()) {
            throw new UserError("--marking and --distribution must not be blank");
        }
        return new ReportOptions(marking, distribution);
    }
}
