package org.iocmetrics.report;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.OutputFiles;
import org.iocmetrics.common.StageLog;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.reports.ReportOptions;
import org.iocmetrics.reports.ReportRenderer;

/**
 * Renders a period's reports from the lake into {@code outDir/reports/}: the national report (PDF and
 * XLSX) and one scorecard per IOC. Reads small aggregates once, then fills templates compiled once.
 */
public final class ReportJob {
    public static final String FOLDER = "reports";

    private ReportJob() {}

    /**
     * The periods the national report shows beside {@code period}: the previous period of the same kind,
     * the same period a year earlier and the trend's earlier periods. Their metrics must be in the lake.
     */
    public static List<Period> comparisonPeriods(Period period) {
        Set<Period> periods = new LinkedHashSet<>(period.trailing(NationalReport.TREND_PERIODS));
        periods.add(period.previous());
        periods.add(period.yearEarlier());
        periods.remove(period);
        return List.copyOf(periods);
    }

    /**
     * The week whose posted plan the reports look ahead at: the first ISO week that starts on or after
     * the period's end (for a week, the next one).
     */
    public static Period lookAheadWeek(Period period) {
        return Period.containing(Period.Kind.ISO_WEEK, period.end().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
    }

    /** Renders every report of the period, with status against the targets (none: {@link Targets#NONE}), and returns the files written. */
    public static List<Path> render(Lake lake, Period period, Path outDir, ReportOptions options, Targets targets) {
        long started = System.nanoTime();
        ReportInputs inputs = ReportLake.read(lake, period);
        double readSeconds = (System.nanoTime() - started) / 1e9;
        long renderStarted = System.nanoTime();
        List<Path> files = write(inputs, period, outDir, new ReportRenderer(options), Instant.now(), targets);
        StageLog.info(String.format(Locale.ROOT,
                "report %s: national PDF + XLSX and %d scorecards from %,d metric values, %,d arrivals, %,d covered"
                        + " intervals; read %.1f s, rendered %.1f s",
                period.id(), inputs.iocs().size(), inputs.metricValues().size(), inputs.arrivals().size(),
                inputs.covered().size(), readSeconds, (System.nanoTime() - renderStarted) / 1e9));
        return files;
    }

    /** Renders from inputs already read; no Spark. */
    static List<Path> write(ReportInputs inputs, Period period, Path outDir, ReportRenderer renderer, Instant generatedAt,
                            Targets targets) {
        Path folder = outDir.resolve(FOLDER);
        List<Path> files = new ArrayList<>();
        var national = NationalReport.build(inputs, period, generatedAt, targets);
        files.add(OutputFiles.writeWhole(folder.resolve("national-" + period.id() + ".pdf"),
                pdf -> renderer.renderNationalPdf(national, pdf)));
        files.add(OutputFiles.writeWhole(folder.resolve("national-" + period.id() + ".xlsx"),
                xlsx -> renderer.renderNationalXlsx(national, xlsx)));
        MetricTable table = new MetricTable(inputs.metricValues(), inputs.dataRange());
        // Scorecards are independent fills of shared compiled templates: spread them over the cores.
        files.addAll(inputs.iocs().parallelStream().map(ioc -> {
            Path scorecard = folder.resolve("scorecard-" + period.id() + "-" + ioc.iocId() + ".pdf");
            return OutputFiles.writeWhole(scorecard,
                    partial -> renderer.renderScorecardPdf(Scorecard.build(inputs, table, period, ioc, generatedAt, targets), partial));
        }).toList());
        return files;
    }
}
