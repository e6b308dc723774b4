package org.iocmetrics.generate;

import java.util.SplittableRandom;

/**
 * How one IOC works, drawn once per IOC from the seed, so that duplication, gaps and sharing habits
 * differ between IOCs the way they do between real sectors.
 *
 * @param coordination  chance that two agencies acting on the same vessel or patrol area do it as one joint operation
 * @param duplication   chance that a second agency boards a targeted vessel on its own initiative
 * @param coverage      chance that a scheduled harbor patrol shift is staffed
 * @param nightGap      extra chance that a weekend night shift is left unstaffed (a pocket of uncovered hours)
 * @param partnerPatrol chance per day that a partner agency runs its own harbor patrol
 * @param sharing       chance that a screening is posted to the IOC's shared targeting picture
 * @param posting       chance that an operation is entered on the IOC's common schedule
 * @param followThrough chance that a boarding or exam decision is carried out
 * @param timeliness    chance that a screening is done before the vessel arrives
 * @param cancellation  chance that a planned operation is cancelled
 * @param zulu          share of timestamps written in UTC (`Z`) rather than the IOC's local offset
 */
record IocProfile(double coordination, double duplication, double coverage, double nightGap, double partnerPatrol,
                  double sharing, double posting, double followThrough, double timeliness, double cancellation,
                  double zulu) {

    static IocProfile draw(SplittableRandom rng) {
        return new IocProfile(
                Seeds.between(rng, 0.2, 0.9),
                Seeds.between(rng, 0.02, 0.2),
                Seeds.between(rng, 0.75, 0.99),
                Seeds.between(rng, 0.0, 0.6),
                Seeds.between(rng, 0.2, 0.9),
                Seeds.between(rng, 0.7, 0.99),
                Seeds.between(rng, 0.65, 0.99),
                Seeds.between(rng, 0.6, 0.95),
                Seeds.between(rng, 0.8, 0.98),
                Seeds.between(rng, 0.02, 0.1),
                Seeds.between(rng, 0.1, 0.9));
    }
}
