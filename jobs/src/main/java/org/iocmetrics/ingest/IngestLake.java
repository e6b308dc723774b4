package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;

/**
 * Ingestion's writes to the lake, each safe to repeat after a crash: appends carry a write id
 * (batch and table) that Delta commits once, and the MERGEs change nothing the second time.
 */
final class IngestLake {
    /** Some 600,000-700,000 rows of a silver event table (see {@link #isLarge}). */
    private static final long LARGE_ABOVE_BYTES = 32L << 20;
    private static final String TARGET = "t";
    private static final String UPDATES = "s";

    private final Lake lake;
    /** Silver tables this run created and nothing has been merged into yet: still empty. */
    private final Set<LakeTable> emptySilver = EnumSet.noneOf(LakeTable.class);

    IngestLake(Lake lake) {
        this.lake = lake;
    }

    Lake lake() {
        return lake;
    }

    /** Appends a batch's rows of one part (a source, or the log) to a table once, however often the batch is run. */
    void appendOnce(Dataset<Row> rows, LakeTable table, String batchId, String part) {
        lake.append(rows, table, "ioc-metrics:" + batchId + ":" + part);
    }

    /** Created from the schema itself (not from a DataFrame), so the lineage columns keep NOT NULL. */
    void createSilverIfAbsent(Source source) {
        LakeTable silver = LakeTable.silver(source);
        if (lake.createIfAbsent(silver, SilverSchema.of(source))) {
            emptySilver.add(silver);
        }
    }

    /**
     * Whether a silver table is large enough for the ways of working with it that cost in proportion
     * to a batch: narrowing it to the batch's ids before a join, and deletion vectors in its MERGEs
     * (a month's few updates of ten years of rows had rewritten whole files). Each costs something of
     * its own (a Spark job for the broadcast of the ids, Delta steps per MERGE) that a small table's
     * whole join or rewritten file costs less than. Read from the table's log, without a Spark job.
     */
    boolean isLarge(LakeTable silver) {
        return lake.sizeInBytes(silver) > LARGE_ABOVE_BYTES;
    }

    /**
     * Whether silver holds each of a reference source's rows with the same values already, and with
     * {@code nothingElse} no other row: every drop carries the whole table, mostly unchanged, and a
     * write of nothing new would still move silver's version, which gold then checks row by row. The
     * rows left unwritten keep the lineage of the batch that first delivered their values.
     */
    boolean holdsAlready(Dataset<Row> rows, Source source, boolean nothingElse) {
        LakeTable table = LakeTable.silver(source);
        if (emptySilver.contains(table)) {
            return false;
        }
        Column[] values = source.columnNames().stream().map(name -> col(name)).toArray(Column[]::new);
        Dataset<Row> delivered = rows.select(values);
        Dataset<Row> held = lake.read(table).select(values);
        return delivered.except(held).isEmpty() && (!nothingElse || held.except(delivered).isEmpty());
    }

    /**
     * MERGE on the id: for event sources a newer updated_at replaces the row and an older or equal
     * one is ignored; for reference sources the newest batch wins, unless silver holds its values
     * already ({@link #holdsAlready}). Into a silver table still empty the MERGE could only insert
     * (the rows have one per id), so they are appended: the same rows for one Delta write instead of
     * a MERGE's several jobs.
     */
    void mergeSilver(Dataset<Row> rows, Source source, String batchId) {
        LakeTable table = LakeTable.silver(source);
        if (emptySilver.contains(table)) {
            appendToSilver(rows, source, batchId);
            return;
        }
        if (!source.isEvent() && holdsAlready(rows, source, false)) {
            return;
        }
        if (source.isEvent() && isLarge(table)) {
            lake.keepDeletionVectors(table);
        }
        String id = source.idColumn();
        var merge = lake.delta(table).as(TARGET)
                .merge(rows.as(UPDATES), col(TARGET + "." + id).equalTo(col(UPDATES + "." + id)));
        var matched = source.isEvent()
                ? merge.whenMatched(col(UPDATES + "." + Columns.UPDATED_AT).gt(col(TARGET + "." + Columns.UPDATED_AT)))
                : merge.whenMatched();
        matched.updateAll().whenNotMatched().insertAll().execute();
    }

    /**
     * Appends rows whose ids silver does not hold, once per batch: a run resumed after a crash finds
     * the batch's append committed, and the ids it appended known.
     */
    void appendToSilver(Dataset<Row> rows, Source source, String batchId) {
        LakeTable table = LakeTable.silver(source);
        emptySilver.remove(table);
        appendOnce(rows, table, batchId, source.tableName());
    }

    /**
     * Replaces the whole silver table with a roster's rows in one commit (the table keeps its schema),
     * unless it holds exactly those values already ({@link #holdsAlready}).
     */
    void replaceSilver(Dataset<Row> rows, Source source) {
        if (holdsAlready(rows, source, true)) {
            return;
        }
        LakeTable table = LakeTable.silver(source);
        emptySilver.remove(table);
        lake.replaceWhere(rows, table, "true");
    }

    /** Marks promoted orphans as released by the given batch; the rows stay in quarantine. */
    void releaseOrphans(Dataset<Row> promoted, String batchId) {
        String[] key = {QuarantineColumns.SOURCE, Columns.BATCH_ID, Columns.SOURCE_FILE, Columns.ROW_NUMBER};
        Column matches = null;
        for (String column : key) {
            var equal = col(TARGET + "." + column).equalTo(col(UPDATES + "." + column));
            matches = matches == null ? equal : matches.and(equal);
        }
        lake.delta(LakeTable.QUARANTINE).as(TARGET)
                .merge(promoted.select(key[0], key[1], key[2], key[3]).as(UPDATES), matches)
                .whenMatched()
                .updateExpr(Map.of(
                        QuarantineColumns.RELEASED, "true",
                        QuarantineColumns.RELEASED_BATCH, "'" + batchId.replace("'", "") + "'"))
                .execute();
    }
}
