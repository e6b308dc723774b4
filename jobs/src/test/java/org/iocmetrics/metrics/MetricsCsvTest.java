package org.iocmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvTest {

    private static Row row(Metric metric, String scope, String ioc, Double value, Double numerator, Double denominator) {
        return new GenericRowWithSchema(new Object[] {metric.id(), scope, ioc, "2026-Q1", Date.valueOf("2026-01-01"),
                Date.valueOf("2026-04-01"), value, numerator, denominator, Timestamp.from(Instant.EPOCH)},
                MetricsJob.SCHEMA);
    }

    @Test
    void writesTheExportSortedFormattedAndQuoted(@TempDir Path out) throws IOException {
        Path file = MetricsCsv.write(List.of(
                row(Metric.UNCOVERED_PATROL_HOURS, "NATIONAL", null, 4316.5, 4316.5, 4318.0),
                row(Metric.TARGETING_HIT_RATE, "IOC", "IOC-STL", null, 0.0, 0.0),
                row(Metric.DUPLICATE_BOARDINGS, "NATIONAL", null, 57.0, 57.0, 1210.0),
                row(Metric.TARGETING_HIT_RATE, "IOC", "IOC-NYC", 1.0 / 3, 1.0, 3.0),
                row(Metric.DUPLICATE_BOARDINGS, "IOC", "IOC-NYC", 3.0, 3.0, 41.0),
                row(Metric.SCREENING_LEAD_HOURS, "IOC", "IOC-NYC", -18.25, null, null),
                row(Metric.DUPLICATE_BOARDING_HOURS, "IOC", "IOC-NYC", 0.000123456, null, null),
                row(Metric.DUPLICATE_BOARDINGS, "IOC", "IOC,\"X\"", 0.0, 0.0, 0.0)), out.resolve("new"));

        assertEquals(out.resolve("new").resolve("metrics.csv"), file);
        assertEquals("""
                metric_id,scope,ioc_id,period,period_start,period_end,value,numerator,denominator
                DUPLICATE_BOARDINGS,IOC,\"IOC,\"\"X\"\"\",2026-Q1,2026-01-01,2026-04-01,0,0,0
                DUPLICATE_BOARDINGS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,3,3,41
                DUPLICATE_BOARDINGS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,57,57,1210
                DUPLICATE_BOARDING_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,0.0001235,,
                SCREENING_LEAD_HOURS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,-18.25,,
                TARGETING_HIT_RATE,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,0.333333,1,3
                TARGETING_HIT_RATE,IOC,IOC-STL,2026-Q1,2026-01-01,2026-04-01,,0,0
                UNCOVERED_PATROL_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,4316.5,4316.5,4318
                """, Files.readString(file, StandardCharsets.UTF_8));
    }
}
