package org.iocmetrics.cli;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.testing.SilverRows.arrival;
import static org.iocmetrics.testing.SilverRows.ioc;
import static org.iocmetrics.testing.SilverRows.operation;
import static org.iocmetrics.testing.SilverRows.port;
import static org.iocmetrics.testing.SilverRows.screening;
import static org.iocmetrics.testing.SilverRows.writeSilver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Source;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.MetricsJob;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.Stderr;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {
    private final SparkSession spark = SharedSpark.session();

    /** The command's own session settings must not leak into the other tests of this JVM. */
    @AfterEach
    void restoreTestSessionSettings() {
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        spark.conf().set("spark.sql.adaptive.enabled", "false");
    }

    @Test
    void computesTheLastCompleteQuarterByDefaultAndReplacesAPeriodOnRerun(@TempDir Path dir) throws IOException {
        Path lake = dir.resolve("lake");
        Path out = dir.resolve("out");
        writeSilver(lake, Source.IOCS, ioc("IOC-NYC", "America/New_York"), ioc("IOC-STL", "America/Chicago"));
        writeSilver(lake, Source.PORTS, port("USNYC", "IOC-NYC"));
        writeSilver(lake, Source.ARRIVALS,
                arrival("A1", "USNYC", "2026-02-10T12:00:00Z"),
                arrival("A2", "USNYC", "2026-04-15T12:00:00Z"));
        writeSilver(lake, Source.SCREENINGS,
                screening("S1", "A1", "CBP", "2026-02-10T13:00:00Z", "HIGH", "BOARD", true));
        writeSilver(lake, Source.OPERATIONS,
                operation("O1", "IOC-NYC", "USCG", "HARBOR_PATROL", "EXECUTED", "2026-03-01T10:00:00Z",
                        "2026-03-01T12:00:00Z"));

        assertEquals(0, Main.run("metrics", "--lake", lake.toString(), "--out", out.toString()));

        List<String> lines = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(1 + Metric.values().length * 3, lines.size());
        assertTrue(lines.contains("UNSCREENED_ARRIVALS,IOC,IOC-NYC,2026-Q1,2026-01-01,2026-04-01,1,1,1"), lines.toString());
        assertTrue(lines.contains("HIGH_RISK_NOT_BOARDED,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,1,1,1"), lines.toString());
        assertTrue(lines.contains("UNCOVERED_PATROL_HOURS,NATIONAL,,2026-Q1,2026-01-01,2026-04-01,4316,4316,4318"),
                lines.toString());
        assertTrue(lines.contains("UNCOVERED_PATROL_HOURS,IOC,IOC-STL,2026-Q1,2026-01-01,2026-04-01,2159,2159,2159"),
                lines.toString());

        // a second period is added beside the first; computing it again replaces its rows
        MetricsJob.compute(TestLakes.at(lake), List.of(Period.parse("2026-Q2")));
        MetricsJob.compute(TestLakes.at(lake), List.of(Period.parse("2026-Q2")));
        List<String> periods = spark.read().format("delta").load(TestLakes.at(lake).location(LakeTable.GOLD_METRIC_VALUES))
                .groupBy(GoldColumns.PERIOD).count().orderBy(GoldColumns.PERIOD).collectAsList().stream()
                .map(row -> row.getString(0) + "=" + row.getLong(1)).toList();
        int rowsPerPeriod = Metric.values().length * 3;
        assertEquals(List.of("2026-Q1=" + rowsPerPeriod, "2026-Q2=" + rowsPerPeriod), periods);
    }

    @Test
    void aLakeWithoutSilverTablesIsAOneLineError(@TempDir Path lake) {
        String err = Stderr.of(() -> assertEquals(2, Main.run("metrics", "--lake", lake.toString(), "--period", "2026-Q1")));
        assertEquals("ioc-metrics: silver/iocs is missing in the lake at " + lake + ": run ingest first\n", err);
    }

    @Test
    void aMissingLakeIsAOneLineError(@TempDir Path dir) {
        Path lake = dir.resolve("no such lake");
        String err = Stderr.of(() -> assertEquals(2, Main.run("metrics", "--lake", lake.toString(), "--period", "2026-Q1")));
        assertEquals("ioc-metrics: no lake at " + lake + ": run ingest first, or pass --lake\n", err);
    }

    @Test
    void aBadPeriodIsAOneLineError(@TempDir Path lake) {
        String err = Stderr.of(() -> assertEquals(2, Main.run("metrics", "--lake", lake.toString(), "--period", "2026-13")));
        assertTrue(err.startsWith("ioc-metrics: period '2026-13' does not exist"), err);
        assertEquals(1, err.lines().count(), err);
    }
}
