package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Source;
import org.iocmetrics.generate.DropChecker.CheckedRow;
import org.iocmetrics.generate.ReferenceData.Ioc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst checks first in the generated traffic: agencies act in their roles, HIGH-risk vessels
 * are boarded, seasons and patrol effort follow the zones, Notices of Arrival and last ports make sense.
 * January to August at half of real traffic (a winter and a summer), generated once.
 */
class GeneratorRealismTest {
    /** Share of arrivals with a HIGH screening that get an executed boarding or exam. */
    private static final double HIGH_RISK_BOARDED_MIN = 0.93;
    private static final double HIGH_RISK_BOARDED_MAX = 0.995;
    /** Duluth's January-March monthly arrivals at most this share of its July-August ones (Soo Locks closed). */
    private static final double DULUTH_WINTER_SHARE_MAX = 0.3;
    private static final Set<String> BOARDING_TYPES = Set.of("SECURITY_BOARDING", "CARGO_EXAM");

    private static final LocalDate TO = LocalDate.of(2026, 8, 31);
    /** Share of an IOC's port partners (non-federal roster entries) that never act: GAO-12-202, more than 80%. */
    private static final double INACTIVE_PORT_PARTNERS_MIN = 0.7;
    private static final double INACTIVE_PORT_PARTNERS_MAX = 0.95;
    private static final double INACTIVE_PORT_PARTNERS_NATIONAL_MIN = 0.78;
    private static final double INACTIVE_PORT_PARTNERS_NATIONAL_MAX = 0.88;
    /** Share of executed operations that start 15 minutes or more off their plan. */
    private static final double DRIFTED_MIN = 0.2;
    private static final double DRIFTED_MAX = 0.45;

    @TempDir
    static Path temp;
    private static ReferenceData reference;
    private static DropChecker drop;
    private static List<CheckedRow> arrivals;
    private static List<CheckedRow> screenings;
    private static List<CheckedRow> operations;

    @BeforeAll
    static void generateWinterAndSummer() throws IOException {
        reference = ReferenceData.load();
        Path out = temp.resolve("fy");
        new Generator(reference).run(new Generator.Options(out, LocalDate.of(2026, 1, 1), TO,
                0.5, 11, false), new PrintStream(new ByteArrayOutputStream()));
        drop = new DropChecker(out);
        arrivals = drop.rows.get(Source.ARRIVALS);
        screenings = drop.rows.get(Source.SCREENINGS);
        operations = drop.rows.get(Source.OPERATIONS);
    }

    private static String level(CheckedRow row) {
        return reference.agencyLevels().get(row.values().get(AGENCY_ID));
    }

    @Test
    void internationalPartnersOnlyActInsideJointOperationsWithAUsAgency() {
        Map<String, Set<String>> jointAgencies = new HashMap<>();
        operations.stream().filter(o -> !o.values().get(JOINT_OPERATION_ID).isEmpty()).forEach(o -> jointAgencies
                .computeIfAbsent(o.values().get(JOINT_OPERATION_ID), k -> new HashSet<>()).add(o.values().get(AGENCY_ID)));
        List<CheckedRow> international = operations.stream().filter(o -> "INTERNATIONAL".equals(level(o))).toList();
        assertTrue(international.size() > 20, "international partners take part: " + international.size());
        for (CheckedRow o : international) {
            Set<String> with = jointAgencies.getOrDefault(o.values().get(JOINT_OPERATION_ID), Set.of());
            assertTrue(with.stream().anyMatch(a -> !"INTERNATIONAL".equals(reference.agencyLevels().get(a))), o.line());
        }
        assertTrue(screenings.stream().noneMatch(s -> "INTERNATIONAL".equals(level(s))));
    }

