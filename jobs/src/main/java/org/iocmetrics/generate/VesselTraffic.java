package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Source;
import org.iocmetrics.generate.ReferenceData.Port;
import org.iocmetrics.generate.ReferenceData.Role;
import org.iocmetrics.generate.ReferenceData.Vessel;

/**
 * Vessel arrivals of one IOC-day, the screenings partner agencies made on them and the
 * vessel-specific operations (boardings, cargo exams, escorts) that followed.
 *
 * <p>Some foreign-flag container ships and tankers run coastwise strings (New York, Norfolk, Charleston,
 * Savannah, ...), so the same vessel calls at several US ports within days, in several IOCs.
 *
 * <p>Volumes follow each port's calibrated traffic (scale 1 = port-traffic.csv's annual arrivals), its
 * region's months (seasons.csv) and storm closures, a weekly rhythm and a daylight-heavy diurnal one.
 * Foreign-flag vessels and vessels over 300 GT file a Notice of Arrival, which the Coast Guard screens;
 * small domestic craft file none and are rarely screened. Risk comes from the vessel (flag's port-state
 * control tier, detention history, certain dangerous cargo, large passenger ships, a foreign last port);
 * decisions follow risk and each agency's role; HIGH-risk vessels are boarded unless the IOC misses them.
 */
final class VesselTraffic {
    static final String USCG = "USCG";
    static final String CBP = "CBP";
    private static final String HSI = "HSI";
    private static final String FBI = "FBI";
    private static final String SECURITY_BOARDING = "SECURITY_BOARDING";
    private static final String CARGO_EXAM = "CARGO_EXAM";
    private static final String VESSEL_ESCORT = "VESSEL_ESCORT";
    private static final String TANKER = "TANKER";
    private static final String PASSENGER = "PASSENGER";
    private static final String CARGO = "CARGO";
    private static final String HIGH = "HIGH";
    private static final String BOARD = "BOARD";
    static final long NOTICE_TONNAGE = 300;
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** Monday .. Sunday; averages 1. */
    private static final double[] WEEKDAY = {1.1, 1.1, 1.05, 1.05, 1.0, 0.9, 0.8};
    /** Arrivals by local hour: few at night, most with daylight and pilots. */
    private static final double[] HOURS = {2, 1.5, 1.5, 1.5, 2, 3, 5, 6, 6, 5.5, 5, 4.5,
                                           4.5, 5, 5.5, 5.5, 5, 4.5, 4, 3.5, 3, 2.5, 2.5, 2};
    private static final List<String> TYPES = Enums.VESSEL_TYPES;
    /** Vessel-type shares per port class, in the order of {@link Enums#VESSEL_TYPES}. */
    private static final Map<Character, double[]> TYPE_MIX = Map.of(
            'C', new double[] {42, 24, 7, 5, 12, 3, 2, 5},
            'L', new double[] {50, 8, 6, 4, 20, 5, 2, 5},
            'I', new double[] {3, 6, 4, 1, 78, 2, 2, 4});
    /** Regions whose ports close for tropical storms in the hurricane season (port condition ZULU). */
    private static final Set<String> HURRICANE_REGIONS = Set.of("GULF", "SOUTH_ATLANTIC", "CARIBBEAN");
    private static final long STORMS = 4;
    private static final long COASTWISE = 6;

    /**
     * A liner string that calls at several US ports on one voyage, sailing once a week from its first port:
     * the ports in order, days at sea before each call after the first, the vessel type and how many vessels
     * rotate on it (one voyage a week each, so a vessel is back after that many weeks).
     */
    private record Service(List<String> ports, int[] daysBetween, String type, int vessels) {
        /** Days from sailing from the first port to the call at the k-th. */
        int offset(int k) {
            int days = 0;
            for (int i = 0; i < k; i++) {
                days += daysBetween[i];
            }
            return days;
        }
    }

