package org.iocmetrics.common;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Option;

/**
 * The Delta lake and the one place its tables are read and written. The root is a fully qualified
 * Hadoop URI ({@code file:/abs/ioc-lake}, {@code hdfs://…}): a relative or plain local path is
 * resolved against the working directory once, here, because Delta takes a relative path for a
 * table name. A lake may be pinned to table versions (a run manifest's), and then every read
 * time-travels to them.
 */
public final class Lake {
    /** Delta's idempotent-write options: a write whose application id already committed is skipped. */
    private static final String TXN_APP_ID = "txnAppId";
    private static final String TXN_VERSION = "txnVersion";
    private static final String CHANGE_FEED = "delta.enableChangeDataFeed";
    private static final String DELETION_VECTORS = "delta.enableDeletionVectors";
    private static final String TARGET = "target";
    private static final String UPDATES = "updates";
    /** Columns Delta adds to the rows of a change feed: what the change was, and its commit. */
    public static final String CHANGE_TYPE = "_change_type";
    public static final String COMMIT_VERSION = "_commit_version";
    public static final String COMMIT_TIMESTAMP = "_commit_timestamp";
    /** Change types: a row inserted, and the new image of an updated row. */
    public static final String INSERTED = "insert";
    public static final String UPDATED_TO = "update_postimage";
    /**
     * Data files a table stopped using are deleted after this long: Delta's own log retention, so a
     * run manifest's table versions stay readable for as long as Delta keeps their log entries.
     */
    public static final Duration RETENTION = Duration.ofDays(30);
    /** Delta checkpoints its log every ten commits; the lake vacuums a table at the same rhythm. */
    private static final long VACUUM_EVERY_COMMITS = 10;

    private final SparkSession spark;
    private final Location location;
    private final Map<LakeTable, Long> pinned;
    /** Tables known to exist: a table never disappears during a run, so each is looked up until found. */
    private final Set<LakeTable> existing = Collections.synchronizedSet(EnumSet.noneOf(LakeTable.class));

    private Lake(SparkSession spark, Location location, Map<LakeTable, Long> pinned) {
        this.spark = spark;
        this.location = location;
        this.pinned = pinned;
    }

    /** The lake at a location given by a user: a URI, or a local path relative to the working directory. */
    public static Lake at(SparkSession spark, String location) {
        return new Lake(spark, Location.of(spark.sparkContext().hadoopConfiguration(), location, "the lake"), Map.of());
    }

    /** The same lake whose reads see each given table at its version; other tables read as absent. */
    public Lake pinnedTo(Map<LakeTable, Long> versions) {
        return new Lake(spark, location, Map.copyOf(versions));
    }

    public SparkSession spark() {
        return spark;
    }

    /** The root as a qualified URI, as the run manifest records it. */
    public String uri() {
        return location.uri();
    }

    /** The lake as people write it: a plain path for a local lake, the URI otherwise. */
    @Override
    public String toString() {
        return location.toString();
    }

    /** The root's file system: local, HDFS or an object store, whatever the URI names. */
    public FileSystem fileSystem() {
        return location.fileSystem();
    }

    /** The root on this machine's disk, when the lake is local (the lake lock uses an OS file lock there). */
    public Optional<File> localRoot() {
        return location.localFile();
    }

    public Path root() {
        return location.path();
    }

    public String location(LakeTable table) {
        return location.resolve(table.relativePath()).toString();
    }

    public boolean exists(LakeTable table) {
        if (!pinned.isEmpty()) {
            return pinned.containsKey(table);
        }
        if (!existing.contains(table) && DeltaTable.isDeltaTable(spark, location(table))) {
            existing.add(table);
        }
        return existing.contains(table);
    }

    /** Fails with a one-line reason naming the command to run when the table is absent. */
    public void require(LakeTable table, String firstRun) {
        if (!exists(table)) {
            try {
                if (!fileSystem().exists(root())) {
                    throw new UserError("no lake at " + this + ": run " + firstRun + " first, or pass --lake");
                }
            } catch (IOException e) {
                throw new UserError("cannot read the lake at " + this + ": " + e.getMessage(), e);
            }
            throw new UserError(table.relativePath() + " is missing in the lake at " + this + ": run " + firstRun + " first");
        }
    }

    public Dataset<Row> read(LakeTable table) {
        DataFrameReader reader = spark.read().format("delta");
        Long version = pinned.get(table);
        if (version != null) {
            reader = reader.option("versionAsOf", version);
        } else if (!pinned.isEmpty()) {
            throw new IllegalStateException(table.relativePath() + " is not among the pinned tables");
        }
        return reader.load(location(table));
    }

