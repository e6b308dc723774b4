package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.StageLog;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;

/**
 * Ingests one input drop into the lake in two steps. {@link #prepare} validates the drop and reads
 * every file it still has to ingest to its end, writing nothing, so a bad drop fails with the lake as
 * it was. {@link #commit}, run while the command holds the lake's lock, then goes through the sources
 * in dependency order: appends bronze, types and checks the rows, quarantines the bad ones, collapses
 * duplicates, merges the rest into silver and promotes earlier orphans whose arrival now exists; then
 * it appends every source's counts to the ingest log in one commit, which marks the batch as ingested.
 * A drop whose batch id is already in the ingest log is not ingested again; a run resumed after a
 * crash repeats the batch, and every write above is safe to repeat (see {@link IngestLake}).
 */
public final class IngestJob {
    private final SparkSession spark;
    private final IngestLake lake;
    private final Drop drop;
    private final long started = System.nanoTime();
    private Map<Source, ReadSource> read = Map.of();

    private IngestJob(Lake lake, Drop drop) {
        this.spark = lake.spark();
        this.lake = new IngestLake(lake);
        this.drop = drop;
    }

    /** Validates the drop and reads what the lake does not hold yet; writes nothing, takes no lock. */
    public static IngestJob prepare(Location input, Lake lake) {
        IngestJob job = new IngestJob(lake, new DropInspector(lake.spark()).inspect(input));
        Map<Source, SourceResult> logged = job.loggedResults();
        if (logged.size() < Source.values().length) {
            job.read = job.readWholeBatch(logged.keySet());
        }
        return job;
    }

    /** Both steps at once, for a caller that alone uses the lake. */
    public static IngestResult run(Location input, Lake lake) {
        return prepare(input, lake).commit();
    }

    /** Writes the prepared batch into the lake; the caller holds the lake's lock. */
    public IngestResult commit() {
        Map<Source, SourceResult> logged = loggedResults();
        boolean alreadyIngested = logged.size() == Source.values().length;
        List<SourceResult> results = new ArrayList<>();
        try {
            if (alreadyIngested) {
                for (Source source : Source.values()) {
                    results.add(logged.get(source));
                }
                StageLog.info("ingest: batch " + drop.batchId() + " was already ingested; nothing written");
            } else {
                Set<String> waitingOrphans = sourcesWithWaitingOrphans(drop.batchId());
                List<SourceResult> ingested = new ArrayList<>();
                for (Source source : Source.values()) {
                    if (logged.containsKey(source)) {
                        results.add(logged.get(source));
                    } else {
                        ingested.add(read.containsKey(source)
                                ? ingestSource(read.get(source), waitingOrphans.contains(source.tableName()))
                                : leftOut(source));
                        results.add(ingested.get(ingested.size() - 1));
                    }
                }
                lake.appendOnce(logRows(drop.batchId(), ingested), LakeTable.INGEST_LOG, drop.batchId(), "log");
            }
        } finally {
            read.values().forEach(r -> r.rows().unpersist());
        }
        return new IngestResult(drop.batchId(), alreadyIngested, results, drop.ignoredFiles(), tableVersions(),
                (System.nanoTime() - started) / 1e9);
    }

    /** One source's rows as received (read again by each use), and how many there are. */
    private record ReadSource(Source source, Dataset<Row> rows, long count) {}

    /**
     * Reads every file of the batch to its end before anything is committed, so a truncated or
     * corrupt file fails the batch with the lake as it was.
     */
    private Map<Source, ReadSource> readWholeBatch(Set<Source> alreadyLogged) {
        return StageLog.timed("read drop", () -> readEverySource(alreadyLogged),
                read -> String.format(Locale.ROOT, "%,d rows in %d sources",
                        read.values().stream().mapToLong(ReadSource::count).sum(), read.size()));
    }

