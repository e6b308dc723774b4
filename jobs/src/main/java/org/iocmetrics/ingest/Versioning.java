package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;

/**
 * Decides the outcome of every validated row of a batch: accepted, quarantined (with
 * CONFLICTING_VERSION added where the same version of an id has two contents) or an exact duplicate
 * (collapsed). Contents are compared on the typed values, so the same instant written with two
 * offsets, or the same row in a CSV and a JSON Lines file, is one row. Pure transformations.
 */
final class Versioning {
    static final String OUTCOME = "_outcome";
    static final String ACCEPTED = "ACCEPTED";
    static final String QUARANTINED = "QUARANTINED";
    static final String DUPLICATE = "DUPLICATE";
    /** Whether silver holds a row of the same id already (event sources; false for reference rows). */
    static final String KNOWN_ID = "_known_id";

    private static final String VALID = "_valid";
    private static final String COPY = "_copy";
    private static final String CONTENT_RANK = "_content_rank";
    private static final String CONTENTS = "_contents";
    private static final String SILVER_ID = "_silver_id";
    private static final String SILVER_VERSION = "_silver_version";
    private static final String SILVER_ROW = "_silver_row";

    private Versioning() {}

    /**
     * Adds {@link #OUTCOME} and {@link #KNOWN_ID} to every row. {@code silver} is the source's silver
     * table (event sources only, at least every row with an id of the batch): of its rows for which
     * {@code comparable} holds, an identical version is a duplicate, a different one a conflict;
     * every one of its rows makes its id known.
     */
    static Dataset<Row> classify(Dataset<Row> validated, Source source, Dataset<Row> silver, Column comparable) {
        List<String> versionKey = versionKey(source);
        Column[] contract = source.columnNames().stream().map(name -> col(name)).toArray(Column[]::new);
        Column[] lineageOrder = {col(Columns.SOURCE_FILE), col(Columns.ROW_NUMBER)};
        WindowSpec sameContent = Window.partitionBy(withValid(contract)).orderBy(lineageOrder);
        WindowSpec sameVersion = Window.partitionBy(withValid(versionKey.stream().map(name -> col(name)).toArray(Column[]::new)));

        // one shuffle, by the key: every window below partitions by the key and more, and the merge's
        // newest version per id (newestPerId) finds the classified rows already partitioned by it
        Dataset<Row> ranked = validated
                .repartition(source.key().stream().map(name -> col(name)).toArray(Column[]::new))
                .withColumn(VALID, RowValidation.isValid())
                .withColumn(COPY, row_number().over(sameContent))
                .withColumn(CONTENT_RANK, dense_rank().over(sameVersion.orderBy(contract)))
                .withColumn(CONTENTS, max(col(CONTENT_RANK)).over(sameVersion));

        Column firstValidCopy = col(VALID).and(col(COPY).equalTo(1));
        Column conflictInBatch = firstValidCopy.and(col(CONTENTS).gt(1));
        Column duplicate = col(VALID).and(col(COPY).gt(1));
        Column conflict = conflictInBatch;
        Column known = lit(false);
        if (source.isEvent()) {
            // silver has one row per id: joined on the id alone, it tells both whether the id is known
            // and whether this version of it is
            Dataset<Row> current = silver.select(
                    col(source.idColumn()).as(SILVER_ID),
                    when(comparable, col(Columns.UPDATED_AT)).as(SILVER_VERSION),
                    struct(contract).as(SILVER_ROW));
            ranked = ranked.join(current, col(source.idColumn()).equalTo(col(SILVER_ID)), "left");
            known = col(SILVER_ID).isNotNull();
            Column sameVersionInSilver = firstValidCopy.and(col(CONTENTS).equalTo(1))
                    .and(col(SILVER_VERSION).isNotNull()).and(col(Columns.UPDATED_AT).equalTo(col(SILVER_VERSION)));
            Column identicalToSilver = struct(contract).eqNullSafe(col(SILVER_ROW));
            duplicate = duplicate.or(sameVersionInSilver.and(identicalToSilver));
            conflict = conflict.or(sameVersionInSilver.and(identicalToSilver.unary_$bang()));
        }
        return ranked
                .withColumn(RowValidation.REASONS, when(conflict,
                        concat(col(RowValidation.REASONS), array(lit(ReasonCode.CONFLICTING_VERSION.name()))))
                        .otherwise(col(RowValidation.REASONS)))
                .withColumn(OUTCOME, when(duplicate, lit(DUPLICATE))
                        .when(col(VALID).and(conflict.unary_$bang()), lit(ACCEPTED))
                        .otherwise(lit(QUARANTINED)))
                .withColumn(KNOWN_ID, known)
                .drop(VALID, COPY, CONTENT_RANK, CONTENTS, SILVER_ID, SILVER_VERSION, SILVER_ROW);
    }

    /**
     * The rows to merge into silver: the accepted ones, and of an id delivered in several versions
     * only the newest (a MERGE takes one source row per id).
     */
    static Dataset<Row> newestPerId(Dataset<Row> accepted, Source source) {
        if (!source.isEvent()) {
            return accepted;
        }
        String rank = "_newest";
        return accepted
                .withColumn(rank, row_number().over(Window.partitionBy(source.idColumn())
                        .orderBy(col(Columns.UPDATED_AT).desc(), col(Columns.SOURCE_FILE), col(Columns.ROW_NUMBER))))
                .where(col(rank).equalTo(1))
                .drop(rank);
    }

    /** What identifies one version of a row: the key and updated_at for events, the key for reference rows. */
    private static List<String> versionKey(Source source) {
        List<String> key = new ArrayList<>(source.key());
        if (source.isEvent()) {
            key.add(Columns.UPDATED_AT);
        }
        return key;
    }

    private static Column[] withValid(Column[] columns) {
        Column[] all = new Column[columns.length + 1];
        all[0] = col(VALID);
        System.arraycopy(columns, 0, all, 1, columns.length);
        return all;
    }
}
