package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The values a batch's rows carry in a key column, to read of a lake table only the rows the batch
 * can meet. A month into ten years of silver meets a few thousandths of it: joined as it is, the
 * whole table is shuffled to meet them; narrowed first by a broadcast of the batch's values, only the
 * rows that meet are. A batch too large to broadcast leaves the table as it is (the join that follows
 * pairs the rows either way).
 */
final class BatchKeys {
    /**
     * The most rows a source's batch may have for its values to be broadcast: about 70 MB of hashed
     * ids at the most. A month at scale 8 has some 50,000 rows per source; a year at scale 8 about 600,000.
     */
    static final long MOST_ROWS_BROADCAST = 1_000_000;

    private final Dataset<Row> raw;
    private final long rows;

    /** The batch's rows as received ({@link DropReader}) and how many there are. */
    BatchKeys(Dataset<Row> raw, long rows) {
        this.raw = raw;
        this.rows = rows;
    }

    /**
     * The rows of {@code table} whose {@code column} holds a value some row of the batch holds in its
     * column of the same name, as validation types it; all rows when the batch is too large to
     * broadcast.
     */
    Dataset<Row> rowsMeeting(Dataset<Row> table, String column) {
        if (rows > MOST_ROWS_BROADCAST) {
            return table;
        }
        Dataset<Row> values = raw.select(RowValidation.cleaned(column).as(column))
                .where(col(column).isNotNull())
                .distinct();
        return table.join(broadcast(values), new String[] {column}, "left_semi");
    }
}