    /** Coastwise strings of the kind the big carriers run along each coast. */
    private static final List<Service> SERVICES = List.of(
            new Service(List.of("USNYC", "USORF", "USCHS", "USSAV", "USJAX"), new int[] {2, 1, 1, 1}, CARGO, 6),
            new Service(List.of("USBOS", "USNYC", "USBAL", "USORF", "USSAV", "USMIA"), new int[] {1, 2, 1, 2, 2}, CARGO, 7),
            new Service(List.of("USHOU", "USMSY", "USMOB", "USTPA"), new int[] {2, 1, 2}, CARGO, 5),
            new Service(List.of("USCRP", "USHOU", "USMSY"), new int[] {1, 2}, TANKER, 5),
            new Service(List.of("USLAX", "USOAK", "USPDX", "USSEA"), new int[] {2, 2, 1}, CARGO, 6),
            new Service(List.of("USLGB", "USOAK", "USTIW"), new int[] {2, 3}, CARGO, 6));

    private final ReferenceData reference;
    private final double scale;
    private final long seed;
    private final Map<String, List<Vessel>> usFleet = new HashMap<>();
    private final Map<String, List<Vessel>> foreignFleet = new HashMap<>();
    private final Map<String, List<String>> portsByRegion = new HashMap<>();
    private final List<String> regions;
    /** Per service, the vessels that rotate on it. */
    private final List<List<Vessel>> serviceVessels = new ArrayList<>();
    /** Per port code, the services calling there with the port's place in them ({service, k}). */
    private final Map<String, List<int[]>> callsAt = new HashMap<>();

    VesselTraffic(ReferenceData reference, double scale, long seed) {
        this.reference = reference;
        this.scale = scale;
        this.seed = seed;
        for (Vessel v : reference.fleet()) {
            (v.usFlag() ? usFleet : foreignFleet).computeIfAbsent(v.type(), k -> new ArrayList<>()).add(v);
        }
        reference.iocs().forEach(i -> i.ports().forEach(p ->
                portsByRegion.computeIfAbsent(i.region(), k -> new ArrayList<>()).add(p.code())));
        regions = reference.iocs().stream().map(ReferenceData.Ioc::region).distinct().sorted().toList();
        for (int s = 0; s < SERVICES.size(); s++) {
            Service service = SERVICES.get(s);
            List<Vessel> pool = foreignFleet.get(service.type());
            SplittableRandom rng = Seeds.stream(seed, COASTWISE, s);
            List<Vessel> vessels = new ArrayList<>();
            while (vessels.size() < service.vessels()) {
                Vessel v = pool.get(rng.nextInt(pool.size()));
                if (!vessels.contains(v)) {
                    vessels.add(v);
                }
            }
            serviceVessels.add(vessels);
            for (int k = 0; k < service.ports().size(); k++) {
                callsAt.computeIfAbsent(service.ports().get(k), c -> new ArrayList<>()).add(new int[] {s, k});
            }
        }
    }

    void generate(IocDay day) {
        DayOfWeek dow = day.date.getDayOfWeek();
        double season = reference.seasonsByRegion().get(day.ioc.region())[day.date.getMonthValue() - 1]
                * storm(day.ioc.region(), day.date);
        for (Port port : day.ioc.ports()) {
            List<int[]> services = callsAt.getOrDefault(port.code(), List.of());
            // the strings' calls are part of the port's traffic, not on top of it
            double mean = Math.max(0, scale * port.annualVisits() / 365.25 * WEEKDAY[dow.getValue() - 1] * season
                    - services.size() / 7.0);
            int count = Seeds.poisson(day.rng, mean);
            String stem = "ARR-" + port.code() + "-" + ID_DATE.format(day.date) + "-";
            for (int n = 1; n <= count; n++) {
                arrival(day, port, stem + n, vessel(day, port), null);
            }
            for (int[] call : services) {
                Service service = SERVICES.get(call[0]);
                long sailed = day.date.toEpochDay() - service.offset(call[1]);
                if (Math.floorMod(sailed + call[0], 7) == 0) { // each string sails on its own weekday
                    Vessel vessel = serviceVessels.get(call[0]).get(Math.floorMod(Math.floorDiv(sailed, 7), service.vessels()));
                    arrival(day, port, stem + (++count), vessel, call[1] == 0 ? null : service.ports().get(call[1] - 1));
                }
            }
        }
    }

