package org.iocmetrics.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.MetricTable.Reading;
import org.iocmetrics.reports.Figure;
import org.iocmetrics.reports.MetricNumberFormat;
import org.iocmetrics.reports.MetricNumberFormat.Style;

/** The printed forms the reports share: metric figures in the reports' one number format, changes, dates. */
final class Figures {
    /** Printed where the lake holds no value for that metric, scope and period. */
    static final String NOT_AVAILABLE = "n/a";
    /** Printed for a figure of a period without data (no arrival, no operation) and for a change from or to one. */
    static final String NO_DATA = "no data";

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter COMPACT_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Figures() {}

    /** How reports print a metric's values: counts with separators, hours with one decimal, ratios in percent. */
    static Style style(Metric metric) {
        return switch (metric.kind()) {
            case COUNT -> Style.COUNT;
            case HOURS, MEDIAN_HOURS -> Style.DECIMAL;
            case RATIO -> Style.PERCENT;
        };
    }

    /** The printed value ("" for a null value: an empty ratio). */
    static String value(Metric metric, Double value) {
        return MetricNumberFormat.display(value, style(metric));
    }

    /** A median of IOC values: in the metric's style, except that a median of counts may fall halfway (2.5). */
    static String median(Metric metric, double value) {
        Style style = metric.valueIsCount() && value != Math.rint(value) ? Style.DECIMAL : style(metric);
        return MetricNumberFormat.display(value, style);
    }

    /**
     * The printed figure, "no data" when its period has no data, "n/a" when the lake lacks it or holds no
     * value (a ratio over nothing, such as a share of a roster the lake does not have): a blank would read
     * as a printing error.
     */
    static String value(Reading reading) {
        if (reading.noData()) {
            return NO_DATA;
        }
        return reading.row().filter(r -> r.value() != null).map(r -> value(reading.metric(), r.value())).orElse(NOT_AVAILABLE);
    }

    /** The figure as a table cell: its number (a numeric workbook cell), or "no data" / "n/a" as text. */
    static Figure figure(Reading reading) {
        Double number = reading.value();
        return number != null ? Figure.of(number, style(reading.metric())) : Figure.text(value(reading));
    }

    /**
     * The change from a base figure to the current one; "no data" when either period has none, so that
     * no change is ever computed against the zeros of a period without data.
     */
    static String change(Reading current, Reading base) {
        if (current.noData() || base.noData()) {
            return NO_DATA;
        }
        return change(current.metric(), current.value(), base.value());
    }

    /**
     * "+8 (+16.3%)": the difference in the metric's own format and, when the base is not 0, in percent;
     * a ratio's difference is in percentage points only ("+1.2 pts").
     */
    private static String change(Metric metric, Double current, Double base) {
        if (current == null || base == null) {
            return NOT_AVAILABLE;
        }
        double difference = current - base;
        String text = MetricNumberFormat.displayDifference(difference, style(metric));
        return base == 0 || metric.kind() == Metric.Kind.RATIO ? text : text + " (" + percentChange(current, base) + ")";
    }

    /** "+16.3%": the relative change from a base that is not 0, with one decimal. */
    static String percentChange(double current, double base) {
        return MetricNumberFormat.displayRelativeChange((current - base) / Math.abs(base));
    }

    /** What a report says for a period without data: "No arrivals or operations are recorded in the lake for 2019-Q1." */
    static String noDataSentence(String forWhat) {
        return "No arrivals or operations are recorded in the lake for " + forWhat + ".";
    }

    /** The local dates of a period, its last day inclusive: "2026-01-01 to 2026-03-31". */
    static String dates(Period period) {
        return period.start() + " to " + period.end().minusDays(1);
    }

    static String utc(Instant instant) {
        return UTC_TIME.format(instant);
    }

    static String compactUtc(Instant instant) {
        return COMPACT_UTC.format(instant);
    }

    static String local(Instant instant, ZoneId zone) {
        return LOCAL_TIME.format(instant.atZone(zone));
    }

    static String agencies(List<String> agencies) {
        return String.join(", ", agencies);
    }

    /** An operation type as a reader says it: HARBOR_PATROL is "Harbor patrol". */
    static String operationType(String type) {
        String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
