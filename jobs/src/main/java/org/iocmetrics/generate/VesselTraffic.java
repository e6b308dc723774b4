package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Source;
import org.iocmetrics.generate.ReferenceData.Port;
import org.iocmetrics.generate.ReferenceData.Vessel;

/**
 * Vessel arrivals of one IOC-day, the screenings partner agencies made on them and the
 * vessel-specific operations (boardings, cargo exams, escorts) that followed.
 *
 * <p>Volumes follow each port's real traffic (scale 1 = port-traffic.csv's annual arrivals) with a
 * weekly rhythm and a daylight-heavy diurnal one. Risk comes from the vessel (flag's port-state
 * control tier, detention history, certain dangerous cargo, large passenger ships, a foreign last
 * port); decisions follow risk; boardings follow decisions as far as the IOC's habits allow.
 */
final class VesselTraffic {
    static final String USCG = "USCG";
    static final String CBP = "CBP";
    static final String HSI = "HSI";
    private static final String SECURITY_BOARDING = "SECURITY_BOARDING";
    private static final String CARGO_EXAM = "CARGO_EXAM";
    private static final String VESSEL_ESCORT = "VESSEL_ESCORT";
    private static final String TANKER = "TANKER";
    private static final String PASSENGER = "PASSENGER";
    private static final String CARGO = "CARGO";
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

    private final ReferenceData reference;
    private final double scale;
    private final Map<String, List<Vessel>> usFleet = new HashMap<>();
    private final Map<String, List<Vessel>> foreignFleet = new HashMap<>();
    private final List<String> domesticPorts = new ArrayList<>();

    VesselTraffic(ReferenceData reference, double scale) {
        this.reference = reference;
        this.scale = scale;
        for (Vessel v : reference.fleet()) {
            (v.usFlag() ? usFleet : foreignFleet).computeIfAbsent(v.type(), k -> new ArrayList<>()).add(v);
        }
        reference.iocs().forEach(i -> i.ports().forEach(p -> domesticPorts.add(p.code())));
    }