    /**
     * Traffic factor of a storm: in hurricane regions, each season brings zero to two storms between
     * mid-August and mid-October that close the region's ports for two to three days, then a slow restart.
     */
    private double storm(String region, LocalDate date) {
        if (!HURRICANE_REGIONS.contains(region) || date.getMonthValue() < 8 || date.getMonthValue() > 10) {
            return 1;
        }
        SplittableRandom rng = Seeds.stream(seed, STORMS, regions.indexOf(region), date.getYear());
        int storms = Seeds.weighted(rng, new double[] {3, 4, 3});
        double factor = 1;
        for (int s = 0; s < storms; s++) {
            LocalDate landfall = LocalDate.of(date.getYear(), 8, 15).plusDays(rng.nextInt(60));
            int closed = 2 + rng.nextInt(2);
            long days = date.toEpochDay() - landfall.toEpochDay();
            if (days >= 0 && days < closed) {
                factor = Math.min(factor, 0.1);
            } else if (days >= closed && days < closed + 3) {
                factor = Math.min(factor, 0.6);
            }
        }
        return factor;
    }

    private Vessel vessel(IocDay day, Port port) {
        String type = TYPES.get(Seeds.weighted(day.rng, TYPE_MIX.get(port.portClass())));
        boolean oceangoing = type.equals(CARGO) || type.equals(TANKER) || type.equals(PASSENGER);
        double usShare = !oceangoing ? 1 : port.portClass() == 'I' ? 1 : type.equals(PASSENGER) ? 0.35 : 0.1;
        List<Vessel> pool = Seeds.chance(day.rng, usShare) ? usFleet.get(type) : foreignFleet.get(type);
        if (pool == null) {
            pool = usFleet.containsKey(type) ? usFleet.get(type) : foreignFleet.get(type);
        }
        return pool.get(day.rng.nextInt(pool.size()));
    }

    /** Whether a vessel files a Notice of Arrival: foreign-flag vessels and vessels over 300 GT do. */
    static boolean filesNotice(boolean usFlag, long grossTonnage) {
        return !usFlag || grossTonnage > NOTICE_TONNAGE;
    }

    /** @param previousCall the US port the vessel comes from on a coastwise string; null: a voyage of its own */
    private void arrival(IocDay day, Port port, String arrivalId, Vessel vessel, String previousCall) {
        var rng = day.rng;
        String type = vessel.type();
        double hour = Seeds.weighted(rng, HOURS) + rng.nextDouble();
        Instant arrived = day.hoursIntoDay(hour);
        List<String> tradingPartners = reference.foreignPortsByRegion().getOrDefault(day.ioc.region(), List.of());
        boolean foreignVoyage = previousCall == null && !tradingPartners.isEmpty() && (!vessel.usFlag()
                ? Seeds.chance(rng, 0.88) : Seeds.chance(rng, type.equals(CARGO) || type.equals(TANKER) ? 0.3 : 0.02));
        String lastPort = previousCall != null ? previousCall : foreignVoyage
                ? tradingPartners.get(rng.nextInt(tradingPartners.size())) : domesticLastPort(day, port);
        Instant noa = null;
        if (filesNotice(vessel.usFlag(), vessel.grossTonnage()) && !Seeds.chance(rng, 0.01)) {
            double lead = Seeds.chance(rng, 0.15) ? Seeds.between(rng, 24, 30)
                    : Math.min(130, Math.max(30, 96 + 10 * rng.nextGaussian()));
            noa = Timestamps.plusHours(arrived, -lead);
        }
        double stay = switch (type) {
            case CARGO -> Seeds.between(rng, 12, 48);
            case TANKER -> Seeds.between(rng, 24, 60);
            case PASSENGER -> Seeds.between(rng, 8, 14);
            case "TUG_TOW" -> Seeds.between(rng, 2, 24);
            default -> Seeds.between(rng, 4, 72);
        };
        Instant departed = Timestamps.plusHours(arrived, stay);
        if (departed.isAfter(day.asOf)) {
            departed = null;
        }
        boolean dangerousCargo = type.equals(TANKER) ? Seeds.chance(rng, 0.6) : type.equals(CARGO) && Seeds.chance(rng, 0.08);
        boolean bigPassenger = type.equals(PASSENGER) && vessel.grossTonnage() >= 20000;
        boolean smallCraft = vessel.imo().isEmpty();
        Row row = new Row(Source.ARRIVALS)
                .set(ARRIVAL_ID, arrivalId)
                .set(PORT_CODE, port.code())
                .set(IMO_NUMBER, vessel.imo().isEmpty() ? null : vessel.imo())
                .set(MMSI, vessel.mmsi())
                .set(VESSEL_NAME, vessel.name())
                .set(FLAG_STATE, vessel.flag())
                .set(VESSEL_TYPE, type)
                .set(GROSS_TONNAGE, smallCraft && Seeds.chance(rng, 0.2) ? null : vessel.grossTonnage())
                .set(NOA_RECEIVED_AT, day.ts(noa))
                .set(ARRIVED_AT, day.ts(arrived))
                .set(DEPARTED_AT, day.ts(departed))
                .set(LAST_PORT_CODE, lastPort)
                .set(CERTAIN_DANGEROUS_CARGO, smallCraft && Seeds.chance(rng, 0.1) ? null : dangerousCargo)
                .set(HIGH_CAPACITY_PASSENGER, smallCraft && Seeds.chance(rng, 0.1) ? null : bigPassenger)
                .set(UPDATED_AT, day.ts(day.updatedAfter(departed != null ? departed : arrived, 36)));
        day.out.add(row);

        double risk = reference.flagRiskTiers().getOrDefault(vessel.flag(), 0) * 1.2
                + (dangerousCargo && type.equals(TANKER) ? 1.0 : 0)
                + (bigPassenger ? 0.8 : 0)
                + vessel.priorDetentions() * 0.9
                + (foreignVoyage ? 0.3 : 0)
                + 0.6 * rng.nextGaussian();
        boolean night = hour < 6 || hour >= 20;
        List<String[]> decisions = screenings(day, arrivalId, arrived, noa, foreignVoyage || !vessel.usFlag(),
                type.equals("FISHING"), risk);
        boardings(day, arrivalId, arrived, foreignVoyage, level(risk), night, decisions);
        if (dangerousCargo && type.equals(TANKER) || bigPassenger) {
            escort(day, arrivalId, arrived, type.equals(TANKER));
        }
    }