    @Test
    void pilotsAndExchangesNeverBoardAndPartnersBoardOnlyWithTheCoastGuard() {
        Map<String, Set<String>> boardingTeams = new HashMap<>();
        List<CheckedRow> boardings = operations.stream()
                .filter(o -> BOARDING_TYPES.contains(o.values().get(OPERATION_TYPE))).toList();
        boardings.stream().filter(o -> !o.values().get(JOINT_OPERATION_ID).isEmpty()).forEach(o -> boardingTeams
                .computeIfAbsent(o.values().get(JOINT_OPERATION_ID), k -> new HashSet<>()).add(o.values().get(AGENCY_ID)));
        for (CheckedRow o : boardings) {
            assertTrue(!"PRIVATE".equals(level(o)), o.line());
            String agency = o.values().get(AGENCY_ID);
            if (!agency.equals(VesselTraffic.USCG) && !agency.equals(VesselTraffic.CBP)) {
                assertTrue(boardingTeams.getOrDefault(o.values().get(JOINT_OPERATION_ID), Set.of())
                        .contains(VesselTraffic.USCG), o.line());
            }
        }
        assertTrue(screenings.stream().noneMatch(s -> "PRIVATE".equals(level(s))));
        // TSA and the FBI act, rarely and in their roles
        Map<String, Set<String>> typesOf = new HashMap<>();
        operations.forEach(o -> typesOf.computeIfAbsent(o.values().get(AGENCY_ID), k -> new HashSet<>())
                .add(o.values().get(OPERATION_TYPE)));
        assertEquals(Set.of("SHORESIDE_PATROL"), typesOf.get("TSA"));
        assertEquals(Set.of("SECURITY_BOARDING"), typesOf.get("FBI"));
        long federalAgencies = operations.stream().filter(o -> Set.of("TSA", "FBI").contains(o.values().get(AGENCY_ID)))
                .count();
        assertTrue(federalAgencies > 0 && federalAgencies < 0.01 * operations.size(), "TSA and FBI: " + federalAgencies);
    }

    @Test
    void highRiskVesselsAreAlmostAlwaysBoardedAndTheMissesClusterInAFewZones() {
        Set<String> high = screenings.stream().filter(s -> s.values().get(RISK_LEVEL).equals("HIGH"))
                .map(s -> s.values().get(ARRIVAL_ID)).collect(Collectors.toSet());
        Set<String> boarded = operations.stream().filter(o -> BOARDING_TYPES.contains(o.values().get(OPERATION_TYPE))
                && o.values().get(STATUS).equals(Enums.EXECUTED)).map(o -> o.values().get(ARRIVAL_ID))
                .collect(Collectors.toSet());
        Map<String, String> iocOfArrival = iocOfArrival();
        Map<String, Long> missesByIoc = high.stream().filter(a -> !boarded.contains(a))
                .collect(Collectors.groupingBy(iocOfArrival::get, Collectors.counting()));
        long misses = missesByIoc.values().stream().mapToLong(Long::longValue).sum();
        double share = 1 - (double) misses / high.size();
        assertTrue(share >= HIGH_RISK_BOARDED_MIN && share <= HIGH_RISK_BOARDED_MAX,
                "HIGH-risk boarded share " + share + " of " + high.size());
        long worstFive = missesByIoc.values().stream().sorted(Comparator.reverseOrder()).limit(5)
                .mapToLong(Long::longValue).sum();
        assertTrue(worstFive >= 0.5 * misses, "misses by IOC: " + missesByIoc);
    }

    @Test
    void duluthIsAlmostClosedInWinter() {
        ZoneId zone = ZoneId.of("America/Chicago");
        Map<Integer, Long> byMonth = arrivals.stream().filter(a -> a.values().get(PORT_CODE).equals("USDLH"))
                .collect(Collectors.groupingBy(a -> a.instant(ARRIVED_AT).atZone(zone).getMonthValue(),
                        Collectors.counting()));
        double winter = (byMonth.getOrDefault(1, 0L) + byMonth.getOrDefault(2, 0L) + byMonth.getOrDefault(3, 0L)) / 3.0;
        double summer = (byMonth.get(7) + byMonth.get(8)) / 2.0;
        assertTrue(summer > 30 && winter < DULUTH_WINTER_SHARE_MAX * summer, "Duluth by month: " + byMonth);
    }

    @Test
    void busyZonesArePatrolledLongerThanQuietOnes() {
        Map<String, Double> patrolHours = new HashMap<>();
        for (CheckedRow o : operations) {
            if (Enums.PATROL_TYPES.contains(o.values().get(OPERATION_TYPE)) && o.values().get(STATUS).equals(Enums.EXECUTED)) {
                double hours = Duration.between(o.instant(ACTUAL_START), o.instant(ACTUAL_END)).toMinutes() / 60.0;
                patrolHours.merge(o.values().get(IOC_ID), hours, Double::sum);
            }
        }
        List<Ioc> byTraffic = new ArrayList<>(reference.iocs());
        byTraffic.sort(Comparator.comparingDouble(Ioc::annualVisits).reversed());
        double leastOfBusiest = byTraffic.subList(0, 10).stream().mapToDouble(i -> patrolHours.get(i.id())).min().orElseThrow();
        double mostOfQuietest = byTraffic.subList(byTraffic.size() - 10, byTraffic.size()).stream()
                .mapToDouble(i -> patrolHours.get(i.id())).max().orElseThrow();
        assertTrue(leastOfBusiest > mostOfQuietest, "patrol hours by IOC: " + patrolHours);
    }

