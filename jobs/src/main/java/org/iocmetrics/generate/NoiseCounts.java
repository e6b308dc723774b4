package org.iocmetrics.generate;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;

/**
 * What --noise injected, per event source: rows that break exactly one rule (by reason code; a
 * conflicting version counts both of its rows), exact duplicates and late versions re-sent in a later
 * file, and the rows written in all.
 */
final class NoiseCounts {
    private final Map<Source, Map<ReasonCode, Long>> quarantined = new EnumMap<>(Source.class);
    private final Map<Source, Long> duplicates = new EnumMap<>(Source.class);
    private final Map<Source, Long> lateVersions = new EnumMap<>(Source.class);
    private final Map<Source, Long> rowsWritten = new EnumMap<>(Source.class);

    NoiseCounts() {
        for (Source source : Generator.EVENT_SOURCES) {
            quarantined.put(source, new EnumMap<>(ReasonCode.class));
            duplicates.put(source, 0L);
            lateVersions.put(source, 0L);
            rowsWritten.put(source, 0L);
        }
    }

    void quarantined(Source source, ReasonCode reason, long rows) {
        quarantined.get(source).merge(reason, rows, Long::sum);
    }

    void duplicate(Source source) {
        duplicates.merge(source, 1L, Long::sum);
    }

    void lateVersion(Source source) {
        lateVersions.merge(source, 1L, Long::sum);
    }

    void written(Source source, long rows) {
        rowsWritten.merge(source, rows, Long::sum);
    }

    long rowsWritten(Source source) {
        return rowsWritten.get(source);
    }

    void add(NoiseCounts other) {
        for (Source source : Generator.EVENT_SOURCES) {
            other.quarantined.get(source).forEach((reason, n) -> quarantined(source, reason, n));
            duplicates.merge(source, other.duplicates.get(source), Long::sum);
            lateVersions.merge(source, other.lateVersions.get(source), Long::sum);
            rowsWritten.merge(source, other.rowsWritten.get(source), Long::sum);
        }
    }

    /** noise-manifest.json: fixed key order, no clock, so equal runs write equal bytes. */
    String toJson(Map<String, String> run, Roster roster) {
        StringBuilder json = new StringBuilder("{\n  \"run\": {");
        String separator = "";
        for (Map.Entry<String, String> e : new TreeMap<>(run).entrySet()) {
            json.append(separator).append("\"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"');
            separator = ", ";
        }
        json.append("},\n  \"sources\": {\n");
        separator = "";
        for (Source source : Generator.EVENT_SOURCES) {
            appendSource(json.append(separator), source.tableName(), rowsWritten.get(source), quarantined.get(source),
                    duplicates.get(source), lateVersions.get(source));
            separator = ",\n";
        }
        appendSource(json.append(separator), Source.PARTICIPANTS.tableName(), roster.rowsWritten, roster.quarantined, 0, 0);
        return json.append("\n  }\n}\n").toString();
    }

    private static void appendSource(StringBuilder json, String table, long rows, Map<ReasonCode, Long> reasons,
                                     long duplicates, long lateVersions) {
        long total = reasons.values().stream().mapToLong(Long::longValue).sum();
        json.append(String.format(Locale.ROOT,
                "    \"%s\": {\n      \"rows_written\": %d,\n      \"quarantined_rows\": %d,\n"
                        + "      \"exact_duplicates\": %d,\n      \"late_versions\": %d,\n      \"quarantine\": {",
                table, rows, total, duplicates, lateVersions));
        String inner = "";
        for (Map.Entry<ReasonCode, Long> e : reasons.entrySet()) {
            json.append(inner).append(String.format(Locale.ROOT, "\"%s\": %d", e.getKey(), e.getValue()));
            inner = ", ";
        }
        json.append("}\n    }");
    }
}
