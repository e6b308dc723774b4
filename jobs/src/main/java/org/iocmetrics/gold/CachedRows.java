package org.iocmetrics.gold;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Rows computed once and kept for the rest of a scope. A gold update's few rows are read by several
 * branches of its plans (the facts read their input three to four times), and each branch would
 * otherwise scan a whole silver table again to find them.
 */
final class CachedRows implements AutoCloseable {
    private final List<Dataset<Row>> kept = new ArrayList<>();

    /** The rows, computed now and kept until the scope closes. */
    Dataset<Row> of(Dataset<Row> rows) {
        Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
        kept.add(cached);
        cached.count();
        return cached;
    }

    @Override
    public void close() {
        kept.forEach(Dataset::unpersist);
    }
}
