package org.iocmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iocmetrics.gold.GoldColumns;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.ReportInputs.ArrivalFact;
import org.iocmetrics.report.ReportInputs.EffortBoarding;
import org.iocmetrics.report.ReportInputs.Interval;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.MetricValue;
import org.iocmetrics.reports.ReportOptions;
import org.iocmetrics.reports.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national report and 37 scorecards, from hand-made inputs of 37 IOCs, render within a minute. */
class ReportRenderingTimeTest {
    static final int IOCS = 37;

    static ReportInputs inputs(Period period) {
        List<Ioc> iocs = new ArrayList<>();
        List<MetricValue> values = new ArrayList<>();
        List<ArrivalFact> arrivals = new ArrayList<>();
        List<Interval> covered = new ArrayList<>();
        List<EffortBoarding> duplicatedBoardings = new ArrayList<>();
        Instant computed = Instant.parse("2026-04-05T08:00:00Z");
        String[] agencies = {"CBP", "HSI", "USCG", "PORT-PD", "MSP-MARINE"};
        for (int i = 0; i < IOCS; i++) {
            String id = String.format(Locale.ROOT, "IOC-%02d", i);
            ZoneId zone = ZoneId.of(i % 3 == 0 ? "America/New_York" : i % 3 == 1 ? "America/Los_Angeles" : "Pacific/Guam");
            iocs.add(new Ioc(id, "Sector " + i + " IOC", zone));
            for (Period p : period.trailing(NationalReport.TREND_PERIODS)) {
                for (Metric metric : Metric.values()) {
                    double value = sample(metric, i * 7 + p.start().getMonthValue() + metric.ordinal());
                    values.add(new MetricValue(metric, GoldColumns.SCOPE_IOC, id, p.id(), value, value, 2159.0, computed));
                }
            }
            Instant start = period.startIn(zone);
            for (int a = 0; a < 12; a++) {
                Instant at = start.plusSeconds(3600L * (a * 173 + i));
                arrivals.add(new ArrivalFact(id, "Vessel " + i + "-" + a, "90" + (10000 + i * 100 + a), at, a % 3 == 0, a % 3 != 0,
                        a % 2 == 0, a % 2 == 0 ? 2.5 : 0, List.of(agencies[a % 5], agencies[(a + i % 4 + 1) % 5]), List.of(agencies[a % 5])));
                if (a % 2 == 0) {
                    String arrivalId = id + "-" + a;
                    duplicatedBoardings.add(new EffortBoarding(arrivalId, "SOLO:" + agencies[a % 5], agencies[a % 5]));
                    duplicatedBoardings.add(new EffortBoarding(arrivalId, "SOLO:" + agencies[(a + i % 4 + 1) % 5],
                            agencies[(a + i % 4 + 1) % 5]));
                }
            }
            // a day patrol of 8 to 12 hours most days, starting between 06:00 and 09:00 (zone offsets aside)
            for (int day = 0; day < 90; day++) {
                if ((day + i) % 7 != 3) {
                    Instant from = start.plusSeconds(86_400L * day + 3600L * (6 + (day + i) % 4));
                    covered.add(new Interval(id, from, from.plusSeconds(3600L * (8 + day % 5))));
                }
            }
        }
        for (Period p : period.trailing(NationalReport.TREND_PERIODS)) {
            for (Metric metric : Metric.values()) {
                double value = IOCS * sample(metric, p.start().getYear() + p.start().getMonthValue() + metric.ordinal());
                values.add(new MetricValue(metric, GoldColumns.SCOPE_NATIONAL, null, p.id(), value, value, IOCS * 2159.0, computed));
            }
        }
        return new ReportInputs(iocs, values, arrivals, covered, List.of(), List.of(), List.of(), computed, null, List.of(),
                List.of(), duplicatedBoardings, null);
    }

    /** A plausible, varied figure of a metric's kind from a seed. */
    private static double sample(Metric metric, int seed) {
        return switch (metric.kind()) {
            case COUNT -> seed * 7 % 23;
            case HOURS, MEDIAN_HOURS -> (seed * 13 % 37) * 1.25;
            case RATIO -> (seed * 17 % 100) / 100.0;
        };
    }

    @Test
    void theNationalReportAnd37ScorecardsRenderInUnderAMinute(@TempDir Path out) {
        Period period = Period.parse("2026-Q1");
        ReportInputs inputs = inputs(period);
        long started = System.nanoTime();
        List<Path> files = ReportJob.write(inputs, period, out, new ReportRenderer(ReportOptions.defaults()),
                Instant.parse("2026-04-05T12:00:00Z"), Targets.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "rendered the national report (PDF, XLSX) and %d scorecards in %.1f s%n", IOCS, seconds);
        assertEquals(2 + IOCS, files.size());
        assertTrue(seconds < 60, "took " + seconds + " s");
    }
}
