package org.iocmetrics.metrics;

import static org.iocmetrics.contract.Columns.*;
import static org.iocmetrics.testing.SilverRows.ioc;
import static org.iocmetrics.testing.SilverRows.port;
import static org.iocmetrics.testing.SilverRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;

/**
 * A random drop computed twice: by the Spark pipeline and by a deliberately naive reading of
 * METRICS.md written here (loops over rows, overlap by counting efforts on every elementary
 * segment between interval boundaries). Times fall on half hours around the quarter's edges so that
 * ties, touching intervals and boundary events are frequent.
 */
class MetricsCrossCheckTest {
    private static final Map<String, String> ZONES = Map.of(
            "IOC-BOS", "America/New_York", "IOC-GUM", "Pacific/Guam", "IOC-HNL", "Pacific/Honolulu", "IOC-EMPTY", "America/Chicago");
    private static final Map<String, String> PORTS = Map.of("P-BOS", "IOC-BOS", "P-SLM", "IOC-BOS", "P-GUM", "IOC-GUM", "P-HNL", "IOC-HNL");
    private static final List<String> AGENCIES = List.of("USCG", "CBP", "HSI", "PORT-PD");
    private static final Instant BASE = Instant.parse("2025-12-30T00:00:00Z");
    private static final Period PERIOD = Period.parse("2026-Q1");

    record Arrival(String id, String port, Instant at, String imo) {}

    record Screening(String arrival, String agency, Instant at, String risk, String decision, boolean shared) {}

    record Operation(String id, String ioc, String agency, String type, String arrival, String area, String status,
                     Instant planned, Instant plannedEnd, Instant start, Instant end, String joint, boolean posted,
                     Double hours, Long findings) {
        boolean executed() {
            return status.equals(Enums.EXECUTED);
        }

        Instant eventAt() {
            return executed() ? start : planned;
        }

        String effort() {
            return joint != null ? joint : "solo:" + agency;
        }

        boolean inPlan() {
            return !status.equals(Enums.CANCELLED);
        }

        /** The operation as planned: active on its planned interval. */
        Operation asPlanned() {
            return new Operation(id, ioc, agency, type, arrival, area, status, planned, plannedEnd, planned, plannedEnd,
                    joint, posted, hours, findings);
        }
    }

    private final Random random = new Random(20260301L);
    /** Draws for the v2 columns, apart from {@link #random} so the v1 part of the drop stays as it was. */
    private final Random v2 = new Random(20261201L);
    private static final List<String> VESSELS = List.of("9074729", "9176187", "9300012", "9321483", "9395044",
            "9434761", "9500455", "9613101");
    private final List<String[]> roster = new ArrayList<>();
    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<Screening> screenings = new ArrayList<>();
    private final List<Operation> operations = new ArrayList<>();

