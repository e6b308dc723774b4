package org.iocmetrics.generate;

import static org.iocmetrics.generate.VesselTraffic.CBP;
import static org.iocmetrics.generate.VesselTraffic.USCG;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.iocmetrics.generate.ReferenceData.Port;

/**
 * The patrols and facility inspections of one IOC-day, sized to the zone's traffic of the season and its
 * geography. The Coast Guard keeps one to three harbor-patrol shifts in the busiest port area (around
 * the clock only in the busiest zones; at least two on a border or migrant route), day patrols in the
 * other port areas as their traffic warrants, fewer on weekends; shifts go unstaffed as the IOC's
 * coverage allows, weekend nights most. Partners patrol in their own roles, alone or with the Coast
 * Guard; international partners only in joint patrols; TSA only now and then with CBP at the busiest
 * waterfront. Cancellations and unposted operations follow the IOC's habits.
 */
final class PatrolSchedule {
    private static final String HARBOR_PATROL = "HARBOR_PATROL";
    private static final String SHORESIDE_PATROL = "SHORESIDE_PATROL";
    private static final String AERIAL_PATROL = "AERIAL_PATROL";
    private static final String FACILITY_INSPECTION = "FACILITY_INSPECTION";
    private static final String TSA = "TSA";
    private static final String CBP_AMO = "CBP-AMO";
    /** Annual arrivals (scale 1) from which a zone's main harbor is patrolled around the clock, or two shifts. */
    private static final double ROUND_THE_CLOCK = 2000;
    private static final double TWO_SHIFTS = 600;
    /** Annual arrivals of a secondary port that warrant a daily patrol. */
    private static final double DAILY_SECONDARY = 800;

    private final ReferenceData reference;

    PatrolSchedule(ReferenceData reference) {
        this.reference = reference;
    }

