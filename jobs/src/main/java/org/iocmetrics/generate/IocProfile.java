package org.iocmetrics.generate;

import java.util.SplittableRandom;

/**
 * How one IOC works, drawn once per IOC from the seed, so that duplication, gaps and sharing habits
 * differ between IOCs the way they do between real sectors. Most IOCs coordinate and follow through
 * well; a few are drawn as weak spots, so that duplicate boardings and missed HIGH-risk boardings
 * concentrate in a few zones, as an oversight review would find them.
 *
 * @param coordination  chance that the Coast Guard and CBP acting on the same vessel do it as one joint operation
 * @param duplication   chance that CBP examines a vessel the Coast Guard boards on CBP's own targeting
 * @param coverage      chance that a scheduled harbor patrol shift is staffed
 * @param nightGap      extra chance that a weekend night shift is left unstaffed (a pocket of uncovered hours)
 * @param partnerPatrol chance per day that the zone's partner agencies run a patrol of their own
 * @param sharing       chance that a screening is posted to the IOC's shared targeting picture
 * @param posting       chance that an operation is entered on the IOC's common schedule
 * @param followThrough chance that a MEDIUM- or LOW-risk boarding or exam decision is carried out
 * @param highRiskMiss  chance that a HIGH-risk vessel's boarding is not carried out (tripled at night)
 * @param timeliness    chance that a screening is done before the vessel arrives
 * @param cancellation  chance that a planned patrol or routine operation is cancelled
 * @param zulu          share of timestamps written in UTC (`Z`) rather than the IOC's local offset
 */
record IocProfile(double coordination, double duplication, double coverage, double nightGap, double partnerPatrol,
                  double sharing, double posting, double followThrough, double highRiskMiss, double timeliness,
                  double cancellation, double zulu) {
    /** Share of IOCs drawn as weak on coordination, and on follow-through of HIGH-risk boardings. */
    private static final double WEAK_COORDINATION = 0.2;
    private static final double WEAK_FOLLOW_THROUGH = 0.15;

    static IocProfile draw(SplittableRandom rng) {
        boolean uncoordinated = Seeds.chance(rng, WEAK_COORDINATION);
        boolean missesHighRisk = Seeds.chance(rng, WEAK_FOLLOW_THROUGH);
        return new IocProfile(
                uncoordinated ? Seeds.between(rng, 0.2, 0.5) : Seeds.between(rng, 0.85, 0.98),
                uncoordinated ? Seeds.between(rng, 0.15, 0.3) : Seeds.between(rng, 0.02, 0.08),
                Seeds.between(rng, 0.85, 0.99),
                Seeds.between(rng, 0.0, 0.6),
                Seeds.between(rng, 0.3, 0.9),
                Seeds.between(rng, 0.7, 0.99),
                Seeds.between(rng, 0.65, 0.99),
                Seeds.between(rng, 0.85, 0.97),
                missesHighRisk ? Seeds.between(rng, 0.04, 0.1) : Seeds.between(rng, 0.0, 0.003),
                Seeds.between(rng, 0.8, 0.98),
                Seeds.between(rng, 0.02, 0.08),
                Seeds.between(rng, 0.1, 0.9));
    }
}
