package org.iocmetrics.testing;

import org.apache.spark.sql.SparkSession;
import org.iocmetrics.common.SparkSessions;

/**
 * The one SparkSession of a test JVM: local[2], two shuffle partitions, one Delta snapshot
 * partition, no UI, no code generation. Every Spark test takes its session from here.
 */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.withLakeSettings(SparkSession.builder()
                            .appName("ioc-metrics-tests")
                            .master("local[2]")
                            .config("spark.ui.enabled", "false")
                            .config("spark.sql.shuffle.partitions", "2")
                            .config("spark.default.parallelism", "2")
                            .config("spark.databricks.delta.snapshotPartitions", "1")
                            .config("spark.sql.adaptive.enabled", "false")
                            // rows here are tens: generating and compiling code per query costs more
                            // than it saves (GoldUpdateTest 186 s -> 122 s); CI's runs keep it on
                            .config("spark.sql.codegen.wholeStage", "false")
                            .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
                            .config("spark.driver.host", "127.0.0.1")
                            .config("spark.driver.bindAddress", "127.0.0.1"))
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
