package org.iocmetrics.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.report.MetricTable.Reading;
import org.iocmetrics.report.ReportInputs.Ioc;
import org.iocmetrics.report.ReportInputs.AgencyActivity;
import org.iocmetrics.report.ReportInputs.EffortBoarding;
import org.iocmetrics.reports.AgencyPairCell;
import org.iocmetrics.reports.AgencyRow;
import org.iocmetrics.reports.ChartPoint;
import org.iocmetrics.reports.DefinitionRow;
import org.iocmetrics.reports.Figure;
import org.iocmetrics.reports.HeatColors;
import org.iocmetrics.reports.IocRow;
import org.iocmetrics.reports.MetricNumberFormat;
import org.iocmetrics.reports.MetricNumberFormat.Style;
import org.iocmetrics.reports.NationalReportData;
import org.iocmetrics.reports.SummaryRow;
import org.iocmetrics.reports.TableCell;
import org.iocmetrics.reports.TargetRow;

/** Builds the national report's data from the lake's small results: figures, changes, call-outs, charts. */
final class NationalReport {
    /** Agencies shown in the who-duplicates-whom matrix: the ones in the most duplicated pairs. */
    static final int MATRIX_AGENCIES = 12;

    /**
     * The IOC table's columns; the table is sorted by the first, worst first, which has a denominator so
     * that it ranks by rate (see {@link #rankValue}).
     */
    static final List<Metric> KEY_METRICS = List.of(Metric.DUPLICATE_BOARDINGS, Metric.DUPLICATE_BOARDING_HOURS,
            Metric.OVERLAPPING_PATROL_HOURS, Metric.HIGH_RISK_NOT_BOARDED, Metric.UNCOVERED_PATROL_HOURS,
            Metric.UNSCREENED_ARRIVALS);
    /** The national trends, one small chart each: counts of tens and of thousands share no scale. */
    static final List<Metric> TRENDS = List.of(Metric.DUPLICATE_BOARDINGS, Metric.HIGH_RISK_NOT_BOARDED,
            Metric.TARGETED_NOT_BOARDED, Metric.UNSCREENED_ARRIVALS, Metric.DUPLICATE_BOARDING_HOURS,
            Metric.OVERLAPPING_PATROL_HOURS);
    static final List<Metric> EFFORT_HOURS = List.of(Metric.DUPLICATE_BOARDING_HOURS, Metric.OVERLAPPING_PATROL_HOURS);
    static final int TREND_PERIODS = 8;
    /** Below this denominator a rate is "small n": printed, but too unsteady to rank an IOC by. */
    static final int SMALL_N = 20;
    static final int CALLOUTS = 3;

    private NationalReport() {}

    static NationalReportData build(ReportInputs inputs, Period period, Instant generatedAt, Targets targets) {
        MetricTable table = new MetricTable(inputs.metricValues(), inputs.dataRange());
        Period previous = period.previous();
        Period yearEarlier = period.yearEarlier();
        List<Ioc> iocs = sortedByFirstKeyMetric(inputs.iocs(), table, period);
        List<String> callouts = callouts(table, null, period, previous);
        return new NationalReportData(
                "NAT-" + period.id() + "-" + Figures.compactUtc(generatedAt),
                period.id(),
                Figures.dates(period) + " (period_start " + period.start() + ", period_end " + period.end()
                        + " exclusive; local dates in each IOC's own time zone)",
                previous.id(),
                yearEarlier.id(),
                Figures.utc(generatedAt),
                inputs.dataAsOf() == null ? "unknown (no ingest log in the lake)" : Figures.utc(inputs.dataAsOf()),
                inputs.tableVersions(),
                table.noData(null, period.id()) ? Figures.noDataSentence(period.id()) : null,
                summary(table, period, previous, yearEarlier),
                targetRows(table, period, targets),
                callouts,
                callouts.isEmpty() ? noCalloutsReason(table, null, period, previous) : null,
                KEY_METRICS.stream().map(Metric::displayName).toList(),
                iocRows(iocs, table, period, targets),
                effortByIoc(iocs, table, period),
                uncoveredShareByIoc(iocs, table, period),
                Trends.national(TRENDS, table, period, inputs.firstData()),
                agencyRows(inputs.agencies()),
                agencyPairs(inputs.duplicatedBoardings()),
                inputs.ingestRows(),
                inputs.quarantineReasons(),
                definitions(),
                LookAhead.national(inputs, period));
    }