    @Test
    void pipelineAgreesWithANaiveReadingOfTheCatalogue() {
        generate();
        MetricValues drop = new MetricValues();
        ZONES.forEach((id, zone) -> drop.iocs.add(ioc(id, zone)));
        PORTS.forEach((code, ioc) -> drop.ports.add(port(code, ioc)));
        for (Arrival a : arrivals) {
            drop.arrivals.add(row(Source.ARRIVALS, ARRIVAL_ID, a.id, PORT_CODE, a.port, IMO_NUMBER, a.imo, VESSEL_NAME, "V",
                    VESSEL_TYPE, "CARGO", ARRIVED_AT, ts(a.at), UPDATED_AT, ts(BASE)));
        }
        for (int i = 0; i < screenings.size(); i++) {
            Screening s = screenings.get(i);
            drop.screenings.add(row(Source.SCREENINGS, SCREENING_ID, "S" + i, ARRIVAL_ID, s.arrival, AGENCY_ID, s.agency,
                    SCREENED_AT, ts(s.at), RISK_LEVEL, s.risk, DECISION, s.decision, SHARED_WITH_IOC, s.shared,
                    UPDATED_AT, ts(BASE)));
        }
        for (Operation o : operations) {
            drop.operations.add(row(Source.OPERATIONS, OPERATION_ID, o.id, IOC_ID, o.ioc, AGENCY_ID, o.agency,
                    OPERATION_TYPE, o.type, ARRIVAL_ID, o.arrival, AREA_CODE, o.area, STATUS, o.status,
                    PLANNED_START, ts(o.planned), PLANNED_END, ts(o.plannedEnd),
                    ACTUAL_START, o.executed() ? ts(o.start) : null, ACTUAL_END, o.executed() ? ts(o.end) : null,
                    JOINT_OPERATION_ID, o.joint, POSTED_TO_IOC_SCHEDULE, o.posted, PERSONNEL_HOURS, o.hours,
                    FINDINGS_COUNT, o.findings, UPDATED_AT, ts(BASE)));
        }
        roster.forEach(entry -> drop.participants.add(row(Source.PARTICIPANTS, IOC_ID, entry[0], AGENCY_ID, entry[1])));
        MetricValues values = drop.compute(PERIOD.id());

        Map<String, List<Double>> expected = reference();
        // the drop must exercise the hard cases, or agreement would prove little
        for (Metric metric : List.of(Metric.DUPLICATE_BOARDINGS, Metric.DUPLICATE_BOARDING_HOURS,
                Metric.OVERLAPPING_PATROL_HOURS, Metric.HIGH_RISK_NOT_BOARDED, Metric.TARGETING_HIT_RATE,
                Metric.PLANNED_OVERLAPPING_PATROL_HOURS, Metric.REPEAT_BOARDINGS, Metric.ACTIVE_PARTNER_SHARE)) {
            assertTrue(expected.get(metric.id() + "|NATIONAL").get(0) > 0, metric.id() + " is 0 in the random drop");
        }
        for (Metric metric : Metric.values()) {
            for (String ioc : new TreeSet<>(ZONES.keySet())) {
                assertClose(expected.get(metric.id() + "|" + ioc), values.of(metric, ioc), metric + " of " + ioc);
            }
            assertClose(expected.get(metric.id() + "|NATIONAL"), values.of(metric, null), metric + " nationally");
        }
        assertEquals((ZONES.size() + 1) * Metric.values().length, values.rows().size());
    }

    private void generate() {
        List<String> ports = new ArrayList<>(new TreeSet<>(PORTS.keySet()));
        for (int i = 0; i < 70; i++) {
            Arrival arrival = new Arrival("A" + i, ports.get(random.nextInt(ports.size())), halfHours(4600),
                    v2.nextInt(6) == 0 ? null : VESSELS.get(v2.nextInt(VESSELS.size())));
            arrivals.add(arrival);
            for (int s = random.nextInt(4); s > 0; s--) {
                screenings.add(new Screening(arrival.id, pick(AGENCIES), arrival.at.plusSeconds(1800L * (random.nextInt(9) - 6)),
                        pick(Enums.RISK_LEVELS), pick(Enums.DECISIONS), random.nextInt(4) > 0));
            }
            for (int b = random.nextInt(4); b > 0; b--) {
                Instant start = arrival.at.plusSeconds(1800L * random.nextInt(4));
                operations.add(operation(PORTS.get(arrival.port), pick(Enums.BOARDING_TYPES), arrival.id, null, start));
            }
        }
        List<String> iocs = List.of("IOC-BOS", "IOC-GUM", "IOC-HNL");
        for (int p = 0; p < 120; p++) {
            operations.add(operation(pick(iocs), pick(Enums.PATROL_TYPES.subList(0, 2)), null,
                    pick(Arrays.asList("Z1", "Z2", null)), halfHours(4600)));
        }
        // patrols crowded into the quarter's last two weeks, so planned intervals overlap often
        for (int p = 0; p < 40; p++) {
            operations.add(operation(pick(iocs), pick(Enums.PATROL_TYPES.subList(0, 2)), null,
                    pick(Arrays.asList("Z1", null)), Instant.parse("2026-03-18T00:00:00Z").plusSeconds(1800L * v2.nextInt(700))));
        }
        // a roster per IOC but the empty one: some agencies that act, one that never does, one entry twice
        for (String ioc : iocs) {
            for (String agency : List.of("USCG", "CBP", "HSI", "PORT-PD", "MARINE-UNIT")) {
                if (v2.nextInt(4) > 0) {
                    roster.add(new String[] {ioc, agency});
                }
            }
        }
        roster.add(roster.get(0));
    }

