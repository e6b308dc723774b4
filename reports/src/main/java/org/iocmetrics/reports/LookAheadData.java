package org.iocmetrics.reports;

import java.util.List;

/**
 * The plan look-ahead section: the posted plan for the week after the report's period, as an IOC watch
 * deconflicts it before the week starts.
 *
 * @param title the section's heading, naming the week and its dates
 * @param summary what the section shows (nationally) or the IOC's own figures in a sentence (scorecard)
 * @param iocs planned coverage per IOC, the least covered first (empty on a scorecard)
 * @param overlaps the deconfliction list, the longest overlaps first
 * @param overlapsNote says what the list holds: none at all, or only the longest of how many
 */
public record LookAheadData(String title, String summary, List<LookAheadRow> iocs, List<PlannedOverlapRow> overlaps,
                            String overlapsNote) {}
