package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
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

    @TempDir
    static Path temp;
    private static ReferenceData reference;
    private static List<CheckedRow> arrivals;
    private static List<CheckedRow> screenings;
    private static List<CheckedRow> operations;

    @BeforeAll
    static void generateWinterAndSummer() throws IOException {
        reference = ReferenceData.load();
        Path out = temp.resolve("fy");
        new Generator(reference).run(new Generator.Options(out, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 8, 31),
                0.5, 11, false), new PrintStream(new ByteArrayOutputStream()));
        DropChecker drop = new DropChecker(out);
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
        for (CheckedRow a : arrivals) {
            String region = regionOfIoc.get(iocOfArrival.get(a.id()));
            String last = a.values().get(LAST_PORT_CODE);
            boolean plausible = regionOfPort.containsKey(last) ? region.equals(regionOfPort.get(last))
                    : reference.foreignPortsByRegion().getOrDefault(region, List.of()).contains(last);
            assertTrue(plausible, region + ": " + a.line());
        }
    }

    private static Map<String, String> iocOfArrival() {
        Map<String, String> iocOfPort = new HashMap<>();
        reference.iocs().forEach(i -> i.ports().forEach(p -> iocOfPort.put(p.code(), i.id())));
        return arrivals.stream().collect(Collectors.toMap(CheckedRow::id, a -> iocOfPort.get(a.values().get(PORT_CODE))));
    }
}