    private Operation operation(String ioc, String type, String arrival, String area, Instant start) {
        int roll = random.nextInt(10);
        String status = roll < 7 ? Enums.EXECUTED : roll < 9 ? "PLANNED" : Enums.CANCELLED;
        Instant end = start.plusSeconds(1800L * (1 + random.nextInt(8)));
        Instant planned = start.minusSeconds(1800L * random.nextInt(3));
        // a plan that often differs from what ran: shifted by up to a day and of another length
        Instant plannedEnd = planned.plusSeconds(1800L * (1 + v2.nextInt(8)));
        if (v2.nextInt(3) == 0) {
            long shift = 1800L * (v2.nextInt(97) - 48);
            planned = planned.plusSeconds(shift);
            plannedEnd = plannedEnd.plusSeconds(shift);
        }
        return new Operation("O" + operations.size(), ioc, pick(AGENCIES), type, arrival, area, status,
                planned, plannedEnd, start, end,
                random.nextInt(3) == 0 ? pick(List.of("J1", "J2")) : null, random.nextInt(4) > 0,
                random.nextInt(5) == 0 ? null : (double) random.nextInt(12) / 2, random.nextInt(4) == 0 ? null : (long) random.nextInt(3));
    }

    /** The catalogue read literally, per IOC and over the union of all IOCs' rows. */
    private Map<String, List<Double>> reference() {
        Map<String, List<Double>> values = new HashMap<>();
        Map<String, double[]> national = new HashMap<>();
        List<Double> nationalLeads = new ArrayList<>();
        Set<String> nationalAgencies = new HashSet<>();
        for (String ioc : ZONES.keySet()) {
            ZoneId zone = ZoneId.of(ZONES.get(ioc));
            Instant from = PERIOD.startIn(zone);
            Instant to = PERIOD.endIn(zone);
            List<Arrival> periodArrivals = arrivals.stream()
                    .filter(a -> PORTS.get(a.port).equals(ioc) && !a.at.isBefore(from) && a.at.isBefore(to)).toList();
            List<Operation> periodOperations = operations.stream()
                    .filter(o -> o.ioc.equals(ioc) && !o.eventAt().isBefore(from) && o.eventAt().isBefore(to)).toList();
            Map<String, double[]> f = new HashMap<>();
            List<Double> leads = new ArrayList<>();
            Set<String> agencies = new HashSet<>();
            for (Arrival a : periodArrivals) {
                List<Screening> ss = screenings.stream().filter(s -> s.arrival.equals(a.id)).toList();
                List<Operation> boardings = operations.stream().filter(o -> a.id.equals(o.arrival) && o.executed()
                        && Enums.BOARDING_TYPES.contains(o.type)).toList();
                ss.forEach(s -> agencies.add(s.agency));
                boolean targeted = ss.stream().anyMatch(s -> Enums.TARGETING_DECISIONS.contains(s.decision));
                boolean boarded = !boardings.isEmpty();
                boolean hit = boardings.stream().anyMatch(o -> o.findings != null && o.findings > 0);
                Set<String> efforts = new TreeSet<>();
                boardings.forEach(o -> efforts.add(o.effort()));
                add(f, Metric.DUPLICATE_BOARDINGS, efforts.size() >= 2, boarded);
                if (efforts.size() >= 2) {
                    String first = efforts.stream().min(Comparator.<String, Instant>comparing(e -> boardings.stream()
                            .filter(o -> o.effort().equals(e)).map(Operation::start).min(Comparator.naturalOrder()).get())
                            .thenComparing(Comparator.naturalOrder())).get();
                    add(f, Metric.DUPLICATE_BOARDING_HOURS, boardings.stream().filter(o -> !o.effort().equals(first))
                            .mapToDouble(o -> o.hours == null ? 0 : o.hours).sum(), 0);
                }
                add(f, Metric.UNSCREENED_ARRIVALS, ss.stream().noneMatch(s -> !s.at.isAfter(a.at)), true);
                boolean high = ss.stream().anyMatch(s -> s.risk.equals("HIGH"));
                add(f, Metric.HIGH_RISK_NOT_BOARDED, high && !boarded, high);
                add(f, Metric.TARGETED_NOT_BOARDED, targeted && !boarded, targeted);
                add(f, Metric.TARGETING_HIT_RATE, targeted && boarded && hit, targeted && boarded);
                add(f, Metric.UNTARGETED_HIT_RATE, !targeted && boarded && hit, !targeted && boarded);
                ss.stream().map(Screening::at).min(Comparator.naturalOrder())
                        .ifPresent(first -> leads.add(Duration.between(first, a.at).toSeconds() / 3600.0));
                ss.forEach(s -> add(f, Metric.UNSHARED_SCREENINGS, !s.shared, true));
            }
            for (Operation o : periodOperations) {
                agencies.add(o.agency);
                add(f, Metric.CANCELLED_OPERATIONS, o.status.equals(Enums.CANCELLED), true);
                if (o.executed()) {
                    add(f, Metric.UNPOSTED_OPERATIONS, !o.posted, true);
                    add(f, Metric.JOINT_OPERATION_SHARE, o.joint != null, true);
                }
            }
            List<Operation> patrols = operations.stream().filter(o -> o.ioc.equals(ioc) && o.executed()
                    && Enums.PATROL_TYPES.contains(o.type)).toList();
            add(f, Metric.OVERLAPPING_PATROL_HOURS, overlapHours(patrols, from, to), 0);
            double periodHours = Duration.between(from, to).toSeconds() / 3600.0;
            add(f, Metric.UNCOVERED_PATROL_HOURS, periodHours - hoursActive(patrols, from, to, 1, false), periodHours);
            add(f, Metric.PARTICIPATING_AGENCIES, agencies.size(), 0);
            List<Operation> plannedPatrols = operations.stream().filter(o -> o.ioc.equals(ioc) && o.inPlan()
                    && Enums.PATROL_TYPES.contains(o.type)).map(Operation::asPlanned).toList();
            add(f, Metric.PLANNED_OVERLAPPING_PATROL_HOURS, overlapHours(plannedPatrols, from, to), 0);
            add(f, Metric.PLANNED_UNCOVERED_HOURS, periodHours - hoursActive(plannedPatrols, from, to, 1, false), periodHours);
            for (Arrival a : periodArrivals) {
                if (a.imo != null && boarded(a)) {
                    add(f, Metric.REPEAT_BOARDINGS, arrivals.stream().anyMatch(b -> a.imo.equals(b.imo) && boarded(b)
                            && b.at.isBefore(a.at) && !b.at.isBefore(a.at.minus(Duration.ofHours(720)))), true);
                }
            }
            Set<String> activeAgencies = new HashSet<>();
            periodArrivals.forEach(a -> screenings.stream().filter(s -> s.arrival.equals(a.id))
                    .forEach(s -> activeAgencies.add(s.agency)));
            periodOperations.stream().filter(Operation::executed).forEach(o -> activeAgencies.add(o.agency));
            roster.stream().filter(entry -> entry[0].equals(ioc)).map(entry -> entry[1]).distinct()
                    .forEach(agency -> add(f, Metric.ACTIVE_PARTNER_SHARE, activeAgencies.contains(agency), true));
            nationalLeads.addAll(leads);
            nationalAgencies.addAll(agencies);
            for (Metric metric : Metric.values()) {
                double[] figure = f.getOrDefault(metric.id(), new double[2]);
                national.merge(metric.id(), figure.clone(), (x, y) -> new double[] {x[0] + y[0], x[1] + y[1]});
                values.put(metric.id() + "|" + ioc, figures(metric, figure, median(leads)));
            }
        }
        national.put(Metric.PARTICIPATING_AGENCIES.id(), new double[] {nationalAgencies.size(), 0});
        for (Metric metric : Metric.values()) {
            values.put(metric.id() + "|NATIONAL", figures(metric, national.get(metric.id()), median(nationalLeads)));
        }
        return values;
    }

