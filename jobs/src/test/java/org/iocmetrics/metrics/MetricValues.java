package org.iocmetrics.metrics;

import static org.iocmetrics.gold.GoldColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.gold.ArrivalFacts;
import org.iocmetrics.gold.OperationFacts;
import org.iocmetrics.gold.PatrolIntervals;
import org.iocmetrics.testing.SilverRows;

/**
 * A test drop as silver rows, run through the gold transformations and {@link MetricsJob#values};
 * the result is looked up by metric and IOC (null = national) as [value, numerator, denominator].
 */
final class MetricValues {
    static final Instant COMPUTED_AT = Instant.parse("2026-07-01T00:00:00Z");

    final List<Row> iocs = new ArrayList<>();
    final List<Row> ports = new ArrayList<>();
    final List<Row> arrivals = new ArrayList<>();
    final List<Row> screenings = new ArrayList<>();
    final List<Row> operations = new ArrayList<>();
    final List<Row> participants = new ArrayList<>();
    private List<Row> rows;
    private final Map<String, Row> byKey = new HashMap<>();

    MetricValues compute(String period) {
        rows = valuesOf(List.of(Period.parse(period)));
        for (Row row : rows) {
            byKey.put(key(Metric.valueOf(row.getAs(METRIC_ID)), row.getAs(Columns.IOC_ID)), row);
        }
        return this;
    }

    /** The rows of several periods computed together, in one pass. */
    List<Row> valuesOf(List<Period> periods) {
        Dataset<Row> operationFacts = OperationFacts.of(frame(Source.OPERATIONS, operations));
        Dataset<Row> arrivalFacts = ArrivalFacts.of(frame(Source.ARRIVALS, arrivals), frame(Source.PORTS, ports),
                frame(Source.SCREENINGS, screenings), operationFacts);
        return MetricsJob.values(new MetricInputs(arrivalFacts, operationFacts, PatrolIntervals.of(operationFacts),
                frame(Source.IOCS, iocs), frame(Source.PARTICIPANTS, participants)), periods, COMPUTED_AT);
    }

    List<Row> rows() {
        return rows;
    }

    /** [value, numerator, denominator] of a metric for an IOC, or nationally when ioc is null. */
    List<Double> of(Metric metric, String ioc) {
        Row row = byKey.get(key(metric, ioc));
        return Arrays.asList(row.getAs(VALUE), row.getAs(NUMERATOR), row.getAs(DENOMINATOR));
    }

    void assertFigures(Metric metric, String ioc, Double value, Double numerator, Double denominator) {
        assertEquals(Arrays.asList(value, numerator, denominator), of(metric, ioc), metric + " of " + ioc);
    }

    private static String key(Metric metric, String ioc) {
        return metric.id() + "|" + (ioc == null ? SCOPE_NATIONAL : ioc);
    }

    private static Dataset<Row> frame(Source source, List<Row> rows) {
        return SilverRows.frame(source, rows.toArray(Row[]::new));
    }
}
