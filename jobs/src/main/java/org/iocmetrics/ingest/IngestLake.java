package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;

/**
 * The one place ingestion reads and writes Delta tables of the lake. Remembers which tables exist
 * (a table never disappears during a run), so each is looked up on disk at most until it is found.
 */
final class IngestLake {
    private static final String TARGET = "t";
    private static final String UPDATES = "s";

    private final SparkSession spark;
    private final Path lake;
    private final Set<LakeTable> existing = EnumSet.noneOf(LakeTable.class);
    /** Silver tables this run created and nothing has been merged into yet: still empty. */
    private final Set<LakeTable> emptySilver = EnumSet.noneOf(LakeTable.class);

    IngestLake(SparkSession spark, Path lake) {
        this.spark = spark;
        this.lake = lake;
    }

    boolean exists(LakeTable table) {
        if (!existing.contains(table) && DeltaTable.isDeltaTable(spark, table.pathIn(lake))) {
            existing.add(table);
        }
        return existing.contains(table);
    }

    Dataset<Row> read(LakeTable table) {
        return spark.read().format("delta").load(table.pathIn(lake));
    }

    /** The table's rows, or no rows of the given shape when the table does not exist yet. */
    Dataset<Row> readOrEmpty(LakeTable table, StructType schema) {
        return exists(table) ? read(table) : spark.createDataFrame(List.of(), schema);
    }

    void append(Dataset<Row> rows, LakeTable table) {
        rows.write().format("delta").mode("append").save(table.pathIn(lake));
        existing.add(table);
    }

    /** Created from the schema itself (not from a DataFrame), so the lineage columns keep NOT NULL. */
    void createSilverIfAbsent(Source source) {
        LakeTable silver = LakeTable.silver(source);
        if (!exists(silver)) {
            DeltaTable.createIfNotExists(spark).location(silver.pathIn(lake))
                    .addColumns(SilverSchema.of(source)).execute();
            existing.add(silver);
            emptySilver.add(silver);
        }
    }

    /**
     * MERGE on the id: for event sources a newer updated_at replaces the row and an older or equal
     * one is ignored; for reference sources the newest batch wins. Into a silver table still empty
     * the MERGE could only insert (the rows have one per id), so they are appended: the same rows
     * for one Delta write instead of a MERGE's several jobs.
     */
    void mergeSilver(Dataset<Row> rows, Source source) {
        LakeTable table = LakeTable.silver(source);
        if (emptySilver.remove(table)) {
            append(rows, table);
            return;
        }
        String id = source.idColumn();
        var merge = DeltaTable.forPath(spark, table.pathIn(lake)).as(TARGET)
                .merge(rows.as(UPDATES), col(TARGET + "." + id).equalTo(col(UPDATES + "." + id)));
        var matched = source.isEvent()
                ? merge.whenMatched(col(UPDATES + "." + Columns.UPDATED_AT).gt(col(TARGET + "." + Columns.UPDATED_AT)))
                : merge.whenMatched();
        matched.updateAll().whenNotMatched().insertAll().execute();
    }

    /** Marks promoted orphans as released by the given batch; the rows stay in quarantine. */
    void releaseOrphans(Dataset<Row> promoted, String batchId) {
        String[] key = {QuarantineColumns.SOURCE, Columns.BATCH_ID, Columns.SOURCE_FILE, Columns.ROW_NUMBER};
        Column matches = null;
        for (String column : key) {
            var equal = col(TARGET + "." + column).equalTo(col(UPDATES + "." + column));
            matches = matches == null ? equal : matches.and(equal);
        }
        DeltaTable.forPath(spark, LakeTable.QUARANTINE.pathIn(lake)).as(TARGET)
                .merge(promoted.select(key[0], key[1], key[2], key[3]).as(UPDATES), matches)
                .whenMatched()
                .updateExpr(Map.of(
                        QuarantineColumns.RELEASED, "true",
                        QuarantineColumns.RELEASED_BATCH, "'" + batchId.replace("'", "") + "'"))
                .execute();
    }

    /** The current version of a table, or -1 when it does not exist. */
    long version(LakeTable table) {
        return exists(table) ? table.version(spark, lake).orElse(-1) : -1;
    }
}
