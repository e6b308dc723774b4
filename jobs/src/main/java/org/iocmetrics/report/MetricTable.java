package org.iocmetrics.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.report.ReportInputs.MetricValue;

/**
 * Looks up metric values by metric, IOC (null for NATIONAL) and period. When a value was computed more
 * than once, the newest computation wins.
 */
final class MetricTable {
    private record Key(Metric metric, String iocId, String period) {}

    private final Map<Key, MetricValue> values = new HashMap<>();

    MetricTable(List<MetricValue> rows) {
        Comparator<MetricValue> newest = Comparator.comparing(MetricValue::computedAt,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        for (MetricValue row : rows) {
            String iocId = GoldColumns.SCOPE_NATIONAL.equals(row.scope()) ? null : row.iocId();
            values.merge(new Key(row.metric(), iocId, row.period()), row, (a, b) -> newest.compare(a, b) >= 0 ? a : b);
        }
    }

    Optional<MetricValue> national(Metric metric, String period) {
        return Optional.ofNullable(values.get(new Key(metric, null, period)));
    }

    Optional<MetricValue> ioc(Metric metric, String iocId, String period) {
        return Optional.ofNullable(values.get(new Key(metric, iocId, period)));
    }

    /** The value of a row, or null when the row is absent or holds no value. */
    static Double value(Optional<MetricValue> row) {
        return row.map(MetricValue::value).orElse(null);
    }
}
