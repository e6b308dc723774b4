package org.iocmetrics.gold;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.StageLog;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Source;

/** Reads the silver tables and overwrites the gold fact tables, one log line per table. */
public final class GoldJob {
    /** The silver tables that gold and the metrics read (agencies are not needed). */
    public static final List<Source> READS =
            List.of(Source.IOCS, Source.PORTS, Source.ARRIVALS, Source.SCREENINGS, Source.OPERATIONS);

    private GoldJob() {}

    public static void build(SparkSession spark, Path lake) {
        requireSilver(spark, lake);
        Dataset<Row> operationFacts = OperationFacts.of(silver(spark, lake, Source.OPERATIONS));
        write(LakeTable.GOLD_OPERATION_FACTS, lake, operationFacts);
        Dataset<Row> storedOperationFacts = read(spark, lake, LakeTable.GOLD_OPERATION_FACTS);
        write(LakeTable.GOLD_ARRIVAL_FACTS, lake, ArrivalFacts.of(silver(spark, lake, Source.ARRIVALS),
                silver(spark, lake, Source.PORTS), silver(spark, lake, Source.SCREENINGS), storedOperationFacts));
        write(LakeTable.GOLD_PATROL_INTERVALS, lake, PatrolIntervals.of(storedOperationFacts));
    }

    /** Fails with a one-line reason unless every silver table the gold layer reads exists. */
    public static void requireSilver(SparkSession spark, Path lake) {
        List<Source> missing = READS.stream()
                .filter(source -> !DeltaTable.isDeltaTable(spark, LakeTable.silver(source).pathIn(lake)))
                .toList();
        if (missing.size() == READS.size()) {
            throw new UserError("no silver tables under " + lake + ": run ingest first");
        }
        if (!missing.isEmpty()) {
            throw new UserError("silver table " + LakeTable.silver(missing.get(0)).relativePath()
                    + " is missing under " + lake + ": run ingest first");
        }
    }

    /** Fails with a one-line reason unless the gold tables exist (the report command reads them). */
    public static void requireGold(SparkSession spark, Path lake) {
        for (LakeTable table : List.of(LakeTable.GOLD_ARRIVAL_FACTS, LakeTable.GOLD_OPERATION_FACTS,
                LakeTable.GOLD_PATROL_INTERVALS)) {
            if (table.version(spark, lake).isEmpty()) {
                throw new UserError("gold table " + table.relativePath() + " is missing under " + lake
                        + ": run metrics or pipeline first");
            }
        }
    }

    public static Dataset<Row> silver(SparkSession spark, Path lake, Source source) {
        return spark.read().format("delta").load(LakeTable.silver(source).pathIn(lake));
    }

    public static Dataset<Row> read(SparkSession spark, Path lake, LakeTable table) {
        return spark.read().format("delta").load(table.pathIn(lake));
    }

    private static void write(LakeTable table, Path lake, Dataset<Row> rows) {
        StageLog.countRows(table.displayName(), () -> {
            rows.write().format("delta").mode("overwrite").option("overwriteSchema", "true").save(table.pathIn(lake));
            return rows.sparkSession().read().format("delta").load(table.pathIn(lake)).count();
        });
    }
}