    @Test
    void noticesOfArrivalComeFromForeignFlagAndLargeVesselsOnly() {
        long due = 0;
        long filed = 0;
        for (CheckedRow a : arrivals) {
            String tonnage = a.values().get(GROSS_TONNAGE);
            if (tonnage.isEmpty()) {
                continue; // a small craft whose tonnage the extract lacks
            }
            boolean files = VesselTraffic.filesNotice("US".equals(a.values().get(FLAG_STATE)), Long.parseLong(tonnage));
            boolean notice = !a.values().get(NOA_RECEIVED_AT).isEmpty();
            assertTrue(files || !notice, a.line());
            due += files ? 1 : 0;
            filed += files && notice ? 1 : 0;
        }
        assertTrue(filed >= 0.97 * due, filed + " of " + due + " due notices filed");
    }

    @Test
    void lastPortsAreInTheSameRegionOrATradingPartner() {
        Map<String, String> regionOfPort = new HashMap<>();
        reference.iocs().forEach(i -> i.ports().forEach(p -> regionOfPort.put(p.code(), i.region())));
        Map<String, String> iocOfArrival = iocOfArrival();
        Map<String, String> regionOfIoc = reference.iocs().stream().collect(Collectors.toMap(Ioc::id, Ioc::region));
        Map<String, List<CheckedRow>> callsOfVessel = callsByImo();
        for (CheckedRow a : arrivals) {
            String region = regionOfIoc.get(iocOfArrival.get(a.id()));
            String last = a.values().get(LAST_PORT_CODE);
            boolean previousCallOfAString = callsOfVessel.getOrDefault(a.values().get(IMO_NUMBER), List.of()).stream()
                    .anyMatch(c -> c.values().get(PORT_CODE).equals(last) && c.instant(ARRIVED_AT).isBefore(a.instant(ARRIVED_AT))
                            && c.instant(ARRIVED_AT).isAfter(a.instant(ARRIVED_AT).minus(Duration.ofDays(7))));
            boolean plausible = regionOfPort.containsKey(last) ? region.equals(regionOfPort.get(last)) || previousCallOfAString
                    : reference.foreignPortsByRegion().getOrDefault(region, List.of()).contains(last);
            assertTrue(plausible, region + ": " + a.line());
        }
    }

    @Test
    void theRosterHoldsEveryActingAgencyAndMostPortPartnersNeverAct() {
        List<CheckedRow> entries = drop.rows.get(Source.PARTICIPANTS);
        assertTrue(entries.size() > 41 * 10, "roster entries: " + entries.size());
        Map<String, Set<String>> active = new HashMap<>();
        Map<String, String> iocOfArrival = iocOfArrival();
        screenings.forEach(s -> active.computeIfAbsent(iocOfArrival.get(s.values().get(ARRIVAL_ID)), k -> new HashSet<>())
                .add(s.values().get(AGENCY_ID)));
        operations.stream().filter(o -> o.values().get(STATUS).equals(Enums.EXECUTED)).forEach(o -> active
                .computeIfAbsent(o.values().get(IOC_ID), k -> new HashSet<>()).add(o.values().get(AGENCY_ID)));
        Map<String, Set<String>> roster = new HashMap<>();
        for (CheckedRow entry : entries) {
            assertTrue(entry.reasons().isEmpty(), entry.line());
            assertTrue(roster.computeIfAbsent(entry.values().get(IOC_ID), k -> new HashSet<>()).add(entry.values().get(AGENCY_ID)),
                    "listed twice: " + entry.line());
        }
        active.forEach((ioc, agencies) -> assertTrue(roster.get(ioc).containsAll(agencies), ioc + " acts outside its roster"));
        long partners = 0;
        long inactive = 0;
        for (Map.Entry<String, Set<String>> ioc : roster.entrySet()) {
            List<String> portPartners = ioc.getValue().stream()
                    .filter(a -> !"FEDERAL".equals(reference.agencyLevels().get(a))).toList();
            long never = portPartners.stream().filter(a -> !active.getOrDefault(ioc.getKey(), Set.of()).contains(a)).count();
            double share = (double) never / portPartners.size();
            assertTrue(share >= INACTIVE_PORT_PARTNERS_MIN && share <= INACTIVE_PORT_PARTNERS_MAX,
                    ioc.getKey() + ": " + never + " of " + portPartners.size() + " port partners never act");
            partners += portPartners.size();
            inactive += never;
        }
        double national = (double) inactive / partners;
        assertTrue(national >= INACTIVE_PORT_PARTNERS_NATIONAL_MIN && national <= INACTIVE_PORT_PARTNERS_NATIONAL_MAX,
                "port partners that never act: " + inactive + " of " + partners);
    }

