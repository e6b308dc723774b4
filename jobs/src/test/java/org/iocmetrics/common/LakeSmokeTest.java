package org.iocmetrics.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.testing.SharedSpark;
import org.iocmetrics.testing.TestLakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeSmokeTest {

    @Test
    void deltaRoundTripKeepsInstantsInUtc(@TempDir Path lake) {
        SparkSession spark = SharedSpark.session();
        StructType schema = new StructType()
                .add("id", DataTypes.StringType)
                .add("at", DataTypes.TimestampType);
        Instant instant = Instant.parse("2026-03-08T07:30:00Z");
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create("a", Timestamp.from(instant))), schema);
        String path = TestLakes.at(lake).location(LakeTable.SILVER_ARRIVALS);
        rows.write().format("delta").save(path);

        Row read = spark.read().format("delta").load(path).first();
        assertEquals(instant, read.getTimestamp(1).toInstant());
        assertEquals("2026-03-08 07:30:00", spark.read().format("delta").load(path)
                .selectExpr("cast(at as string)").first().getString(0));
    }
}
