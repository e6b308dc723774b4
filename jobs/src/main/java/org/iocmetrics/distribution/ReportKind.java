package org.iocmetrics.distribution;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.iocmetrics.metrics.Period;

/**
 * The reports a schedule may send, named as the schedules file names them, and the files the report
 * job writes for them (report/ReportJob's names under {@code <period>/reports/}).
 */
enum ReportKind {
    NATIONAL_PDF("national-pdf"),
    NATIONAL_XLSX("national-xlsx"),
    SCORECARD_PDF("scorecard-pdf");

    private final String key;

    ReportKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static Optional<ReportKind> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }

    /** The file names of this report for a period, for the given IOCs when it is a scorecard. */
    List<String> fileNames(Period period, List<String> iocIds) {
        return switch (this) {
            case NATIONAL_PDF -> List.of("national-" + period.id() + ".pdf");
            case NATIONAL_XLSX -> List.of("national-" + period.id() + ".xlsx");
            case SCORECARD_PDF -> iocIds.stream().map(ioc -> "scorecard-" + period.id() + "-" + ioc + ".pdf").toList();
        };
    }
}
