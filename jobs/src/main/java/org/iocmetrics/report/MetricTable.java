package org.iocmetrics.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.DataRange;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.MetricValue;

/**
 * Looks up metric values by metric, IOC (null for NATIONAL) and period. When a value was computed more
 * than once, the newest computation wins.
 *
 * <p>It also holds the one definition of a period with data, for the nation or one IOC: at least one
 * arrival or one operation in the period. A period without any, when computed, has figures that are
 * zeros (and uncovered hours are all of the period's hours) and measure nothing; a period outside the
 * lake's {@link DataRange} is not computed at all. The reports print "no data" for both and never
 * compare, rank or chart them.
 */
final class MetricTable {
    /**
     * The metrics whose denominators count the period's arrivals (unscreened arrivals) and its operations
     * (cancelled operations), every status included: what a period must have one of to have data.
     */
    private static final List<Metric> ACTIVITY = List.of(Metric.UNSCREENED_ARRIVALS, Metric.CANCELLED_OPERATIONS);

    private record Key(Metric metric, String iocId, String period) {}

    /**
     * One metric's figure for one scope and period, as the reports may use it.
     *
     * @param row the lake's row, empty when the lake does not hold it (the period was never computed)
     * @param noData whether the period has no data in that scope (see {@link #noData(String, String)})
     */
    record Reading(Metric metric, Optional<MetricValue> row, boolean noData) {
        /** The value to compare, rank or chart: null when absent, empty, or of a period without data. */
        Double value() {
            return noData ? null : row.map(MetricValue::value).orElse(null);
        }
    }

    private final Map<Key, MetricValue> values = new HashMap<>();
    /** The lake's data range; null when the table stands alone (then only computed periods have no data). */
    private final DataRange data;

    /** Values alone: a period they lack is absent ("n/a"), whatever its dates. */
    MetricTable(List<MetricValue> rows) {
        this(rows, null);
    }

    /** Values of a lake, and its data range: a period they lack that lies outside the range has no data. */
    MetricTable(List<MetricValue> rows, DataRange data) {
        this.data = data;
        Comparator<MetricValue> newest = Comparator.comparing(MetricValue::computedAt,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        for (MetricValue row : rows) {
            String iocId = GoldColumns.SCOPE_NATIONAL.equals(row.scope()) ? null : row.iocId();
            values.merge(new Key(row.metric(), iocId, row.period()), row, (a, b) -> newest.compare(a, b) >= 0 ? a : b);
        }
    }

    Reading national(Metric metric, String period) {
        return reading(metric, null, period);
    }

    Reading ioc(Metric metric, String iocId, String period) {
        return reading(metric, iocId, period);
    }

    /**
     * Whether the period, for this scope (iocId null: the nation), counts neither an arrival nor an
     * operation: its counts are 0, or it was not computed and lies outside the lake's data. Any other
     * period the values lack is not "no data": its figures are absent and print "n/a".
     */
    boolean noData(String iocId, String period) {
        boolean counted = false;
        for (Metric metric : ACTIVITY) {
            MetricValue row = values.get(new Key(metric, iocId, period));
            if (row != null && row.denominator() != null) {
                if (row.denominator() > 0) {
                    return false;
                }
                counted = true;
            }
        }
        return counted || data != null && !data.meets(Period.parse(period));
    }

    private Reading reading(Metric metric, String iocId, String period) {
        return new Reading(metric, Optional.ofNullable(values.get(new Key(metric, iocId, period))), noData(iocId, period));
    }
}
