package org.iocmetrics.generate;

import static org.iocmetrics.generate.VesselTraffic.CBP;
import static org.iocmetrics.generate.VesselTraffic.USCG;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The patrols and facility inspections of one IOC-day. The Coast Guard keeps three eight-hour
 * harbor-patrol shifts in the zone's busiest port area, staffed as the IOC's coverage allows
 * (weekend nights are where gaps cluster); partners patrol the same waters, jointly or on their own
 * (overlap); shoreside and aerial patrols add their own overlaps; cancellations and unposted
 * operations follow the IOC's habits.
 */
final class PatrolSchedule {
    private static final String HARBOR_PATROL = "HARBOR_PATROL";
    private static final String SHORESIDE_PATROL = "SHORESIDE_PATROL";
    private static final String AERIAL_PATROL = "AERIAL_PATROL";
    private static final String FACILITY_INSPECTION = "FACILITY_INSPECTION";
    private static final String TSA = "TSA";
    private static final String CBP_AMO = "CBP-AMO";

    private final ReferenceData reference;

    PatrolSchedule(ReferenceData reference) {
        this.reference = reference;
    }

    void generate(IocDay day) {
        SplittableRandom rng = day.rng;
        var ports = day.ioc.ports();
        if (ports.isEmpty()) {
            return;
        }
        String mainArea = ports.get(0).code() + "-HARBOR";
        boolean weekend = day.date.getDayOfWeek() == DayOfWeek.SATURDAY || day.date.getDayOfWeek() == DayOfWeek.SUNDAY;
        List<String> partners = reference.partners(day.ioc);

        // a partner's day patrol in the main area, coordinated with the Coast Guard's day shift or not
        String partner = !partners.isEmpty() && Seeds.chance(rng, day.profile.partnerPatrol())
                ? partners.get(rng.nextInt(partners.size())) : null;
        String dayShiftJoint = partner != null && Seeds.chance(rng, day.profile.coordination()) ? day.jointId() : null;
        for (int shift = 0; shift < 3; shift++) {
            int startHour = 8 * shift;
            boolean night = shift != 1;
            boolean staffed = Seeds.chance(rng, day.profile.coverage())
                    && !(weekend && night && Seeds.chance(rng, day.profile.nightGap()));
            if (staffed || Seeds.chance(rng, 0.5)) { // an unstaffed shift is either cancelled or never scheduled
                patrol(day, HARBOR_PATROL, USCG, mainArea, startHour, 8, night ? null : dayShiftJoint, !staffed);
            }
        }
        if (partner != null) {
            patrol(day, HARBOR_PATROL, partner, mainArea, Seeds.chance(rng, 0.5) ? 7 : 10, 8, dayShiftJoint, false);
        }
        if (ports.size() > 1 && Seeds.chance(rng, 0.6)) {
            patrol(day, HARBOR_PATROL, Seeds.chance(rng, 0.7) ? USCG : CBP, ports.get(1).code() + "-HARBOR", 8, 8,
                    null, false);
        }
        String shore = ports.get(0).code() + "-SHORE";
        if (Seeds.chance(rng, 0.5)) {
            String agency = partners.isEmpty() ? TSA : partners.get(rng.nextInt(partners.size()));
            String joint = Seeds.chance(rng, 0.3) && Seeds.chance(rng, day.profile.coordination()) ? day.jointId() : null;
            patrol(day, SHORESIDE_PATROL, agency, shore, 20, 8, joint, false);
            if (joint != null || Seeds.chance(rng, 0.3)) {
                patrol(day, SHORESIDE_PATROL, CBP, shore, 22, 4, joint, false);
            }
        }
        if (Seeds.chance(rng, 0.35)) {
            patrol(day, AERIAL_PATROL, USCG, null, 9 + rng.nextInt(6), 2 + rng.nextInt(3), null, false);
        }
        if (Seeds.chance(rng, 0.15)) {
            patrol(day, AERIAL_PATROL, CBP_AMO, null, 10 + rng.nextInt(5), 2 + rng.nextInt(2), null, false);
        }
        if (!weekend) {
            int inspections = Seeds.poisson(rng, 0.3 + 0.1 * ports.size());
            for (int i = 0; i < inspections; i++) {
                day.operation(FACILITY_INSPECTION, USCG, null, null, day.at(8 + rng.nextInt(6)),
                        Seeds.between(rng, 2, 4), 2 + rng.nextInt(2), null, 0.2, false);
            }
        }
    }

    /** A patrol planned on the local wall clock from startHour for the given hours (DST-safe). */
    private static void patrol(IocDay day, String type, String agency, String area, int startHour, int hours,
                               String joint, boolean cancelled) {
        Instant start = day.at(startHour);
        double elapsed = (day.at(startHour + hours).getEpochSecond() - start.getEpochSecond()) / 3600.0;
        day.operation(type, agency, null, area, start, elapsed, 2 + day.rng.nextInt(4), joint, 0, cancelled);
    }
}
