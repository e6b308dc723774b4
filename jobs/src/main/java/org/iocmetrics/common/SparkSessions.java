package org.iocmetrics.common;

import org.apache.spark.sql.SparkSession;

/**
 * The one place a SparkSession is configured: Delta's extension and catalog, UTC as the session
 * time zone (instants in storage), and small shuffle/snapshot partition counts when running on one
 * machine. Under spark-submit the cluster's master and settings win; a session already running is
 * returned unchanged.
 */
public final class SparkSessions {
    private SparkSessions() {}

    public static SparkSession getOrCreate(String appName) {
        // A session that already runs (a test's shared one, or spark-submit's) is used as it is:
        // a builder would silently change its settings for everyone else using it.
        var running = SparkSession.getDefaultSession();
        if (running.isDefined()) {
            return running.get();
        }
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        boolean local = System.getProperty("spark.master") == null;
        if (local) {
            builder.master("local[*]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "8")
                    .config("spark.databricks.delta.snapshotPartitions", "2")
                    .config("spark.sql.adaptive.enabled", "true")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = withLakeSettings(builder).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /** Settings every session needs, locally, in tests and on a cluster. */
    public static SparkSession.Builder withLakeSettings(SparkSession.Builder builder) {
        return builder
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.databricks.delta.schema.autoMerge.enabled", "false")
                // the retention rule's vacuums show in each table's history with the files they deleted
                .config("spark.databricks.delta.vacuum.logging.enabled", "true")
                .config("spark.sql.ansi.enabled", "false")
                // HotSpot leaves a method of more than 8,000 bytes of bytecode uncompiled; ingest's row
                // validation generates such a method, which ran 2-3x slower interpreted than as separate
                // generated expressions (Spark's default limit, 65,535, assumes a JVM without that rule)
                .config("spark.sql.codegen.hugeMethodLimit", "8000");
    }
}