    static List<SummaryRow> summary(MetricTable table, Period period, Period previous, Period yearEarlier) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Reading current = table.national(metric, period.id());
            Reading before = table.national(metric, previous.id());
            Reading yearBefore = table.national(metric, yearEarlier.id());
            rows.add(new SummaryRow(metric.group().title(), metric.displayName(),
                    Figures.figure(current), Figures.figure(before), Figures.change(current, before),
                    Figures.figure(yearBefore), Figures.change(current, yearBefore)));
        }
        return rows;
    }

    /** Every metric with a target: its national measure against it; none without a targets file. */
    static List<TargetRow> targetRows(MetricTable table, Period period, Targets targets) {
        List<TargetRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Reading reading = table.national(metric, period.id());
            targets.judge(reading, null).ifPresent(status -> rows.add(new TargetRow(metric.group().title(),
                    metric.displayName(), status)));
        }
        return rows;
    }

    /**
     * Plain-language sentences about the metrics that changed most against the previous period, for the
     * nation ({@code iocId} null) or one IOC, ranked by relative change (a change from 0 ranks first). A
     * period without data has no values to compare, so neither it nor a change against it is ever called out.
     */
    static List<String> callouts(MetricTable table, String iocId, Period period, Period previous) {
        record Change(Metric metric, double current, double base) {
            double weight() {
                return base == 0 ? Double.POSITIVE_INFINITY : Math.abs(current - base) / Math.abs(base);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Double current = table.ioc(metric, iocId, period.id()).value();
            Double base = table.ioc(metric, iocId, previous.id()).value();
            if (current != null && base != null && !current.equals(base)) {
                changes.add(new Change(metric, current, base));
            }
        }
        changes.sort(Comparator.comparingDouble(Change::weight).reversed().thenComparing(c -> c.metric().ordinal()));
        List<String> sentences = new ArrayList<>();
        for (Change change : changes.subList(0, Math.min(CALLOUTS, changes.size()))) {
            Metric metric = change.metric();
            boolean rose = change.current() > change.base();
            boolean worse = rose == metric.higherIsWorse();
            sentences.add(String.format(Locale.ROOT, "%s %s from %s to %s%s against %s: %s.",
                    metric.displayName(), rose ? "rose" : "fell",
                    Figures.value(metric, change.base()), Figures.value(metric, change.current()),
                    change.base() == 0 || metric.kind() == Metric.Kind.RATIO ? "" : " (" + Figures.percentChange(change.current(), change.base()) + ")",
                    previous.id(), worse ? "a worsening" : "an improvement"));
        }
        return sentences;
    }

    /**
     * What "Largest changes" says when {@link #callouts} found none: why, so that a period without data
     * is never read as one where nothing changed.
     */
    static String noCalloutsReason(MetricTable table, String iocId, Period period, Period previous) {
        if (table.noData(iocId, period.id())) {
            return Figures.noDataSentence(period.id());
        }
        if (table.noData(iocId, previous.id())) {
            return "No change against " + previous.id() + " is shown. " + Figures.noDataSentence(previous.id());
        }
        for (Metric metric : Metric.values()) {
            if (table.ioc(metric, iocId, period.id()).value() != null && table.ioc(metric, iocId, previous.id()).value() != null) {
                return "No metric changed against " + previous.id() + ".";
            }
        }
        return "No change against " + previous.id() + " can be computed: no metric has a value in both periods.";
    }

    /**
     * IOCs sorted by the first key metric's {@link #rankValue}, the one its shading uses, worst first; then
     * the IOCs it does not rank (no value, small n), then those without data, each by id.
     */
    static List<Ioc> sortedByFirstKeyMetric(List<Ioc> iocs, MetricTable table, Period period) {
        Metric first = KEY_METRICS.get(0);
        Comparator<Double> worstFirst = first.higherIsWorse() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return iocs.stream()
                .sorted(Comparator.comparing((Ioc ioc) -> rankValue(table.ioc(first, ioc.iocId(), period.id())),
                                Comparator.nullsLast(worstFirst))
                        .thenComparing(ioc -> table.noData(ioc.iocId(), period.id()))
                        .thenComparing(Ioc::iocId))
                .toList();
    }

    /**
     * What the IOC table ranks and shades an IOC by: a metric with a denominator by its rate, and only
     * when the denominator reaches {@link #SMALL_N}; a metric without one by its value; null: not ranked.
     */
    static Double rankValue(Reading reading) {
        return reading.metric().hasFraction() ? comparableRate(reading) : reading.value();
    }

    /**
     * The IOC table; an IOC without data in the period reads "no data" and is neither ranked nor shaded.
     * A count with a denominator is printed with its rate, and ranked by that rate: raw counts would rank
     * the busiest zones worst. A rate over fewer than {@link #SMALL_N} is marked "small n" and not ranked.
     * When the nation has no data, no IOC has any: the table is left empty and says so in one line
     * rather than over pages of "no data".
     */
    static List<IocRow> iocRows(List<Ioc> iocs, MetricTable table, Period period, Targets targets) {
        if (table.noData(null, period.id())) {
            return List.of();
        }
        List<List<TableCell>> columns = new ArrayList<>();
        for (Metric metric : KEY_METRICS) {
            List<Reading> readings = iocs.stream().map(ioc -> table.ioc(metric, ioc.iocId(), period.id())).toList();
            List<Double> ranked = readings.stream().map(NationalReport::rankValue).toList();
            List<Boolean> worst = WorstQuartile.flags(ranked, metric.higherIsWorse());
            List<TableCell> cells = new ArrayList<>();
            for (int i = 0; i < iocs.size(); i++) {
                Reading reading = readings.get(i);
                Double rate = metric.hasFraction() ? rate(reading) : null;
                cells.add(new TableCell(Figures.figure(reading), rate == null ? null : Figure.of(rate, Style.PERCENT),
                        rate != null && ranked.get(i) == null, worst.get(i),
                        targets.judge(reading, iocs.get(i).iocId()).orElse(null)));
            }
            columns.add(cells);
        }
        List<IocRow> rows = new ArrayList<>();
        for (int i = 0; i < iocs.size(); i++) {
            int row = i;
            rows.add(new IocRow(iocs.get(i).iocId(), iocs.get(i).name(), columns.stream().map(c -> c.get(row)).toList()));
        }
        return rows;
    }

    /** Numerator over denominator; null without data or without a denominator above 0. */
    static Double rate(Reading reading) {
        if (reading.value() == null) {
            return null;
        }
        return reading.row()
                .filter(v -> v.numerator() != null && v.denominator() != null && v.denominator() > 0)
                .map(v -> v.numerator() / v.denominator())
                .orElse(null);
    }

    /** The rate when its denominator is large enough to compare IOCs by, else null. */
    private static Double comparableRate(Reading reading) {
        Double rate = rate(reading);
        return rate != null && reading.row().map(v -> v.denominator() >= SMALL_N).orElse(false) ? rate : null;
    }

    static List<ChartPoint> effortByIoc(List<Ioc> iocs, MetricTable table, Period period) {
        List<ChartPoint> points = new ArrayList<>();
        for (Ioc ioc : iocs) {
            for (Metric metric : EFFORT_HOURS) {
                Double hours = table.ioc(metric, ioc.iocId(), period.id()).value();
                points.add(new ChartPoint(metric.displayName(), ioc.iocId(), hours, null));
            }
        }
        return points;
    }

    /**
     * Uncovered patrol hours as a percentage of the period's hours in each IOC's zone; none for an IOC
     * without data, whose uncovered hours are all of its hours because nothing was recorded.
     */
    static List<ChartPoint> uncoveredShareByIoc(List<Ioc> iocs, MetricTable table, Period period) {
        List<ChartPoint> points = new ArrayList<>();
        for (Ioc ioc : iocs) {
            Reading uncovered = table.ioc(Metric.UNCOVERED_PATROL_HOURS, ioc.iocId(), period.id());
            uncovered.row()
                    .filter(v -> !uncovered.noData() && v.numerator() != null && v.denominator() != null && v.denominator() > 0)
                    .map(v -> 100 * v.numerator() / v.denominator())
                    .ifPresent(percent -> points.add(new ChartPoint(Metric.UNCOVERED_PATROL_HOURS.displayName(),
                            ioc.iocId(), percent, MetricNumberFormat.display(percent / 100, Style.PERCENT))));
        }
        return points;
    }

    /**
     * One row per agency, the agencies sharing least at the top: by the share of their screenings not
     * shared with the IOC, then by the share of their executed operations not posted, then by id. A
     * share over fewer than {@link #SMALL_N} is marked "small n" and ranks after the comparable ones,
     * like a share with nothing to share.
     */
    static List<AgencyRow> agencyRows(List<AgencyActivity> agencies) {
        Comparator<Double> highestFirst = Comparator.nullsLast(Comparator.reverseOrder());
        return agencies.stream()
                .sorted(Comparator.comparing((AgencyActivity a) -> comparableShare(a.unsharedScreenings(), a.screenings()),
                                highestFirst)
                        .thenComparing(a -> comparableShare(a.unpostedOperations(), a.executedOperations()), highestFirst)
                        .thenComparing(AgencyActivity::agencyId))
                .map(a -> new AgencyRow(a.agencyId(), MetricNumberFormat.display((double) a.screenings(), Style.COUNT),
                        percent(a.unsharedScreenings(), a.screenings()),
                        MetricNumberFormat.display((double) a.executedOperations(), Style.COUNT),
                        percent(a.unpostedOperations(), a.executedOperations()),
                        percent(a.jointOperations(), a.executedOperations()),
                        MetricNumberFormat.display((double) a.duplicatedBoardings(), Style.COUNT)))
                .toList();
    }

    private static Double comparableShare(long part, long whole) {
        return whole < SMALL_N ? null : (double) part / whole;
    }

    private static String percent(long part, long whole) {
        if (whole == 0) {
            return Figures.NOT_AVAILABLE;
        }
        String share = MetricNumberFormat.display((double) part / whole, Style.PERCENT);
        return whole < SMALL_N ? share + " " + TableCell.SMALL_N : share;
    }

    /**
     * Who duplicates whom: for every pair of agencies that boarded or examined the same duplicated arrival
     * under different efforts, the number of such arrivals, in both orders so that the matrix reads the
     * same across and down. Two agencies of one joint operation share its effort: they coordinated, and
     * count as a pair only where one of them also boarded that arrival under another effort.
     */
    static List<AgencyPairCell> agencyPairs(List<EffortBoarding> boardings) {
        Map<String, Map<String, Set<String>>> agenciesByEffortByArrival = new TreeMap<>();
        for (EffortBoarding boarding : boardings) {
            agenciesByEffortByArrival.computeIfAbsent(boarding.arrivalId(), k -> new TreeMap<>())
                    .computeIfAbsent(boarding.effortKey(), k -> new TreeSet<>()).add(boarding.agencyId());
        }
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Map<String, Set<String>> agenciesByEffort : agenciesByEffortByArrival.values()) {
            List<Set<String>> efforts = List.copyOf(agenciesByEffort.values());
            Set<List<String>> pairs = new TreeSet<>(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
            for (int e = 0; e < efforts.size(); e++) {
                for (int f = e + 1; f < efforts.size(); f++) {
                    for (String a : efforts.get(e)) {
                        for (String b : efforts.get(f)) {
                            if (!a.equals(b)) {
                                pairs.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
                            }
                        }
                    }
                }
            }
            for (List<String> pair : pairs) {
                counts.computeIfAbsent(pair.get(0), k -> new TreeMap<>()).merge(pair.get(1), 1, Integer::sum);
                counts.computeIfAbsent(pair.get(1), k -> new TreeMap<>()).merge(pair.get(0), 1, Integer::sum);
            }
        }
        Set<String> shown = mostInvolved(counts);
        int most = counts.values().stream().flatMap(m -> m.values().stream()).max(Integer::compare).orElse(1);
        List<AgencyPairCell> cells = new ArrayList<>();
        counts.forEach((row, columns) -> columns.forEach((column, n) -> {
            if (shown.contains(row) && shown.contains(column)) {
                cells.add(new AgencyPairCell(row, column, n, HeatColors.intensity((double) n / most)));
            }
        }));
        return cells;
    }

    /**
     * The {@link #MATRIX_AGENCIES} agencies in the most duplicated pairs (ties: by id): a matrix of every
     * agency in the country would run over a dozen pages and hide the pairs that matter.
     */
    private static Set<String> mostInvolved(Map<String, Map<String, Integer>> counts) {
        Map<String, Integer> totals = new TreeMap<>();
        counts.forEach((agency, columns) -> totals.put(agency, columns.values().stream().mapToInt(Integer::intValue).sum()));
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MATRIX_AGENCIES)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    static List<DefinitionRow> definitions() {
        List<DefinitionRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            rows.add(new DefinitionRow(metric.group().title(), metric.id(), metric.displayName(), metric.definition(),
                    metric.hasFraction() ? metric.numeratorLabel() : "", metric.hasFraction() ? metric.denominatorLabel() : ""));
        }
        return rows;
    }
}
