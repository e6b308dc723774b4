package org.iocmetrics.common;

import java.util.Locale;
import org.iocmetrics.contract.Source;

/**
 * Every Delta table of the lake, with its place under the lake root. Jobs address tables only
 * through these names, so the layout is defined once.
 */
public enum LakeTable {
    BRONZE_IOCS("bronze/iocs"),
    BRONZE_AGENCIES("bronze/agencies"),
    BRONZE_PORTS("bronze/ports"),
    BRONZE_PARTICIPANTS("bronze/participants"),
    BRONZE_ARRIVALS("bronze/arrivals"),
    BRONZE_SCREENINGS("bronze/screenings"),
    BRONZE_OPERATIONS("bronze/operations"),

    SILVER_IOCS("silver/iocs"),
    SILVER_AGENCIES("silver/agencies"),
    SILVER_PORTS("silver/ports"),
    SILVER_PARTICIPANTS("silver/participants"),
    SILVER_ARRIVALS("silver/arrivals"),
    SILVER_SCREENINGS("silver/screenings"),
    SILVER_OPERATIONS("silver/operations"),
    /** Rejected rows with every reason code; orphans stay here until their arrival appears. */
    QUARANTINE("silver/quarantine"),
    /** Per batch and source: rows read, accepted, quarantined, duplicates; files; timings. */
    INGEST_LOG("ops/ingest_log"),
    /** Every delivery of a scheduled report: SENT, FAILED or SKIPPED; the latest row of a delivery id counts. */
    DELIVERIES("ops/deliveries"),

    GOLD_ARRIVAL_FACTS("gold/arrival_facts"),
    GOLD_OPERATION_FACTS("gold/operation_facts"),
    GOLD_PATROL_INTERVALS("gold/patrol_intervals"),
    GOLD_METRIC_VALUES("gold/metric_values");

    private final String relativePath;

    LakeTable(String relativePath) {
        this.relativePath = relativePath;
    }

    public String relativePath() {
        return relativePath;
    }

    /** The table stored at a path under the lake root (the run manifest's keys). */
    public static LakeTable at(String relativePath) {
        for (LakeTable table : values()) {
            if (table.relativePath.equals(relativePath)) {
                return table;
            }
        }
        throw new UserError("no lake table is stored at " + relativePath);
    }

    public static LakeTable bronze(Source source) {
        return valueOf("BRONZE_" + source.name());
    }

    public static LakeTable silver(Source source) {
        return valueOf("SILVER_" + source.name());
    }

    public String displayName() {
        return relativePath.replace('/', '.').toLowerCase(Locale.ROOT);
    }
}
