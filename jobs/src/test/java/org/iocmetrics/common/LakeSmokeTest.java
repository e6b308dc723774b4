package org.iocmetrics.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
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
    private static final StructType ID_AND_VALUE =
            new StructType().add("id", DataTypes.StringType).add("value", DataTypes.StringType);

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

    @Test
    void withDeletionVectorsAMergeMarksTheReplacedRowInsteadOfCopyingItsFile(@TempDir Path folder) {
        SparkSession spark = SharedSpark.session();
        Lake lake = TestLakes.at(folder);
        LakeTable table = LakeTable.GOLD_METRIC_VALUES;
        lake.overwrite(spark.createDataFrame(List.of(RowFactory.create("a", "old"), RowFactory.create("b", "kept")),
                ID_AND_VALUE).coalesce(1), table);
        lake.keepDeletionVectors(table);
        lake.keepDeletionVectors(table);
        assertEquals(1, lake.version(table).orElseThrow(), "turned on in one commit, once");

        lake.upsert(spark.createDataFrame(List.of(RowFactory.create("a", "new")), ID_AND_VALUE), table, "id");

        assertEquals(List.of("a new", "b kept"), lake.read(table).orderBy("id").selectExpr("concat_ws(' ', id, value)")
                .as(Encoders.STRING()).collectAsList());
        Map<String, String> merge = TestLakes.lastOperationMetrics(lake, table);
        assertEquals(List.of("1", "1", "0"), List.of(merge.get("numTargetRowsUpdated"),
                merge.get("numTargetDeletionVectorsAdded"), merge.get("numTargetRowsCopied")));
    }

    @Test
    void theChangesAfterATablesLastVersionAreNoneInTheChangeFeedsColumns(@TempDir Path folder) {
        SparkSession spark = SharedSpark.session();
        Lake lake = TestLakes.at(folder);
        LakeTable table = LakeTable.SILVER_ARRIVALS;
        lake.createIfAbsent(table, ID_AND_VALUE);
        lake.upsert(spark.createDataFrame(List.of(RowFactory.create("a", "old")), ID_AND_VALUE), table, "id");
        lake.upsert(spark.createDataFrame(List.of(RowFactory.create("a", "new"), RowFactory.create("b", "added")), ID_AND_VALUE),
                table, "id");

        Dataset<Row> changes = lake.changesAfter(table, 1);
        assertEquals(List.of("a new update_postimage", "a old update_preimage", "b added insert"), changes
                .selectExpr("concat_ws(' ', id, value, " + Lake.CHANGE_TYPE + ")").as(Encoders.STRING())
                .collectAsList().stream().sorted().toList());
        Dataset<Row> none = lake.changesAfter(table, 2);
        assertEquals(0, none.count());
        assertEquals(changes.schema().simpleString(), none.schema().simpleString());
    }

    @Test
    void theRetentionRuleVacuumsATableWhenItsLogPassesTenCommitsAndKeepsRecentVersions(@TempDir Path folder) {
        SparkSession spark = SharedSpark.session();
        Lake lake = TestLakes.at(folder);
        LakeTable table = LakeTable.GOLD_METRIC_VALUES;
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create("a")), new StructType().add("id", DataTypes.StringType));
        lake.overwrite(rows, table);
        assertEquals(List.of(), lake.vacuumAfter(Map.of()), "a table created by the run, at its first commit");
        Map<String, Long> afterFirstCommit = lake.versions();
        for (int version = 1; version <= 9; version++) {
            lake.overwrite(rows, table);
        }
        assertEquals(List.of(), lake.vacuumAfter(afterFirstCommit), "versions 1 to 9");
        Map<String, Long> beforeTenth = lake.versions();
        lake.overwrite(rows, table);

        assertEquals(List.of(table), lake.vacuumAfter(beforeTenth));
        List<Row> vacuums = lake.delta(table).history().where("operation = 'VACUUM END'")
                .select("operationMetrics").collectAsList();
        assertEquals(1, vacuums.size());
        // every overwritten file is younger than the retention: version 0 still reads
        assertEquals("0", vacuums.get(0).<scala.collection.Map<String, String>>getAs(0).apply("numDeletedFiles"));
        assertEquals(1, spark.read().format("delta").option("versionAsOf", 0).load(lake.location(table)).count());
    }
}