    @Test
    void patrolPlansArePostedForTheTwoWeeksAfterTheEndAndNoneIsExecuted() {
        Map<String, List<CheckedRow>> ahead = new HashMap<>();
        for (CheckedRow o : operations) {
            ZoneId zone = ZoneId.of(drop.iocZones.get(o.values().get(IOC_ID)));
            LocalDate planned = o.instant(PLANNED_START).atZone(zone).toLocalDate();
            if (planned.isAfter(TO)) {
                assertTrue(!planned.isAfter(TO.plusDays(Generator.PLAN_AHEAD_DAYS)), o.line());
                assertTrue(!o.values().get(STATUS).equals(Enums.EXECUTED) && o.values().get(ACTUAL_START).isEmpty(), o.line());
                assertTrue(!o.instant(UPDATED_AT).isAfter(TO.plusDays(1).atStartOfDay(zone).toInstant()), o.line());
                ahead.computeIfAbsent(o.values().get(IOC_ID), k -> new ArrayList<>()).add(o);
            }
        }
        assertEquals(drop.iocZones.keySet(), ahead.keySet(), "every IOC posts a plan");
        List<CheckedRow> plan = ahead.values().stream().flatMap(List::stream)
                .filter(o -> o.values().get(STATUS).equals(IocDay.PLANNED)).toList();
        long patrols = plan.stream().filter(o -> Enums.PATROL_TYPES.contains(o.values().get(OPERATION_TYPE))).count();
        assertTrue(patrols > 0.8 * plan.size(), patrols + " patrols in a plan of " + plan.size());
        // two agencies planning the same patrol in the same area at overlapping times, each on its own
        Map<String, List<CheckedRow>> byArea = plan.stream().filter(o -> !o.values().get(AREA_CODE).isEmpty())
                .collect(Collectors.groupingBy(o -> o.values().get(IOC_ID) + "|" + o.values().get(OPERATION_TYPE) + "|"
                        + o.values().get(AREA_CODE)));
        long overlaps = byArea.values().stream().mapToLong(GeneratorRealismTest::overlappingPairs).sum();
        assertTrue(overlaps > 10, "planned overlaps: " + overlaps);
        // the zones without a night shift leave their small hours unplanned
        long iocsWithoutNightPlan = ahead.entrySet().stream().filter(e -> e.getValue().stream()
                .noneMatch(o -> Enums.PATROL_TYPES.contains(o.values().get(OPERATION_TYPE))
                        && coversThreeInTheMorning(o, ZoneId.of(drop.iocZones.get(e.getKey()))))).count();
        assertTrue(iocsWithoutNightPlan >= 5, "IOCs with no patrol planned at 03:00: " + iocsWithoutNightPlan);
    }

    private static boolean coversThreeInTheMorning(CheckedRow o, ZoneId zone) {
        for (Instant t = o.instant(PLANNED_START); t.isBefore(o.instant(PLANNED_END)); t = t.plus(Duration.ofMinutes(30))) {
            if (t.atZone(zone).getHour() == 3) {
                return true;
            }
        }
        return false;
    }

