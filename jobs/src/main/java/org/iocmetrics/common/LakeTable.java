package org.iocmetrics.common;

import java.util.List;
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
    /** The event tables keep a change feed: gold follows what each batch changed in them. */
    SILVER_ARRIVALS("silver/arrivals", Feed.CHANGES),
    SILVER_SCREENINGS("silver/screenings", Feed.CHANGES),
    SILVER_OPERATIONS("silver/operations", Feed.CHANGES),
    /** Rejected rows with every reason code; orphans stay here until their arrival appears. */
    QUARANTINE("silver/quarantine"),
    /** Per batch and source: rows read, accepted, quarantined, duplicates; files; timings. */
    INGEST_LOG("ops/ingest_log"),
    /** Every delivery of a scheduled report: SENT, FAILED or SKIPPED; the latest row of a delivery id counts. */
    DELIVERIES("ops/deliveries"),

    /**
     * The gold facts are partitioned by UTC month: a batch's MERGE rewrites the files of the months
     * its rows are in, not the whole table, and a period's reads skip the other months.
     */
    GOLD_ARRIVAL_FACTS("gold/arrival_facts", List.of("month")),
    GOLD_OPERATION_FACTS("gold/operation_facts", List.of("month")),
    GOLD_PATROL_INTERVALS("gold/patrol_intervals", List.of("month")),
    GOLD_METRIC_VALUES("gold/metric_values"),
    /** The silver table versions gold was last brought up to: where the next update reads changes from. */
    GOLD_BUILT_FROM("gold/built_from");

    /** Whether a table records the rows each commit changed (Delta's change data feed). */
    private enum Feed { NONE, CHANGES }

    private final String relativePath;
    private final List<String> partitionColumns;
    private final Feed feed;

    LakeTable(String relativePath) {
        this(relativePath, List.of(), Feed.NONE);
    }

    LakeTable(String relativePath, Feed feed) {
        this(relativePath, List.of(), feed);
    }

    LakeTable(String relativePath, List<String> partitionColumns) {
        this(relativePath, partitionColumns, Feed.NONE);
    }

    LakeTable(String relativePath, List<String> partitionColumns, Feed feed) {
        this.relativePath = relativePath;
        this.partitionColumns = partitionColumns;
        this.feed = feed;
    }

    public String relativePath() {
        return relativePath;
    }

    public List<String> partitionColumns() {
        return partitionColumns;
    }

    public boolean keepsChangeFeed() {
        return feed == Feed.CHANGES;
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