    private boolean boarded(Arrival arrival) {
        return operations.stream().anyMatch(o -> arrival.id.equals(o.arrival) && o.executed()
                && Enums.BOARDING_TYPES.contains(o.type));
    }

    private static List<Double> figures(Metric metric, double[] figure, Double median) {
        return switch (metric.kind()) {
            case MEDIAN_HOURS -> Arrays.asList(median, null, null);
            case RATIO -> Arrays.asList(figure[1] == 0 ? null : figure[0] / figure[1], figure[0], figure[1]);
            default -> metric.hasFraction() ? Arrays.asList(figure[0], figure[0], figure[1]) : Arrays.asList(figure[0], null, null);
        };
    }

    /** Overlap per (operation_type, area_code) group: segments where 2+ distinct efforts are active. */
    private static double overlapHours(List<Operation> patrols, Instant from, Instant to) {
        Map<String, List<Operation>> groups = new HashMap<>();
        patrols.forEach(o -> groups.computeIfAbsent(o.type + "|" + o.area, k -> new ArrayList<>()).add(o));
        return groups.values().stream().mapToDouble(group -> hoursActive(group, from, to, 2, true)).sum();
    }

    /** Hours of [from, to) when at least {@code minimum} operations (or distinct efforts) are active. */
    private static double hoursActive(List<Operation> patrols, Instant from, Instant to, int minimum, boolean byEffort) {
        TreeSet<Instant> bounds = new TreeSet<>(List.of(from, to));
        patrols.forEach(o -> {
            bounds.add(o.start);
            bounds.add(o.end);
        });
        double hours = 0;
        Instant previous = null;
        for (Instant bound : bounds.subSet(from, true, to, true)) {
            if (previous != null) {
                Instant segmentStart = previous;
                Instant segmentEnd = bound;
                Set<String> active = new HashSet<>();
                patrols.stream().filter(o -> !o.start.isAfter(segmentStart) && !o.end.isBefore(segmentEnd))
                        .forEach(o -> active.add(byEffort ? o.effort() : o.id));
                if (active.size() >= minimum) {
                    hours += Duration.between(segmentStart, segmentEnd).toSeconds() / 3600.0;
                }
            }
            previous = bound;
        }
        return hours;
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void add(Map<String, double[]> figures, Metric metric, boolean numerator, boolean denominator) {
        add(figures, metric, numerator ? 1 : 0, denominator ? 1 : 0);
    }

    private static void add(Map<String, double[]> figures, Metric metric, double numerator, double denominator) {
        double[] figure = figures.computeIfAbsent(metric.id(), k -> new double[2]);
        figure[0] += numerator;
        figure[1] += denominator;
    }

    private static void assertClose(List<Double> expected, List<Double> actual, String what) {
        for (int i = 0; i < 3; i++) {
            if (expected.get(i) == null || actual.get(i) == null) {
                assertEquals(expected.get(i), actual.get(i), what + " " + expected + " vs " + actual);
            } else {
                assertEquals(expected.get(i), actual.get(i), 1e-9, what + " " + expected + " vs " + actual);
            }
        }
    }

    private Instant halfHours(int count) {
        return BASE.plusSeconds(1800L * random.nextInt(count));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