    void generate(IocDay day) {
        SplittableRandom rng = day.rng;
        List<Port> ports = day.ioc.ports();
        if (ports.isEmpty()) {
            return;
        }
        // boats follow the season: a frozen harbor is not patrolled like a busy summer one
        double traffic = day.ioc.annualVisits()
                * reference.seasonsByRegion().get(day.ioc.region())[day.date.getMonthValue() - 1];
        String mainArea = ports.get(0).code() + "-HARBOR";
        boolean weekend = day.date.getDayOfWeek() == DayOfWeek.SATURDAY || day.date.getDayOfWeek() == DayOfWeek.SUNDAY;

        List<String> partners = reference.mayDo(day.ioc, HARBOR_PATROL).stream()
                .filter(a -> !a.equals(USCG) && !a.equals(CBP_AMO)).toList();
        String partner = !partners.isEmpty() && Seeds.chance(rng, day.profile.partnerPatrol())
                ? partners.get(rng.nextInt(partners.size())) : null;
        boolean partnerJoins = partner != null
                && (!reference.role(partner).actsAlone() || Seeds.chance(rng, day.profile.coordination()));
        String dayShiftJoint = partnerJoins ? day.jointId() : null;

        // the Coast Guard's shifts in the main harbor: 08-16, then 16-24 and 00-08 as traffic warrants
        int shifts = traffic >= ROUND_THE_CLOCK ? 3 : traffic >= TWO_SHIFTS || day.ioc.borderZone() ? 2 : 1;
        boolean dayShiftStaffed = false;
        for (int shift = 0; shift < shifts; shift++) {
            int startHour = shift == 0 ? 8 : shift == 1 ? 16 : 0;
            boolean night = shift != 0;
            double staffing = day.profile.coverage() * (night ? 0.95 : 1) * (weekend && shifts == 1 ? 0.6 : 1);
            boolean staffed = Seeds.chance(rng, staffing) && !(weekend && night && Seeds.chance(rng, day.profile.nightGap()));
            dayShiftStaffed |= staffed && !night;
            if (staffed || Seeds.chance(rng, 0.5)) { // an unstaffed shift is either cancelled or never scheduled
                patrol(day, HARBOR_PATROL, USCG, mainArea, startHour, 8, night ? null : dayShiftJoint,
                        staffed ? day.profile.cancellation() : 1);
            }
        }
        String partnerJoint = dayShiftStaffed ? dayShiftJoint : null;
        if (partner != null && (partnerJoint != null || reference.role(partner).actsAlone())) {
            boolean evening = partnerJoint == null && Seeds.chance(rng, 0.4); // local police cover evenings alone
            patrol(day, HARBOR_PATROL, partner, mainArea, evening ? 18 : 9, evening ? 6 : 7, partnerJoint,
                    day.profile.cancellation());
        }
        for (Port port : ports.subList(1, ports.size())) {
            double chance = Math.min(0.95, port.annualVisits() / DAILY_SECONDARY) * (weekend ? 0.5 : 1);
            if (Seeds.chance(rng, chance)) {
                patrol(day, HARBOR_PATROL, Seeds.chance(rng, 0.8) ? USCG : CBP_AMO, port.code() + "-HARBOR",
                        8 + rng.nextInt(3), 6, null, day.profile.cancellation());
            }
        }
        shoreside(day, ports.get(0).code() + "-SHORE", traffic);
        if (Seeds.chance(rng, 0.15 + 0.3 * Math.min(1, traffic / ROUND_THE_CLOCK))) {
            patrol(day, AERIAL_PATROL, USCG, null, 9 + rng.nextInt(6), 2 + rng.nextInt(3), null,
                    day.profile.cancellation());
        }
        if (Seeds.chance(rng, day.ioc.borderZone() ? 0.5 : 0.1)) {
            patrol(day, AERIAL_PATROL, CBP_AMO, null, 10 + rng.nextInt(5), 2 + rng.nextInt(2), null,
                    day.profile.cancellation());
        }
        if (!weekend) {
            int inspections = Seeds.poisson(rng, 0.1 + 0.05 * ports.size() + traffic / 5000);
            for (int i = 0; i < inspections; i++) {
                day.operation(FACILITY_INSPECTION, USCG, null, null, day.at(8 + rng.nextInt(6)),
                        Seeds.between(rng, 2, 4), 2 + rng.nextInt(2), null, 0.2, day.profile.cancellation());
            }
        }
    }

    /** CBP and partner police on the waterfront of the main port; TSA now and then, always with CBP. */
    private void shoreside(IocDay day, String area, double traffic) {
        SplittableRandom rng = day.rng;
        double busy = Math.min(1, traffic / ROUND_THE_CLOCK);
        boolean tsa = day.ioc.agencies().contains(TSA) && Seeds.chance(rng, 0.03 * busy);
        String joint = tsa ? day.jointId() : null;
        if (tsa || Seeds.chance(rng, 0.15 + 0.35 * busy)) {
            patrol(day, SHORESIDE_PATROL, CBP, area, 20, 6, joint, day.profile.cancellation());
        }
        if (tsa) {
            patrol(day, SHORESIDE_PATROL, TSA, area, 20, 4, joint, 0);
        }
        List<String> police = reference.mayDo(day.ioc, SHORESIDE_PATROL).stream()
                .filter(a -> !a.equals(CBP) && !a.equals(TSA) && reference.role(a).actsAlone()).toList();
        if (!police.isEmpty() && Seeds.chance(rng, 0.3)) {
            patrol(day, SHORESIDE_PATROL, police.get(rng.nextInt(police.size())), area, 12 + rng.nextInt(8), 6, null,
                    day.profile.cancellation());
        }
    }

    /** A patrol planned on the local wall clock from startHour for the given hours (DST-safe). */
    private static void patrol(IocDay day, String type, String agency, String area, int startHour, int hours,
                               String joint, double cancellation) {
        Instant start = day.at(startHour);
        double elapsed = (day.at(startHour + hours).getEpochSecond() - start.getEpochSecond()) / 3600.0;
        day.operation(type, agency, null, area, start, elapsed, 2 + day.rng.nextInt(4), joint, 0, cancellation);
    }
}
