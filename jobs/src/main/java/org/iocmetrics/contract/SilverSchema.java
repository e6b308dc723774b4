package org.iocmetrics.contract;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The typed shape of every silver table: the contract's columns in contract order, typed
 * (timestamps as UTC instants), followed by the lineage columns. Ingestion writes exactly this;
 * gold jobs and tests read and build exactly this.
 */
public final class SilverSchema {
    private SilverSchema() {}

    public static StructType of(Source source) {
        return withLineage(contractColumns(source));
    }

    /** The contract's columns only, without lineage: convenient for building test rows. */
    public static StructType contractColumns(Source source) {
        StructType schema = new StructType();
        for (Field field : source.fields()) {
            schema = schema.add(field.name(), sparkType(field.type()), true);
        }
        return schema;
    }

    public static StructType withLineage(StructType schema) {
        return schema
                .add(Columns.BATCH_ID, DataTypes.StringType, false)
                .add(Columns.SOURCE_FILE, DataTypes.StringType, false)
                .add(Columns.ROW_NUMBER, DataTypes.LongType, false)
                .add(Columns.INGESTED_AT, DataTypes.TimestampType, false);
    }

    public static DataType sparkType(FieldType type) {
        return switch (type) {
            case STRING, ENUM, IMO, ZONE_ID -> DataTypes.StringType;
            case TIMESTAMP -> DataTypes.TimestampType;
            case BOOLEAN -> DataTypes.BooleanType;
            case INTEGER -> DataTypes.LongType;
            case DECIMAL -> DataTypes.DoubleType;
        };
    }
}
