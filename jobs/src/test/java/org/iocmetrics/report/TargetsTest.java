package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.iocmetrics.common.UserError;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.MetricValue;
import org.iocmetrics.reports.TargetRow;
import org.iocmetrics.reports.TargetStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final Instant AT = Instant.parse("2026-04-05T08:00:00Z");
    private static final List<Ioc> IOCS = List.of(new Ioc("IOC-A", "A", ZoneOffset.UTC), new Ioc("IOC-B", "B", ZoneOffset.UTC),
            new Ioc("IOC-C", "C", ZoneOffset.UTC));

    private static Targets targets(Path dir, String yaml) throws IOException {
        return Targets.read(Files.writeString(dir.resolve("targets.yaml"), yaml));
    }

    private static MetricValue value(Metric metric, String iocId, double numerator, double denominator) {
        return new MetricValue(metric, iocId == null ? GoldColumns.SCOPE_NATIONAL : GoldColumns.SCOPE_IOC, iocId, Q1.id(),
                metric.kind() == Metric.Kind.RATIO ? numerator / denominator : numerator, numerator, denominator, AT);
    }

    private static MetricTable table() {
        List<MetricValue> values = new ArrayList<>();
        for (String ioc : new String[] {null, "IOC-A", "IOC-B", "IOC-C"}) {
            values.add(value(Metric.CANCELLED_OPERATIONS, ioc, 1, 100));
        }
        // unscreened shares: nation 25%, A 20% (met), B 27% (near), C 40% (missed against its own 30%... missed)
        values.add(value(Metric.UNSCREENED_ARRIVALS, null, 250, 1000));
        values.add(value(Metric.UNSCREENED_ARRIVALS, "IOC-A", 20, 100));
        values.add(value(Metric.UNSCREENED_ARRIVALS, "IOC-B", 27, 100));
        values.add(value(Metric.UNSCREENED_ARRIVALS, "IOC-C", 40, 100));
        values.add(value(Metric.JOINT_OPERATION_SHARE, null, 20, 100));
        return new MetricTable(values);
    }

    @Test
    void statusesAreMetNearOrMissedWithTheDistanceAndAPerIocOverride(@TempDir Path dir) throws Exception {
        Targets targets = targets(dir, """
                targets:
                  UNSCREENED_ARRIVALS: {direction: at_most, national: 0.25, amber: 0.05, iocs: {IOC-C: 0.30}}
                  JOINT_OPERATION_SHARE: {direction: at_least, national: 0.25}
                """);
        MetricTable table = table();

        var rows = NationalReport.iocRows(IOCS, table, Q1, targets);
        int column = NationalReport.KEY_METRICS.indexOf(Metric.UNSCREENED_ARRIVALS);
        assertEquals(List.of(
                        new TargetStatus("\u2713 met", "20.0%", "-5.0 pts", "\u2264 25.0%", TargetStatus.MET_COLOR),
                        new TargetStatus("\u25C6 near", "27.0%", "+2.0 pts", "\u2264 25.0%", TargetStatus.NEAR_COLOR),
                        new TargetStatus("\u2717 missed", "40.0%", "+10.0 pts", "\u2264 30.0%", TargetStatus.MISSED_COLOR)),
                rows.stream().map(r -> r.cell(column).target()).toList());
        assertEquals("27\n27.0%\n\u25C6 near", rows.get(1).printed(column));
        // no target for duplicated boarding hours: no status
        assertNull(rows.get(0).cell(NationalReport.KEY_METRICS.indexOf(Metric.DUPLICATE_BOARDING_HOURS)).target());

        assertEquals(List.of(
                        new TargetRow("Coverage gaps", "Unscreened arrivals",
                                new TargetStatus("\u2713 met", "25.0%", "0.0 pts", "\u2264 25.0%", TargetStatus.MET_COLOR)),
                        new TargetRow("Information sharing and participation", "Joint operation share",
                                new TargetStatus("\u2717 missed", "20.0%", "-5.0 pts", "\u2265 25.0%", TargetStatus.MISSED_COLOR))),
                NationalReport.targetRows(table, Q1, targets));
        assertEquals("\u2717 missed", Scorecard.metricRows(table, Q1, IOCS, "IOC-C", targets)
                .get(Metric.UNSCREENED_ARRIVALS.ordinal()).target().status());
    }

    @Test
    void withoutATargetsFileThereIsNoStatusAnywhere() {
        MetricTable table = table();

        assertEquals(List.of(), NationalReport.targetRows(table, Q1, Targets.NONE));
        NationalReport.iocRows(IOCS, table, Q1, Targets.NONE)
                .forEach(row -> row.cells().forEach(cell -> assertNull(cell.target(), row.toString())));
        Scorecard.metricRows(table, Q1, IOCS, "IOC-A", Targets.NONE).forEach(row -> assertNull(row.target(), row.toString()));
    }

    @Test
    void theSampleTargetsFileReads() {
        Path sample = Files.isDirectory(Path.of("..", "data-samples")) ? Path.of("..", "data-samples", "targets.yaml")
                : Path.of("data-samples", "targets.yaml");
        assertFalse(Targets.read(sample).isEmpty());
    }

    @Test
    void aBadTargetsFileIsOneLineNamingTheMetricAndField(@TempDir Path dir) {
        assertEquals("unknown metric DUPLICATE_BORDINGS (metric ids: METRICS.md)", problem(dir,
                "targets:\n  DUPLICATE_BORDINGS: {direction: at_most, national: 0.1}\n"));
        assertEquals("UNSCREENED_ARRIVALS.direction must be at_most or at_least", problem(dir,
                "targets:\n  UNSCREENED_ARRIVALS: {direction: below, national: 0.1}\n"));
        assertEquals("UNSCREENED_ARRIVALS.national is a share of the denominator: a number from 0 to 1 (0.25 = 25%)",
                problem(dir, "targets:\n  UNSCREENED_ARRIVALS: {direction: at_most, national: 25}\n"));
        assertEquals("UNSCREENED_ARRIVALS.iocs.IOC-A must be a number", problem(dir,
                "targets:\n  UNSCREENED_ARRIVALS: {direction: at_most, national: 0.2, iocs: {IOC-A: low}}\n"));
        assertEquals("SCREENING_LEAD_HOURS.amber must not be negative", problem(dir,
                "targets:\n  SCREENING_LEAD_HOURS: {direction: at_least, national: 24, amber: -1}\n"));
        assertEquals("UNSCREENED_ARRIVALS.target is not a field (direction, national, amber, iocs)", problem(dir,
                "targets:\n  UNSCREENED_ARRIVALS: {direction: at_most, target: 0.2}\n"));
        assertEquals("targets must be a mapping of metric ids", problem(dir, "targets: [1, 2]\n"));
    }

    /** The error line without its "targets file PATH: " prefix; fails unless reading is a UserError of one line. */
    private static String problem(Path dir, String yaml) {
        UserError error = assertThrows(UserError.class, () -> targets(dir, yaml));
        String prefix = "targets file " + dir.resolve("targets.yaml") + ": ";
        assertEquals(1, error.getMessage().lines().count(), error.getMessage());
        assertEquals(prefix, error.getMessage().substring(0, prefix.length()), error.getMessage());
        return error.getMessage().substring(prefix.length());
    }
}