    /** The table's rows, or no rows of the given shape when it does not exist yet. */
    public Dataset<Row> readOrEmpty(LakeTable table, StructType schema) {
        return exists(table) ? read(table) : spark.createDataFrame(List.of(), schema);
    }

    /**
     * Appends rows exactly once per {@code writeId}: a rerun after a crash that finds the same id
     * already committed to this table writes nothing (Delta's idempotent writes).
     */
    public void append(Dataset<Row> rows, LakeTable table, String writeId) {
        rows.write().format("delta").mode("append")
                .option(TXN_APP_ID, writeId)
                .option(TXN_VERSION, 1L)
                .save(location(table));
        existing.add(table);
    }

    /**
     * Replaces the whole table, schema and partitioning included, in one commit; a partitioned table
     * gets one file per partition.
     */
    public void overwrite(Dataset<Row> rows, LakeTable table) {
        String[] partitionColumns = table.partitionColumns().toArray(String[]::new);
        Dataset<Row> written = partitionColumns.length == 0 ? rows
                : rows.repartition(table.partitionColumns().stream().map(functions::col).toArray(Column[]::new));
        written.write().format("delta").mode("overwrite").option("overwriteSchema", "true")
                .partitionBy(partitionColumns)
                .save(location(table));
        existing.add(table);
    }

    /** Updates the rows whose key matches a given row and inserts the others, in one MERGE commit. */
    public void upsert(Dataset<Row> rows, LakeTable table, String key) {
        upsertWhere(rows, table, key, lit(true));
    }

    /**
     * As {@link #upsert(Dataset, LakeTable, String)}, when the caller knows the partitions (values of
     * the table's one partition column) that hold every row the given rows replace: the MERGE reads
     * only those, and the partition of null values.
     */
    public void upsert(Dataset<Row> rows, LakeTable table, String key, Collection<?> partitions) {
        if (table.partitionColumns().size() != 1) {
            throw new IllegalArgumentException(table.relativePath() + " is not partitioned by one column");
        }
        Column partition = col(TARGET + "." + table.partitionColumns().get(0));
        upsertWhere(rows, table, key, partition.isin(partitions.toArray()).or(partition.isNull()));
    }

    private void upsertWhere(Dataset<Row> rows, LakeTable table, String key, Column targetRows) {
        delta(table).as(TARGET)
                .merge(rows.as(UPDATES), col(TARGET + "." + key).equalTo(col(UPDATES + "." + key)).and(targetRows))
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .execute();
    }

    /**
     * The rows committed to a table after a version, from its change feed: inserts, deletes and both
     * images of every update, with {@link #CHANGE_TYPE} and the commit's version and time; none (in
     * the same columns) after the table's last version.
     */
    public Dataset<Row> changesAfter(LakeTable table, long version) {
        if (version(table).orElseThrow() <= version) {
            // Delta refuses a feed that starts after the table's last commit: no change, in the feed's columns
            return read(table).where(lit(false))
                    .withColumn(CHANGE_TYPE, lit(null).cast(DataTypes.StringType))
                    .withColumn(COMMIT_VERSION, lit(null).cast(DataTypes.LongType))
                    .withColumn(COMMIT_TIMESTAMP, lit(null).cast(DataTypes.TimestampType));
        }
        return spark.read().format("delta")
                .option("readChangeFeed", "true")
                .option("startingVersion", version + 1)
                .load(location(table));
    }

    /** Turns the change feed on for a table created before tables kept one (one commit, once). */
    public void keepChangeFeed(LakeTable table) {
        turnOn(table, CHANGE_FEED);
    }

    /**
     * Turns deletion vectors on for a table (one commit, once): its MERGEs then mark the rows they
     * replace instead of copying the rest of their files.
     */
    public void keepDeletionVectors(LakeTable table) {
        turnOn(table, DELETION_VECTORS);
    }

    private void turnOn(LakeTable table, String property) {
        Option<String> enabled = snapshot(table).metadata().configuration().get(property);
        if (!enabled.isDefined() || !Boolean.parseBoolean(enabled.get())) {
            spark.sql("ALTER TABLE delta.`" + location(table) + "` SET TBLPROPERTIES (" + property + " = true)");
        }
    }