    /** Pairs of operations by different effort keys whose planned intervals overlap. */
    private static long overlappingPairs(List<CheckedRow> ops) {
        long pairs = 0;
        for (int i = 0; i < ops.size(); i++) {
            for (int j = i + 1; j < ops.size(); j++) {
                CheckedRow a = ops.get(i);
                CheckedRow b = ops.get(j);
                boolean sameEffort = effortKey(a).equals(effortKey(b));
                if (!sameEffort && a.instant(PLANNED_START).isBefore(b.instant(PLANNED_END))
                        && b.instant(PLANNED_START).isBefore(a.instant(PLANNED_END))) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static String effortKey(CheckedRow o) {
        String joint = o.values().get(JOINT_OPERATION_ID);
        return joint.isEmpty() ? "solo:" + o.values().get(AGENCY_ID) : joint;
    }

    @Test
    void aShareOfExecutedOperationsRunsOffTheirPlan() {
        List<CheckedRow> executed = operations.stream().filter(o -> o.values().get(STATUS).equals(Enums.EXECUTED)).toList();
        long drifted = 0;
        long elsewhereInTheDay = 0;
        for (CheckedRow o : executed) {
            long minutes = Math.abs(Duration.between(o.instant(PLANNED_START), o.instant(ACTUAL_START)).toMinutes());
            drifted += minutes >= 15 ? 1 : 0;
            elsewhereInTheDay += minutes >= 8 * 60 ? 1 : 0;
        }
        double share = (double) drifted / executed.size();
        assertTrue(share >= DRIFTED_MIN && share <= DRIFTED_MAX, drifted + " of " + executed.size() + " off their plan");
        assertTrue(elsewhereInTheDay > 0.005 * executed.size(), elsewhereInTheDay + " run at another time altogether");
    }

    @Test
    void vesselsCallAtSeveralUsPortsWithinAMonthAndAFewAreBoardedAgain() {
        Map<String, String> iocOfPort = new HashMap<>();
        reference.iocs().forEach(i -> i.ports().forEach(p -> iocOfPort.put(p.code(), i.id())));
        long stringsOfThreeIocs = callsByImo().values().stream().filter(calls -> {
            for (int i = 0; i + 2 < calls.size(); i++) {
                Set<String> iocs = new HashSet<>();
                for (int k = i; k <= i + 2; k++) {
                    iocs.add(iocOfPort.get(calls.get(k).values().get(PORT_CODE)));
                }
                if (iocs.size() == 3 && Duration.between(calls.get(i).instant(ARRIVED_AT),
                        calls.get(i + 2).instant(ARRIVED_AT)).toDays() < 30) {
                    return true;
                }
            }
            return false;
        }).count();
        assertTrue(stringsOfThreeIocs > 30, "vessels calling in three IOCs within 30 days: " + stringsOfThreeIocs);

        Set<String> boarded = operations.stream().filter(o -> BOARDING_TYPES.contains(o.values().get(OPERATION_TYPE))
                && o.values().get(STATUS).equals(Enums.EXECUTED)).map(o -> o.values().get(ARRIVAL_ID))
                .collect(Collectors.toSet());
        long boardedWithImo = 0;
        long repeats = 0;
        for (List<CheckedRow> calls : callsByImo().values()) {
            List<CheckedRow> boardedCalls = calls.stream().filter(c -> boarded.contains(c.id())).toList();
            for (int i = 0; i < boardedCalls.size(); i++) {
                boardedWithImo++;
                if (i > 0 && Duration.between(boardedCalls.get(i - 1).instant(ARRIVED_AT),
                        boardedCalls.get(i).instant(ARRIVED_AT)).toHours() <= 720) {
                    repeats++;
                }
            }
        }
        assertTrue(repeats > 0 && repeats < 0.35 * boardedWithImo, repeats + " repeat boardings of " + boardedWithImo);
    }

    /** Arrivals with an IMO number per vessel, in order of arrival. */
    private static Map<String, List<CheckedRow>> callsByImo() {
        Map<String, List<CheckedRow>> calls = arrivals.stream().filter(a -> !a.values().get(IMO_NUMBER).isEmpty())
                .collect(Collectors.groupingBy(a -> a.values().get(IMO_NUMBER)));
        calls.values().forEach(c -> c.sort(Comparator.comparing(a -> a.instant(ARRIVED_AT))));
        return calls;
    }

    private static Map<String, String> iocOfArrival() {
        Map<String, String> iocOfPort = new HashMap<>();
        reference.iocs().forEach(i -> i.ports().forEach(p -> iocOfPort.put(p.code(), i.id())));
        return arrivals.stream().collect(Collectors.toMap(CheckedRow::id, a -> iocOfPort.get(a.values().get(PORT_CODE))));
    }
}