    void generate(IocDay day) {
        DayOfWeek dow = day.date.getDayOfWeek();
        double season = 1 + 0.08 * Math.sin(2 * Math.PI * (day.date.getDayOfYear() - 80) / 365.25);
        for (Port port : day.ioc.ports()) {
            double mean = scale * port.annualVisits() / 365.25 * WEEKDAY[dow.getValue() - 1] * season;
            int count = Seeds.poisson(day.rng, mean);
            for (int n = 1; n <= count; n++) {
                arrival(day, port, "ARR-" + port.code() + "-" + ID_DATE.format(day.date) + "-" + n);
            }
        }
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

    private void arrival(IocDay day, Port port, String arrivalId) {
        var rng = day.rng;
        Vessel vessel = vessel(day, port);
        String type = vessel.type();
        Instant arrived = day.hoursIntoDay(Seeds.weighted(rng, HOURS) + rng.nextDouble());
        boolean foreignVoyage = !vessel.usFlag() ? Seeds.chance(rng, 0.88)
                : Seeds.chance(rng, type.equals(CARGO) || type.equals(TANKER) ? 0.3 : 0.02);
        String lastPort = foreignVoyage
                ? reference.foreignPorts().get(rng.nextInt(reference.foreignPorts().size()))
                : domesticPorts.get(rng.nextInt(domesticPorts.size()));
        boolean noticeDue = vessel.grossTonnage() >= 300 && (foreignVoyage || type.equals(TANKER));
        Instant noa = null;
        if (noticeDue || Seeds.chance(rng, 0.1)) {
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
        List<String[]> decisions = screenings(day, arrivalId, arrived, noa, foreignVoyage || !vessel.usFlag(), risk);
        boardings(day, arrivalId, arrived, foreignVoyage, level(risk), decisions);
        if ((dangerousCargo && type.equals(TANKER) || bigPassenger) && Seeds.chance(rng, 0.2)) {
            escort(day, arrivalId, arrived);
        }
    }

    private static String level(double risk) {
        return risk > 2.8 ? "HIGH" : risk > 1.4 ? "MEDIUM" : "LOW";
    }

    /** Writes the arrival's screenings; returns each as {agency, risk level, decision}. */
    private List<String[]> screenings(IocDay day, String arrivalId, Instant arrived, Instant noa, boolean foreign,
                                      double risk) {
        var rng = day.rng;
        List<String> agencies = new ArrayList<>();
        if (Seeds.chance(rng, noa != null ? 0.97 : 0.15)) {
            agencies.add(USCG);
        }
        if (foreign && Seeds.chance(rng, 0.9)) {
            agencies.add(CBP);
        }
        if (Seeds.chance(rng, 0.04)) {
            List<String> others = new ArrayList<>(reference.partners(day.ioc));
            others.add(HSI);
            agencies.add(others.get(rng.nextInt(others.size())));
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

    /** The Coast Guard boards, CBP examines cargo, partners mostly watch; higher risk, stronger action. */
    private static String decide(IocDay day, String agency, String level) {
        double[] weights; // BOARD, EXAMINE, MONITOR, NO_ACTION
        if (agency.equals(USCG)) {
            weights = switch (level) {
                case "HIGH" -> new double[] {75, 5, 20, 0};
                case "MEDIUM" -> new double[] {6, 0, 54, 40};
                default -> new double[] {1, 0, 9, 90};
            };
        } else if (agency.equals(CBP)) {
            weights = switch (level) {
                case "HIGH" -> new double[] {5, 70, 25, 0};
                case "MEDIUM" -> new double[] {0, 10, 50, 40};
                default -> new double[] {0, 2, 8, 90};
            };
        } else {
            weights = switch (level) {
                case "HIGH" -> new double[] {20, 0, 70, 10};
                default -> new double[] {0, 0, 40, 60};
            };
        }
        return Enums.DECISIONS.get(Seeds.weighted(day.rng, weights));
    }

    private void boardings(IocDay day, String arrivalId, Instant arrived, boolean foreign, String trueLevel,
                           List<String[]> decisions) {
        var rng = day.rng;
        List<String[]> boarding = new ArrayList<>(); // {agency, operation type}
        for (String[] d : decisions) {
            if (Enums.TARGETING_DECISIONS.contains(d[2]) && Seeds.chance(rng, day.profile.followThrough())) {
                boarding.add(new String[] {d[0], d[2].equals("BOARD") ? SECURITY_BOARDING : CARGO_EXAM});
            }
        }
        if (decisions.stream().noneMatch(d -> Enums.TARGETING_DECISIONS.contains(d[2]))) {
            if (Seeds.chance(rng, 0.02)) {
                boarding.add(new String[] {USCG, SECURITY_BOARDING}); // random, untargeted security boarding
            } else if (foreign && Seeds.chance(rng, 0.015)) {
                boarding.add(new String[] {CBP, CARGO_EXAM});
            }
        }
        if (boarding.isEmpty()) {
            return;
        }
        double findings = switch (trueLevel) {
            case "HIGH" -> 0.4;
            case "MEDIUM" -> 0.18;
            default -> 0.06;
        };
        String joint = boarding.size() > 1 && Seeds.chance(rng, day.profile.coordination()) ? day.jointId() : null;
        Instant start = Timestamps.plusHours(arrived, Seeds.between(rng, 0.25, 8));
        for (String[] b : boarding) {
            Instant planned = joint != null ? start : Timestamps.plusHours(arrived, Seeds.between(rng, 0.25, 10));
            day.operation(b[1], b[0], arrivalId, null, planned, hoursOf(b[1], rng), crew(b[0], rng), joint, findings, false);
        }
        if (Seeds.chance(rng, day.profile.duplication())) {
            List<String> others = new ArrayList<>(reference.partners(day.ioc));
            others.add(USCG);
            others.add(CBP);
            others.removeIf(a -> boarding.stream().anyMatch(b -> b[0].equals(a)));
            if (!others.isEmpty()) {
                String agency = others.get(rng.nextInt(others.size()));
                day.operation(SECURITY_BOARDING, agency, arrivalId, null,
                        Timestamps.plusHours(arrived, Seeds.between(rng, 0.25, 10)), hoursOf(SECURITY_BOARDING, rng),
                        crew(agency, rng), null, findings, false);
            }
        }
    }

    private void escort(IocDay day, String arrivalId, Instant arrived) {
        var rng = day.rng;
        Instant start = Timestamps.plusHours(arrived, -Seeds.between(rng, 1.5, 3));
        double hours = Seeds.between(rng, 2, 3.5);
        List<String> partners = reference.partners(day.ioc);
        boolean withPartner = !partners.isEmpty() && Seeds.chance(rng, 0.3);
        String joint = withPartner && Seeds.chance(rng, day.profile.coordination()) ? day.jointId() : null;
        day.operation(VESSEL_ESCORT, USCG, arrivalId, null, start, hours, 4 + rng.nextInt(4), joint, 0, false);
        if (withPartner) {
            day.operation(VESSEL_ESCORT, partners.get(rng.nextInt(partners.size())), arrivalId, null, start, hours,
                    2 + rng.nextInt(2), joint, 0, false);
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
