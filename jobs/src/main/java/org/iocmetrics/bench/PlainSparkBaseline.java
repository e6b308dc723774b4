package org.iocmetrics.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;

/**
 * The bench's second yardstick: DuckDB's "ingest" step done by Spark itself, in this JVM and session.
 * Each event source's files are read as text columns, the newest version per id is kept, and the rows
 * are written to a Delta table of their own, one write each. Nothing is validated, typed or kept as
 * received, no quarantine and no lineage: what a lake load costs in Spark and Delta before any of this
 * project's work. It splits the ratio of the project's ingest to DuckDB's in two: the engine's part
 * (this ÷ DuckDB) and the project's own (the project ÷ this).
 *
 * <p>It writes with Spark's own writer on purpose, outside the project's lake and its {@code Lake}
 * edge: it measures Spark and Delta, and must not share a shortcut the project has taken.
 */
final class PlainSparkBaseline {
    private PlainSparkBaseline() {}

    /** Loads the drop's three event sources into Delta tables under {@code tables}; returns the rows kept. */
    static long ingest(SparkSession spark, Path drop, Path tables) {
        long kept = 0;
        for (Source source : Source.values()) {
            if (!source.isEvent()) {
                continue;
            }
            String table = tables.resolve(source.tableName()).toUri().toString();
            Dataset<Row> files = spark.read().option("header", "true").option("pathGlobFilter", "*.csv.gz")
                    .csv(drop.resolve(source.tableName()).toUri().toString());
            newestPerId(files, source.idColumn())
                    .write().format("delta").mode("overwrite").save(table);
            kept += spark.read().format("delta").load(table).count();
        }
        return kept;
    }

    /** The rows of the newest updated_at of each id (DuckDB's QUALIFY row_number() = 1). */
    private static Dataset<Row> newestPerId(Dataset<Row> rows, String id) {
        String rank = "_newest";
        return rows.withColumn(rank, row_number().over(Window.partitionBy(id)
                        .orderBy(col(Columns.UPDATED_AT).cast(DataTypes.TimestampType).desc())))
                .where(col(rank).equalTo(1))
                .drop(rank);
    }
}
