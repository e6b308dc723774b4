package org.iocmetrics.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the run's seed: one per IOC and day, so each IOC-day is
 * generated the same whatever order or thread it runs on, and noise has streams of its own so that
 * --noise leaves the clean rows unchanged.
 */
final class Seeds {
    static final long PROFILE = -1;
    static final long TRAFFIC = 1;
    static final long PATROLS = 2;
    static final long NOISE = 3;
    static final long ROSTER_NOISE = 5;

    private Seeds() {}

    static SplittableRandom stream(long seed, long... parts) {
        long h = mix(seed);
        for (long part : parts) {
            h = mix(h ^ mix(part + 0x632BE59BD9B4E019L));
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Poisson-distributed count: exact for small means, normal approximation for large ones. */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            count++;
        }
        return count;
    }

    static double between(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    /** Index drawn with the given weights. */
    static int weighted(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
