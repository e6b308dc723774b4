package org.iocmetrics.reports;

import java.util.Locale;

/**
 * Fill colours of heat-coloured cells, from a share in [0, 1]. The darkest shade stays light enough
 * for the cell's black text to read.
 */
public final class HeatColors {
    private static final int[] WHITE = {0xFF, 0xFF, 0xFF};
    private static final int[] GREEN = {0x4C, 0xA8, 0x5A};
    private static final int[] RED = {0xE0, 0x6A, 0x5A};
    /** Cells without a value (an hour that does not occur in the period). */
    public static final String NO_VALUE = "#E0E0E0";

    private HeatColors() {}

    /** White (nothing covered) to green (always covered). */
    public static String coverage(double share) {
        return blend(GREEN, share);
    }

    /** White (none) to red (the most of the table). */
    public static String intensity(double share) {
        return blend(RED, share);
    }

    private static String blend(int[] full, double share) {
        double t = Math.max(0, Math.min(1, share));
        int[] rgb = new int[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (int) Math.round(WHITE[i] + (full[i] - WHITE[i]) * t);
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }
}
