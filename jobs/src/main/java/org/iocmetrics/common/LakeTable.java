package org.iocmetrics.common;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.contract.Source;

/**
 * Every Delta table of the lake, with its place under the lake root. Jobs address tables only
 * through these names, so the layout is defined once.
 */
public enum LakeTable {
    BRONZE_IOCS("bronze/iocs"),
    BRONZE_AGENCIES("bronze/agencies"),
    BRONZE_PORTS("bronze/ports"),
    BRONZE_ARRIVALS("bronze/arrivals"),
    BRONZE_SCREENINGS("bronze/screenings"),
    BRONZE_OPERATIONS("bronze/operations"),

    SILVER_IOCS("silver/iocs"),
    SILVER_AGENCIES("silver/agencies"),
    SILVER_PORTS("silver/ports"),
    SILVER_ARRIVALS("silver/arrivals"),
    SILVER_SCREENINGS("silver/screenings"),
    SILVER_OPERATIONS("silver/operations"),
    /** Rejected rows with every reason code; orphans stay here until their arrival appears. */
    QUARANTINE("silver/quarantine"),
    /** Per batch and source: rows read, accepted, quarantined, duplicates; files; timings. */
    INGEST_LOG("ops/ingest_log"),

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

    public String pathIn(Path lake) {
        return lake.resolve(relativePath).toString();
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

    /** The table's current Delta version, or empty when the table does not exist yet. */
    public OptionalLong version(SparkSession spark, Path lake) {
        String path = pathIn(lake);
        if (!DeltaTable.isDeltaTable(spark, path)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(DeltaTable.forPath(spark, path).history(1).select("version").first().getLong(0));
    }

    /** The current version of every table that exists in the lake, keyed by its path in the lake. */
    public static Map<String, Long> versions(SparkSession spark, Path lake) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (LakeTable table : values()) {
            table.version(spark, lake).ifPresent(v -> versions.put(table.relativePath(), v));
        }
        return versions;
    }
}