    private Map<Source, ReadSource> readEverySource(Set<Source> alreadyLogged) {
        Map<Source, ReadSource> read = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            if (alreadyLogged.contains(source) || drop.filesOf(source).isEmpty()) {
                continue;
            }
            DropReader.Rows rows;
            try {
                rows = new DropReader(spark).read(source, drop.filesOf(source));
            } catch (RuntimeException e) {
                read.values().forEach(r -> r.rows().unpersist());
                throw new DropReader(spark).unreadable(source, drop.filesOf(source), e);
            }
            read.put(source, new ReadSource(source, rows.rows(), rows.count()));
        }
        return read;
    }

    private SourceResult ingestSource(ReadSource read, boolean orphansWaiting) {
        Source source = read.source();
        String batchId = drop.batchId();
        Instant startedAt = Instant.now();
        Timestamp now = Timestamp.from(startedAt);
        return StageLog.timed("ingest " + source.tableName(), () -> {
            lake.createSilverIfAbsent(source);
            ReferenceKeys keys = referenceKeys();
            long promoted = orphansWaiting ? promoteOrphans(source, batchId, now, keys) : 0;

            Dataset<Row> raw = read.rows();
            lake.appendOnce(withBatch(raw, source, batchId, now), LakeTable.bronze(source), batchId, source.tableName());

            // silver is read only where the batch's ids meet it: a month into ten years is a month's work
            BatchKeys batch = new BatchKeys(raw, read.count());
            ReferenceKeys keysMet = s -> s == Source.ARRIVALS && lake.isLarge(LakeTable.SILVER_ARRIVALS)
                    ? batch.rowsMeeting(keys.idsOf(s), Columns.ARRIVAL_ID) : keys.idsOf(s);
            // the raw values are left behind: they double what the windows sort and the cache holds, and
            // only quarantined rows need them, taken again from the rows as received
            // silver's rows of this batch (a run resumed after a crash finds them merged) are not earlier
            // versions, but their ids are known
            Dataset<Row> classified = Versioning.classify(
                            RowValidation.validate(raw, source, keysMet).drop(RowValidation.RAW), source,
                            silverMeeting(source, batch), col(Columns.BATCH_ID).notEqual(lit(batchId)))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Outcomes outcomes = Outcomes.of(classified);
            SourceResult counts = new SourceResult(source, drop.relativePaths(source), read.count(),
                    outcomes.accepted(), outcomes.quarantined(), outcomes.duplicate(),
                    promoted, startedAt, startedAt, 0);
            counts.requireAccounting();
            // Delta operations cost seconds each: skip the ones with nothing to write
            if (counts.rowsQuarantined() > 0) {
                lake.appendOnce(quarantineRows(classified.where(col(Versioning.OUTCOME).equalTo(Versioning.QUARANTINED)),
                        raw, source, batchId, now), LakeTable.QUARANTINE, batchId, source.tableName());
            }
            Dataset<Row> accepted = classified.where(col(Versioning.OUTCOME).equalTo(Versioning.ACCEPTED));
            if (source.kind() == Source.Kind.ROSTER) {
                // the roster the drop carries is the whole roster, even when none of its rows is valid
                lake.replaceSilver(silverRows(accepted, source, lit(batchId), now), source);
            } else if (counts.rowsAccepted() > 0) {
                Dataset<Row> newest = silverRows(Versioning.newestPerId(accepted, source), source, lit(batchId), now);
                // A MERGE reads all of silver to find the rows its source matches: when silver holds
                // none of the ids (a month of new calls) the rows are appended. A batch that also
                // updates rows is merged whole: split in two, its MERGE cost as much again.
                if (source.isEvent() && outcomes.acceptedOfKnownIds() == 0) {
                    lake.appendToSilver(newest, source, batchId);
                } else {
                    lake.mergeSilver(newest, source, batchId);
                }
            }
            classified.unpersist();
            return finished(counts);
        }, r -> String.format(Locale.ROOT, "read %,d accepted %,d quarantined %,d duplicates %,d orphans promoted %,d",
                r.rowsRead(), r.rowsAccepted(), r.rowsQuarantined(), r.rowsDuplicate(), r.orphansPromoted()));
    }

    /**
     * An optional source the drop does not carry: logged with no files and no rows; silver keeps what
     * it holds (created empty on a lake's first drop, so every source has its silver table).
     */
    private SourceResult leftOut(Source source) {
        lake.createSilverIfAbsent(source);
        StageLog.info("ingest " + source.tableName() + ": not in this drop; silver keeps what it holds");
        Instant now = Instant.now();
        return new SourceResult(source, List.of(), 0, 0, 0, 0, 0, now, now, 0);
    }

    /** Silver's rows; of a large event table, only those whose ids the batch carries: the others cannot meet its rows. */
    private Dataset<Row> silverMeeting(Source source, BatchKeys batch) {
        Dataset<Row> silver = lake.lake().read(LakeTable.silver(source));
        return source.isEvent() && lake.isLarge(LakeTable.silver(source)) ? batch.rowsMeeting(silver, source.idColumn()) : silver;
    }

    /**
     * The sources with orphans of earlier batches waiting in quarantine: one scan for the batch, so
     * sources without any skip the promotion. Found at the start, since a source's own new orphans
     * are quarantined after its promotion.
     */
    private Set<String> sourcesWithWaitingOrphans(String batchId) {
        if (!lake.lake().exists(LakeTable.QUARANTINE)) {
            return Set.of();
        }
        Set<String> sources = new HashSet<>();
        for (Row row : waitingOrphans(batchId).select(QuarantineColumns.SOURCE).distinct().collectAsList()) {
            sources.add(row.getString(0));
        }
        return sources;
    }

    /**
     * Rows of earlier batches quarantined for ORPHAN_ARRIVAL alone and not yet released, or released
     * by this very batch: a run resumed after a crash promotes those again (the MERGE then changes
     * nothing), so its count of promoted orphans is the uninterrupted run's.
     */
    private Dataset<Row> waitingOrphans(String batchId) {
        return lake.lake().read(LakeTable.QUARANTINE).where(
                col(Columns.BATCH_ID).notEqual(lit(batchId))
                        .and(col(QuarantineColumns.RELEASED).equalTo(false)
                                .or(col(QuarantineColumns.RELEASED_BATCH).equalTo(lit(batchId))))
                        .and(col(QuarantineColumns.REASONS).equalTo(array(lit(ReasonCode.ORPHAN_ARRIVAL.name())))));
    }

    /**
     * Orphans of earlier batches waiting in quarantine whose arrival is now in silver: validated
     * again from their raw values, merged into silver and marked released.
     */
    private long promoteOrphans(Source source, String batchId, Timestamp now, ReferenceKeys keys) {
        Dataset<Row> waiting = waitingOrphans(batchId).where(col(QuarantineColumns.SOURCE).equalTo(source.tableName()));
        List<Column> asRaw = new ArrayList<>();
        for (String name : source.columnNames()) {
            asRaw.add(col(QuarantineColumns.RAW_VALUES).getItem(name).as(name));
        }
        asRaw.add(col(Columns.SOURCE_FILE));
        asRaw.add(col(Columns.ROW_NUMBER));
        asRaw.add(col(Columns.BATCH_ID));
        Dataset<Row> revalidated = RowValidation.validate(waiting.select(asRaw.toArray(Column[]::new)), source, keys)
                .where(RowValidation.isValid())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long promoted = revalidated.count();
        if (promoted > 0) {
            lake.mergeSilver(silverRows(Versioning.newestPerId(revalidated, source), source, col(Columns.BATCH_ID), now),
                    source, batchId);
            lake.releaseOrphans(revalidated.withColumn(QuarantineColumns.SOURCE, lit(source.tableName())), batchId);
        }
        revalidated.unpersist();
        return promoted;
    }

    /**
     * Ids in silver, read when a rule asks (after the sources merged before this one), each table
     * once per source ingested: the promotion and the validation of the batch's rows share them.
     */
    private ReferenceKeys referenceKeys() {
        Map<Source, Dataset<Row>> read = new EnumMap<>(Source.class);
        return source -> read.computeIfAbsent(source, s ->
                lake.lake().readOrEmpty(LakeTable.silver(s), SilverSchema.of(s)).select(s.idColumn()));
    }

    /** How many of a source's classified rows had each outcome, the accepted ones split by whether silver knew their id. */
    private record Outcomes(long acceptedOfNewIds, long acceptedOfKnownIds, long quarantined, long duplicate) {
        static Outcomes of(Dataset<Row> classified) {
            long newIds = 0;
            long knownIds = 0;
            long quarantined = 0;
            long duplicate = 0;
            for (Row row : classified.groupBy(Versioning.OUTCOME, Versioning.KNOWN_ID).count().collectAsList()) {
                long rows = row.getLong(2);
                switch (row.getString(0)) {
                    case Versioning.ACCEPTED -> {
                        if (row.getBoolean(1)) {
                            knownIds += rows;
                        } else {
                            newIds += rows;
                        }
                    }
                    case Versioning.QUARANTINED -> quarantined += rows;
                    case Versioning.DUPLICATE -> duplicate += rows;
                    default -> throw new IllegalStateException("unknown outcome " + row.getString(0));
                }
            }
            return new Outcomes(newIds, knownIds, quarantined, duplicate);
        }

        long accepted() {
            return acceptedOfNewIds + acceptedOfKnownIds;
        }
    }

    /** Bronze: the received strings with the batch's lineage. */
    private static Dataset<Row> withBatch(Dataset<Row> raw, Source source, String batchId, Timestamp now) {
        List<Column> columns = new ArrayList<>();
        for (String name : source.columnNames()) {
            columns.add(col(name));
        }
        columns.add(lit(batchId).as(Columns.BATCH_ID));
        columns.add(col(Columns.SOURCE_FILE));
        columns.add(col(Columns.ROW_NUMBER));
        columns.add(lit(now).as(Columns.INGESTED_AT));
        return raw.select(columns.toArray(Column[]::new));
    }

    /** Silver: exactly SilverSchema.of(source), the batch id taken from {@code batchId}. */
    private static Dataset<Row> silverRows(Dataset<Row> typed, Source source, Column batchId, Timestamp now) {
        List<Column> columns = new ArrayList<>();
        for (String name : source.columnNames()) {
            columns.add(col(name));
        }
        columns.add(batchId.as(Columns.BATCH_ID));
        columns.add(col(Columns.SOURCE_FILE));
        columns.add(col(Columns.ROW_NUMBER));
        columns.add(lit(now).as(Columns.INGESTED_AT));
        return typed.select(columns.toArray(Column[]::new));
    }

    /** The rejected rows with their reasons, and their values as received from {@code raw}. */
    private static Dataset<Row> quarantineRows(Dataset<Row> rejected, Dataset<Row> raw, Source source, String batchId,
            Timestamp now) {
        Dataset<Row> asReceived = raw.select(col(Columns.SOURCE_FILE), col(Columns.ROW_NUMBER),
                RowValidation.rawValues(source).as(QuarantineColumns.RAW_VALUES));
        return rejected.select(col(Columns.SOURCE_FILE), col(Columns.ROW_NUMBER), col(RowValidation.REASONS))
                .join(asReceived, new String[] {Columns.SOURCE_FILE, Columns.ROW_NUMBER})
                .select(
                        lit(source.tableName()).as(QuarantineColumns.SOURCE),
                        lit(batchId).as(Columns.BATCH_ID),
                        col(Columns.SOURCE_FILE),
                        col(Columns.ROW_NUMBER),
                        col(QuarantineColumns.RAW_VALUES),
                        col(RowValidation.REASONS).as(QuarantineColumns.REASONS),
                        lit(now).as(QuarantineColumns.QUARANTINED_AT),
                        lit(false).as(QuarantineColumns.RELEASED),
                        lit(null).cast(DataTypes.StringType).as(QuarantineColumns.RELEASED_BATCH));
    }

    private static SourceResult finished(SourceResult counts) {
        Instant finishedAt = Instant.now();
        return new SourceResult(counts.source(), counts.files(), counts.rowsRead(), counts.rowsAccepted(),
                counts.rowsQuarantined(), counts.rowsDuplicate(), counts.orphansPromoted(), counts.startedAt(),
                finishedAt, Duration.between(counts.startedAt(), finishedAt).toNanos() / 1e9);
    }

    private Dataset<Row> logRows(String batchId, List<SourceResult> results) {
        return spark.createDataFrame(results.stream().map(result -> RowFactory.create(
                batchId, result.source().tableName(), result.files().toArray(String[]::new),
                result.rowsRead(), result.rowsAccepted(), result.rowsQuarantined(), result.rowsDuplicate(),
                result.orphansPromoted(), Timestamp.from(result.startedAt()), Timestamp.from(result.finishedAt()),
                result.seconds())).toList(), IngestLogColumns.SCHEMA);
    }

    /** Sources this batch already logged (all of them when the same drop is ingested again). */
    private Map<Source, SourceResult> loggedResults() {
        String batchId = drop.batchId();
        Map<Source, SourceResult> logged = new LinkedHashMap<>();
        if (!lake.lake().exists(LakeTable.INGEST_LOG)) {
            return logged;
        }
        for (Row row : lake.lake().read(LakeTable.INGEST_LOG)
                .where(col(IngestLogColumns.BATCH_ID).equalTo(batchId)).collectAsList()) {
            Source source = Source.valueOf(row.<String>getAs(IngestLogColumns.SOURCE).toUpperCase(Locale.ROOT));
            logged.put(source, new SourceResult(source, row.<String>getList(row.fieldIndex(IngestLogColumns.FILES)),
                    row.<Long>getAs(IngestLogColumns.ROWS_READ), row.<Long>getAs(IngestLogColumns.ROWS_ACCEPTED),
                    row.<Long>getAs(IngestLogColumns.ROWS_QUARANTINED), row.<Long>getAs(IngestLogColumns.ROWS_DUPLICATE),
                    row.<Long>getAs(IngestLogColumns.ORPHANS_PROMOTED),
                    row.<Timestamp>getAs(IngestLogColumns.STARTED_AT).toInstant(),
                    row.<Timestamp>getAs(IngestLogColumns.FINISHED_AT).toInstant(),
                    row.<Double>getAs(IngestLogColumns.SECONDS)));
        }
        return logged;
    }

    private Map<String, Long> tableVersions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        List<LakeTable> written = new ArrayList<>();
        for (Source source : Source.values()) {
            written.add(LakeTable.bronze(source));
            written.add(LakeTable.silver(source));
        }
        written.add(LakeTable.QUARANTINE);
        written.add(LakeTable.INGEST_LOG);
        for (LakeTable table : written) {
            lake.lake().version(table).ifPresent(version -> versions.put(table.relativePath(), version));
        }
        return versions;
    }
}
