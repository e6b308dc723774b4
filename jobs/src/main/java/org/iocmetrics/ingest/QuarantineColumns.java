package org.iocmetrics.ingest;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.contract.Columns;

/**
 * The quarantine table (silver/quarantine): one row per rejected input row, with its lineage, the
 * values as received and every reason code. Orphans are released (never deleted) once promoted.
 */
public final class QuarantineColumns {
    private QuarantineColumns() {}

    /** Lower-case source name, as {@link org.iocmetrics.contract.Source#tableName()}. */
    public static final String SOURCE = "source";
    /** map&lt;string,string&gt;: contract column to the value as received (null when absent). */
    public static final String RAW_VALUES = "raw_values";
    /** array&lt;string&gt;: the {@link org.iocmetrics.contract.ReasonCode} names, one per broken rule. */
    public static final String REASONS = "reasons";
    public static final String QUARANTINED_AT = "quarantined_at";
    /** True once an orphan was promoted to silver. */
    public static final String RELEASED = "released";
    /** The batch whose ingest promoted the orphan. */
    public static final String RELEASED_BATCH = "released_batch";

    public static final StructType SCHEMA = new StructType()
            .add(SOURCE, DataTypes.StringType, false)
            .add(Columns.BATCH_ID, DataTypes.StringType, false)
            .add(Columns.SOURCE_FILE, DataTypes.StringType, false)
            .add(Columns.ROW_NUMBER, DataTypes.LongType, false)
            .add(RAW_VALUES, DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false)
            .add(REASONS, DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add(QUARANTINED_AT, DataTypes.TimestampType, false)
            .add(RELEASED, DataTypes.BooleanType, false)
            .add(RELEASED_BATCH, DataTypes.StringType, true);
}