    /** A previous port in the same region (the same river system, coast or lakes), not the port itself. */
    private String domesticLastPort(IocDay day, Port port) {
        List<String> near = portsByRegion.get(day.ioc.region());
        String last = near.get(day.rng.nextInt(near.size()));
        return last.equals(port.code()) && near.size() > 1 ? near.get(day.rng.nextInt(near.size())) : last;
    }

    private static String level(double risk) {
        return risk > 2.8 ? HIGH : risk > 1.4 ? "MEDIUM" : "LOW";
    }

    /** Writes the arrival's screenings; returns each as {agency, risk level, decision}. */
    private List<String[]> screenings(IocDay day, String arrivalId, Instant arrived, Instant noa, boolean foreign,
                                      boolean fishing, double risk) {
        var rng = day.rng;
        List<String> agencies = new ArrayList<>();
        // the Coast Guard screens every Notice of Arrival; a craft that files none is screened only when noticed
        if (Seeds.chance(rng, noa != null ? 0.99 : 0.06)) {
            agencies.add(USCG);
        }
        if (foreign && Seeds.chance(rng, 0.95)) {
            agencies.add(CBP);
        }
        if (foreign && Seeds.chance(rng, risk > 2.5 ? 0.15 : 0.005) && day.ioc.agencies().contains(HSI)) {
            agencies.add(HSI);
        }
        if (risk > 3.2 && Seeds.chance(rng, 0.05) && day.ioc.agencies().contains(FBI)) {
            agencies.add(FBI);
        }
        if (fishing && Seeds.chance(rng, 0.2)) {
            reference.mayDo(day.ioc, Role.SCREEN).stream().filter(a -> !a.equals(USCG) && !a.equals(CBP)
                    && !a.equals(HSI) && !a.equals(FBI)).findFirst().ifPresent(agencies::add);
        }
        List<String[]> decisions = new ArrayList<>();
        String stem = arrivalId.replaceFirst("^ARR-", "SCR-") + "-";
        for (String agency : agencies) {
            Instant screened;
            if (Seeds.chance(rng, day.profile.timeliness())) {
                screened = noa != null
                        ? Timestamps.plusHours(noa, Seeds.between(rng, 0.5, Math.max(1, hours(noa, arrived) - 0.5)))
                        : Timestamps.plusHours(arrived, -Seeds.between(rng, 0.5, 12));
            } else {
                screened = Timestamps.plusHours(arrived, Seeds.between(rng, 0.25, 30));
            }
            if (screened.isAfter(day.asOf)) {
                continue;
            }
            String level = level(risk + 0.35 * rng.nextGaussian());
            String decision = decide(day, agency, level);
            double sharing = agency.equals(USCG) ? Math.min(0.99, day.profile.sharing() + 0.05) : day.profile.sharing();
            day.out.add(new Row(Source.SCREENINGS)
                    .set(SCREENING_ID, stem + (decisions.size() + 1))
                    .set(ARRIVAL_ID, arrivalId)
                    .set(AGENCY_ID, agency)
                    .set(SCREENED_AT, day.ts(screened))
                    .set(RISK_LEVEL, level)
                    .set(DECISION, decision)
                    .set(SHARED_WITH_IOC, Seeds.chance(rng, sharing))
                    .set(UPDATED_AT, day.ts(day.updatedAfter(screened, 12))));
            decisions.add(new String[] {agency, level, decision});
        }
        return decisions;
    }

