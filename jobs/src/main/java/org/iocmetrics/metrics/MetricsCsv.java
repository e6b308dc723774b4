package org.iocmetrics.metrics;

import static org.iocmetrics.contract.Columns.IOC_ID;
import static org.iocmetrics.gold.GoldColumns.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.iocmetrics.common.OutputFiles;
import org.iocmetrics.reports.MetricNumberFormat;

/**
 * metrics.csv, the machine-readable export of METRICS.md: UTF-8, a header row, one line per metric,
 * scope and IOC, sorted by metric id, then scope ("IOC" before "NATIONAL"), then IOC id; nulls are
 * empty cells; figures in the one text form the reports also print ({@link MetricNumberFormat}).
 */
public final class MetricsCsv {
    public static final String FILE_NAME = "metrics.csv";
    static final List<String> HEADER = List.of(METRIC_ID, SCOPE, IOC_ID, PERIOD, PERIOD_START, PERIOD_END,
            VALUE, NUMERATOR, DENOMINATOR);

    private MetricsCsv() {}

    /** Writes outDir/metrics.csv (creating outDir) and returns its path. */
    public static Path write(List<Row> metricValues, Path outDir) {
        List<Row> sorted = new ArrayList<>(metricValues);
        sorted.sort(MetricsJob.EXPORT_ORDER);
        StringBuilder text = new StringBuilder();
        appendLine(text, HEADER);
        for (Row row : sorted) {
            appendLine(text, cells(row));
        }
        return OutputFiles.writeWhole(outDir.resolve(FILE_NAME), file -> {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        });
    }

    private static List<String> cells(Row row) {
        Metric metric = Metric.valueOf(row.getAs(METRIC_ID));
        return List.of(
                metric.id(),
                row.getAs(SCOPE),
                nullToEmpty(row.getAs(IOC_ID)),
                row.getAs(PERIOD),
                row.<Date>getAs(PERIOD_START).toLocalDate().toString(),
                row.<Date>getAs(PERIOD_END).toLocalDate().toString(),
                MetricNumberFormat.format(row.getAs(VALUE), metric.valueIsCount()),
                MetricNumberFormat.format(row.getAs(NUMERATOR), metric.fractionIsCount()),
                MetricNumberFormat.format(row.getAs(DENOMINATOR), metric.fractionIsCount()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void appendLine(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(cells.get(i)));
        }
        text.append('\n');
    }

    /** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
