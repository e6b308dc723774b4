package org.iocmetrics.cli;

import org.iocmetrics.common.UserError;
import org.iocmetrics.reports.ReportOptions;
import picocli.CommandLine.Option;

/** The marking banner and distribution statement options shared by {@code report} and {@code pipeline}. */
public final class ReportMarkings {

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "Marking banner at the top and bottom of every page. Default: ${DEFAULT-VALUE}.")
    String marking = ReportOptions.DEFAULT_MARKING;

    @Option(names = "--distribution", paramLabel = "TEXT",
            description = "Distribution statement on the cover. Default: the program's standard statement.")
    String distribution = ReportOptions.DEFAULT_DISTRIBUTION_STATEMENT;

    ReportOptions options() {
        if (marking.isBlank() || distribution.isBlank()) {
            throw new UserError("--marking and --distribution must not be blank");
        }
        return new ReportOptions(marking, distribution);
    }
}