    /**
     * The Coast Guard boards (a HIGH-risk vessel almost always: Priority I), CBP examines cargo, HSI and
     * the FBI ask to board only the worst; fisheries officers only watch.
     */
    private static String decide(IocDay day, String agency, String level) {
        double[] weights; // BOARD, EXAMINE, MONITOR, NO_ACTION
        if (agency.equals(USCG)) {
            weights = switch (level) {
                case HIGH -> new double[] {96, 0, 4, 0};
                case "MEDIUM" -> new double[] {8, 0, 52, 40};
                default -> new double[] {1, 0, 9, 90};
            };
        } else if (agency.equals(CBP)) {
            weights = switch (level) {
                case HIGH -> new double[] {5, 85, 10, 0};
                case "MEDIUM" -> new double[] {0, 10, 50, 40};
                default -> new double[] {0, 2, 8, 90};
            };
        } else if (agency.equals(HSI) || agency.equals(FBI)) {
            weights = level.equals(HIGH) ? new double[] {40, 0, 60, 0} : new double[] {0, 0, 50, 50};
        } else {
            weights = new double[] {0, 0, 40, 60};
        }
        return Enums.DECISIONS.get(Seeds.weighted(day.rng, weights));
    }

    /**
     * The boardings and exams that follow the decisions. The Coast Guard leads boardings and CBP leads
     * exams; HSI, the FBI and partner police only join the Coast Guard's boarding team. The two leads
     * work as one joint operation as far as the IOC coordinates them; where they do not, CBP's own exam of
     * a vessel the Coast Guard boards is a duplicate boarding.
     */
    private void boardings(IocDay day, String arrivalId, Instant arrived, boolean foreign, String trueLevel,
                           boolean night, List<String[]> decisions) {
        var rng = day.rng;
        boolean highRisk = decisions.stream().anyMatch(d -> d[1].equals(HIGH));
        double carriedOut = highRisk ? 1 - day.profile.highRiskMiss() * (night ? 3 : 1) : day.profile.followThrough();
        boolean coastGuard = false;
        boolean customs = false;
        List<String> joiners = new ArrayList<>();
        for (String[] d : decisions) {
            if (!Enums.TARGETING_DECISIONS.contains(d[2])) {
                continue;
            }
            if (d[0].equals(CBP)) {
                customs = true;
            } else {
                coastGuard = true;
                if (!d[0].equals(USCG)) {
                    joiners.add(d[0]);
                }
            }
        }
        coastGuard |= highRisk; // a HIGH risk from any agency puts the vessel on the Coast Guard's boarding list
        boolean targeted = coastGuard || customs;
        if (targeted && !Seeds.chance(rng, carriedOut)) {
            if (Seeds.chance(rng, 0.5)) { // planned, then dropped; otherwise never scheduled at all
                Instant planned = Timestamps.plusHours(arrived, Seeds.between(rng, 0.25, 8));
                day.operation(coastGuard ? SECURITY_BOARDING : CARGO_EXAM, coastGuard ? USCG : CBP, arrivalId, null,
                        planned, hoursOf(SECURITY_BOARDING, rng), crew(USCG, rng), null, 0, 1);
            }
            return;
        }
        if (!targeted) {
            if (Seeds.chance(rng, 0.02)) {
                coastGuard = true; // random, untargeted security boarding
            } else if (foreign && Seeds.chance(rng, 0.015)) {
                customs = true;
            }
        }
        if (!coastGuard && !customs) {
            return;
        }
        if (coastGuard && !customs && foreign && Seeds.chance(rng, day.profile.duplication())) {
            customs = true; // CBP's own targeting picks the same vessel
        }
        if (coastGuard && Seeds.chance(rng, 0.08)) {
            List<String> police = reference.mayDo(day.ioc, SECURITY_BOARDING).stream()
                    .filter(a -> !a.equals(USCG) && !a.equals(CBP) && !joiners.contains(a)).toList();
            if (!police.isEmpty()) {
                joiners.add(police.get(rng.nextInt(police.size())));
            }
        }
        double findings = switch (trueLevel) {
            case HIGH -> 0.4;
            case "MEDIUM" -> 0.18;
            default -> 0.06;
        };
        double cancellation = highRisk ? 0 : day.profile.cancellation();
        boolean together = coastGuard && customs && Seeds.chance(rng, day.profile.coordination());
        String teamJoint = coastGuard && (!joiners.isEmpty() || together) ? day.jointId() : null;
        Instant start = Timestamps.plusHours(arrived, Seeds.between(rng, 0.25, 8));
        if (coastGuard) {
            day.operation(SECURITY_BOARDING, USCG, arrivalId, null, start, hoursOf(SECURITY_BOARDING, rng),
                    crew(USCG, rng), teamJoint, findings, cancellation);
            for (String joiner : joiners) {
                day.operation(SECURITY_BOARDING, joiner, arrivalId, null, start, hoursOf(SECURITY_BOARDING, rng),
                        crew(joiner, rng), teamJoint, findings, 0);
            }
        }
        if (customs) {
            Instant planned = together ? start : Timestamps.plusHours(arrived, Seeds.between(rng, 0.25, 10));
            day.operation(CARGO_EXAM, CBP, arrivalId, null, planned, hoursOf(CARGO_EXAM, rng), crew(CBP, rng),
                    together ? teamJoint : null, findings, cancellation);
        }
    }

