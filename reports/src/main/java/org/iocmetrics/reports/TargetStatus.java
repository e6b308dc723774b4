package org.iocmetrics.reports;

/**
 * A figure against its target, printed: the status as a symbol and a word ("✗ missed"), the measure held
 * to the target ("19.0%": a share of the denominator, or the value), the distance
 * from the target ("+3.1 pts") and the target itself ("≤ 25.0%"), and the fill colour of the status (colour-blind-safe tints;
 * the word carries the meaning, the colour only helps).
 */
public record TargetStatus(String status, String measure, String distance, String target, String color) {
    public static final String MET_COLOR = "#CCEBE0";
    public static final String NEAR_COLOR = "#FBE3B3";
    public static final String MISSED_COLOR = "#F6CDB8";
}