    /** Replaces the rows matching a SQL predicate in one commit; the other rows stay. */
    public void replaceWhere(Dataset<Row> rows, LakeTable table, String predicate) {
        rows.write().format("delta").mode("overwrite").option("replaceWhere", predicate).save(location(table));
        existing.add(table);
    }

    /** Deletes the rows matching the condition in one commit, and commits nothing when none does; returns how many. */
    public long deleteWhere(LakeTable table, Column condition) {
        long matching = read(table).where(condition).count();
        if (matching > 0) {
            delta(table).delete(condition);
        }
        return matching;
    }

    /** Creates an empty table from a schema (lineage columns keep NOT NULL); true when it was created now. */
    public boolean createIfAbsent(LakeTable table, StructType schema) {
        if (exists(table)) {
            return false;
        }
        var builder = DeltaTable.createIfNotExists(spark).location(location(table)).addColumns(schema);
        if (table.keepsChangeFeed()) {
            builder = builder.property(CHANGE_FEED, "true");
        }
        builder.execute();
        existing.add(table);
        return true;
    }

    /** The table for a MERGE or an UPDATE. */
    public DeltaTable delta(LakeTable table) {
        return DeltaTable.forPath(spark, location(table));
    }

    /** The bytes of a table's current data files, from its log (no Spark job); 0 when the table is absent. */
    public long sizeInBytes(LakeTable table) {
        if (!exists(table)) {
            return 0;
        }
        return snapshot(table).sizeInBytes();
    }

    /** The version a read sees: the pinned one, or the current one; empty when the table is absent. */
    public OptionalLong version(LakeTable table) {
        if (!pinned.isEmpty()) {
            Long version = pinned.get(table);
            return version == null ? OptionalLong.empty() : OptionalLong.of(version);
        }
        if (!exists(table)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(snapshot(table).version());
    }

    /** The table's newest state, read from its log without a Spark job (history() runs one). */
    private Snapshot snapshot(LakeTable table) {
        return DeltaLog.forTable(spark, location(table)).update(false, Option.empty(), Option.empty());
    }

    /** The version of every table that exists, keyed by its path in the lake (the manifest's form). */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (LakeTable table : LakeTable.values()) {
            version(table).ifPresent(v -> versions.put(table.relativePath(), v));
        }
        return versions;
    }

    /**
     * Applies the retention rule after a command wrote the lake: every table whose log passed a
     * multiple of ten commits since {@code before} (the lake's {@link #versions()} when the command
     * began) deletes the data files it stopped using more than {@link #RETENTION} ago. Returns the
     * tables vacuumed.
     */
    public List<LakeTable> vacuumAfter(Map<String, Long> before) {
        long started = System.nanoTime();
        List<LakeTable> vacuumed = new ArrayList<>();
        versions().forEach((relativePath, version) -> {
            // a table the run created started below its first ten commits
            long previous = before.getOrDefault(relativePath, 0L);
            if (Math.floorDiv(version, VACUUM_EVERY_COMMITS) > Math.floorDiv(previous, VACUUM_EVERY_COMMITS)) {
                LakeTable table = LakeTable.at(relativePath);
                vacuum(table);
                vacuumed.add(table);
            }
        });
        if (!vacuumed.isEmpty()) {
            StageLog.info(String.format(Locale.ROOT, "lake: vacuumed %d table(s) of files unused for %d days in %.1f s",
                    vacuumed.size(), RETENTION.toDays(), (System.nanoTime() - started) / 1e9));
        }
        return vacuumed;
    }

    /**
     * VACUUM LITE finds the files to delete in the log instead of listing the table's folder: 8 s
     * instead of 68 s for a small table here. It refuses when the log no longer reaches back over the
     * retention; the full VACUUM lists the folder then.
     */
    private void vacuum(LakeTable table) {
        String vacuum = "VACUUM delta.`" + location(table) + "`";
        String retain = " RETAIN " + RETENTION.toHours() + " HOURS";
        try {
            spark.sql(vacuum + " LITE" + retain);
        } catch (RuntimeException e) {
            StageLog.info("lake: " + table.relativePath() + " needs a full VACUUM (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
            spark.sql(vacuum + retain);
        }
    }

    /** Table versions of a manifest ({@link #versions()}'s form) back as tables. */
    public static Map<LakeTable, Long> tablesOf(Map<String, Long> versions) {
        Map<LakeTable, Long> tables = new EnumMap<>(LakeTable.class);
        versions.forEach((relativePath, version) -> tables.put(LakeTable.at(relativePath), version));
        return tables;
    }
}