    /**
     * Escorts of laden tankers and large passenger ships: the Coast Guard escorts some, a partner with an
     * escort role (state or port police; in Prince William Sound the tanker escort system, for every tanker)
     * comes along.
     */
    private void escort(IocDay day, String arrivalId, Instant arrived, boolean tanker) {
        var rng = day.rng;
        Instant start = Timestamps.plusHours(arrived, -Seeds.between(rng, 1.5, 3));
        double hours = Seeds.between(rng, 2, 3.5);
        List<String> escorts = reference.mayDo(day.ioc, VESSEL_ESCORT).stream().filter(a -> !a.equals(USCG)).toList();
        String privateEscort = tanker ? escorts.stream().filter(a -> "PRIVATE".equals(reference.agencyLevels().get(a)))
                .findFirst().orElse(null) : null;
        if (privateEscort != null) {
            day.operation(VESSEL_ESCORT, privateEscort, arrivalId, null, start, hours, 6 + rng.nextInt(6), null, 0,
                    day.profile.cancellation());
        }
        if (!Seeds.chance(rng, 0.2)) {
            return;
        }
        List<String> police = escorts.stream().filter(a -> !a.equals(privateEscort)).toList();
        boolean withPartner = !police.isEmpty() && Seeds.chance(rng, 0.3);
        String joint = withPartner && Seeds.chance(rng, day.profile.coordination()) ? day.jointId() : null;
        day.operation(VESSEL_ESCORT, USCG, arrivalId, null, start, hours, 4 + rng.nextInt(4), joint, 0,
                day.profile.cancellation());
        if (withPartner) {
            day.operation(VESSEL_ESCORT, police.get(rng.nextInt(police.size())), arrivalId, null, start, hours,
                    2 + rng.nextInt(2), joint, 0, day.profile.cancellation());
        }
    }

    private static double hoursOf(String type, SplittableRandom rng) {
        return type.equals(CARGO_EXAM) ? Seeds.between(rng, 3, 6) : Seeds.between(rng, 2, 4);
    }

    private static int crew(String agency, SplittableRandom rng) {
        return agency.equals(USCG) ? 4 + rng.nextInt(3) : 2 + rng.nextInt(3);
    }

    private static double hours(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) / 3600.0;
    }
}
