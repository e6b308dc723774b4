package org.iocmetrics.ingest;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ingest log (ops/ingest_log): one row per batch and source. For every row,
 * rows_read = rows_accepted + rows_quarantined + rows_duplicate.
 */
public final class IngestLogColumns {
    private IngestLogColumns() {}

    public static final String BATCH_ID = "batch_id";
    public static final String SOURCE = "source";
    public static final String FILES = "files";
    public static final String ROWS_READ = "rows_read";
    public static final String ROWS_ACCEPTED = "rows_accepted";
    public static final String ROWS_QUARANTINED = "rows_quarantined";
    public static final String ROWS_DUPLICATE = "rows_duplicate";
    /** Orphans of earlier batches promoted to silver by this batch's ingest (not part of rows_read). */
    public static final String ORPHANS_PROMOTED = "orphans_promoted";
    public static final String STARTED_AT = "started_at";
    public static final String FINISHED_AT = "finished_at";
    public static final String SECONDS = "seconds";

    public static final StructType SCHEMA = new StructType()
            .add(BATCH_ID, DataTypes.StringType, false)
            .add(SOURCE, DataTypes.StringType, false)
            .add(FILES, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(ROWS_READ, DataTypes.LongType, false)
            .add(ROWS_ACCEPTED, DataTypes.LongType, false)
            .add(ROWS_QUARANTINED, DataTypes.LongType, false)
            .add(ROWS_DUPLICATE, DataTypes.LongType, false)
            .add(ORPHANS_PROMOTED, DataTypes.LongType, false)
            .add(STARTED_AT, DataTypes.TimestampType, false)
            .add(FINISHED_AT, DataTypes.TimestampType, false)
            .add(SECONDS, DataTypes.DoubleType, false);
}
