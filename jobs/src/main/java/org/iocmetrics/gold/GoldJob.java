package org.iocmetrics.gold;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.unix_micros;
import static org.iocmetrics.contract.Columns.ACTUAL_END;
import static org.iocmetrics.contract.Columns.ACTUAL_START;
import static org.iocmetrics.contract.Columns.ARRIVAL_ID;
import static org.iocmetrics.contract.Columns.ARRIVED_AT;
import static org.iocmetrics.contract.Columns.IMO_NUMBER;
import static org.iocmetrics.contract.Columns.IOC_ID;
import static org.iocmetrics.contract.Columns.OPERATION_ID;
import static org.iocmetrics.contract.Columns.PLANNED_END;
import static org.iocmetrics.contract.Columns.PLANNED_START;
import static org.iocmetrics.contract.Columns.PORT_CODE;
import static org.iocmetrics.contract.Columns.SCREENING_ID;
import static org.iocmetrics.gold.GoldColumns.MONTH;
import static org.iocmetrics.gold.GoldColumns.PERIOD_END;
import static org.iocmetrics.gold.GoldColumns.PERIOD_START;
import static org.iocmetrics.gold.GoldColumns.REPEAT_BOARDED;
import static org.iocmetrics.gold.GoldColumns.SILVER_TABLE;
import static org.iocmetrics.gold.GoldColumns.SILVER_VERSION;

import java.sql.Date;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.StageLog;
import org.iocmetrics.contract.Source;

/**
 * Brings the gold fact tables up to silver. A lake whose gold was built before follows the change
 * feeds of the silver event tables: only the operations and arrivals the batches since then changed
 * are merged, and only the UTC months of patrol intervals their old or new times touch are
 * replaced, so a new month costs about a month. Gold is rebuilt whole on a lake's first build, when
 * the port-to-IOC mapping changed (it places every arrival), or for a lake from before gold followed
 * changes. The stored metric values of every period a change reaches are dropped with it (all of
 * them when gold is rebuilt, or the IOCs' zones or the rosters changed), so that no command reads a
 * value computed from gold as it was. Every step can be repeated after a crash: gold/built_from moves
 * on only when all are done.
 */
public final class GoldJob {
    /** The silver tables that gold and the metrics read (agencies are not needed). */
    public static final List<Source> READS =
            List.of(Source.IOCS, Source.PORTS, Source.ARRIVALS, Source.SCREENINGS, Source.OPERATIONS);
    /** The gold fact tables, rebuilt together from silver. */
    public static final List<LakeTable> FACTS = List.of(LakeTable.GOLD_OPERATION_FACTS, LakeTable.GOLD_ARRIVAL_FACTS,
            LakeTable.GOLD_PATROL_INTERVALS);
    private static final List<Source> FOLLOWED = List.of(Source.ARRIVALS, Source.SCREENINGS, Source.OPERATIONS);
    private static final StructType BUILT_FROM_SCHEMA = new StructType()
            .add(SILVER_TABLE, DataTypes.StringType, false)
            .add(SILVER_VERSION, DataTypes.LongType, false);

    private GoldJob() {}

    public static void build(Lake lake) {
        requireSilver(lake);
        FOLLOWED.forEach(source -> lake.keepChangeFeed(LakeTable.silver(source)));
        Map<String, Long> silverVersions = silverVersions(lake);
        Optional<Map<String, Long>> builtFrom = builtFrom(lake);
        if (builtFrom.isPresent() && builtFrom.get().equals(silverVersions)) {
            StageLog.info("gold: up to date with silver");
            return;
        }
        // the port-to-IOC mapping places every arrival: when it changed, gold is rebuilt
        if (builtFrom.isPresent() && sameRows(lake, builtFrom.get(), Source.PORTS, PORT_CODE, IOC_ID)) {
            if (FOLLOWED.stream().anyMatch(source -> changed(lake, source, builtFrom.get()))) {
                dropMetricValues(lake, meetsAny(update(lake, builtFrom.get())));
            }
            boolean zonesOrRostersChanged = !sameRows(lake, builtFrom.get(), Source.IOCS, Source.IOCS.columnNames().toArray(String[]::new))
                    || !sameRows(lake, builtFrom.get(), Source.PARTICIPANTS, Source.PARTICIPANTS.columnNames().toArray(String[]::new));
            if (zonesOrRostersChanged) {
                dropMetricValues(lake, lit(true));
            }
        } else {
            rebuild(lake);
            dropMetricValues(lake, lit(true));
        }
        lake.overwrite(lake.spark().createDataFrame(silverVersions.entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(), BUILT_FROM_SCHEMA), LakeTable.GOLD_BUILT_FROM);
    }

    /**
     * Drops the stored metric values of the periods a change of gold (or of the IOCs' zones or the
     * rosters) may have moved, so that the commands compute them again when they need them ({@code
     * MetricsJob.missing}). Done before gold/built_from moves on: a crash in between leaves no stale value.
     */
    private static void dropMetricValues(Lake lake, Column periods) {
        if (lake.exists(LakeTable.GOLD_METRIC_VALUES)) {
            long dropped = lake.deleteWhere(LakeTable.GOLD_METRIC_VALUES, periods);
            if (dropped > 0) {
                StageLog.info(String.format(Locale.ROOT, "gold: dropped %,d metric values that the change may move"
                        + " (computed again when needed)", dropped));
            }
        }
    }

    /**
     * The metric value rows of the periods some IOC's window of which meets one of the UTC months: a
     * period's windows run from its start at UTC+14 to its end at UTC-12, so they meet the month
     * {@code [m, n)} exactly when period_start &lt;= n and period_end &gt;= m (as dates).
     */
    private static Column meetsAny(Collection<Date> months) {
        Column any = lit(false);
        for (Date month : months) {
            any = any.or(col(PERIOD_START).leq(lit(Date.valueOf(month.toLocalDate().plusMonths(1))))
                    .and(col(PERIOD_END).geq(lit(month))));
        }
        return any;
    }

    /** Overwrites every gold fact table from the whole of silver. */
    private static void rebuild(Lake lake) {
        Dataset<Row> operationFacts = OperationFacts.of(silver(lake, Source.OPERATIONS));
        write(LakeTable.GOLD_OPERATION_FACTS, lake, operationFacts);
        Dataset<Row> storedOperationFacts = lake.read(LakeTable.GOLD_OPERATION_FACTS);
        write(LakeTable.GOLD_ARRIVAL_FACTS, lake, ArrivalFacts.of(silver(lake, Source.ARRIVALS),
                silver(lake, Source.PORTS), silver(lake, Source.SCREENINGS), storedOperationFacts));
        write(LakeTable.GOLD_PATROL_INTERVALS, lake, PatrolIntervals.of(storedOperationFacts));
    }

    /**
     * Merges the facts of what changed in silver after the given versions: operations by id, arrivals
     * by id (see {@link #updateArrivalFacts}), and the patrol intervals of every month an old or new
     * operation time falls in. Returns the UTC months whose facts it may have changed.
     */
    private static Set<Date> update(Lake lake, Map<String, Long> builtFrom) {
        long started = System.nanoTime();
        try (CachedRows cached = new CachedRows()) {
            // each is read by several of the steps below, and a change feed is computed anew by each read
            Dataset<Row> operationChanges = cached.of(changes(lake, Source.OPERATIONS, builtFrom));
            Dataset<Row> arrivalChanges = cached.of(changes(lake, Source.ARRIVALS, builtFrom));
            Dataset<Row> screeningChanges = cached.of(changes(lake, Source.SCREENINGS, builtFrom));

            List<Date> months = monthsOf(operationChanges);
            // an operation's facts lie in the month of its actual or planned start, old or new
            List<Date> operationMonths = monthsOfInstants(operationChanges.select(ACTUAL_START)
                    .union(operationChanges.select(PLANNED_START)));
            Dataset<Row> changedOperations = cached.of(newestRows(operationChanges, OPERATION_ID));
            lake.upsert(OperationFacts.of(changedOperations), LakeTable.GOLD_OPERATION_FACTS, OPERATION_ID, operationMonths);
            if (!months.isEmpty()) {
                // The operation facts, now merged, are silver's operations in files cut by month, whose
                // min and max interval bounds in the Delta log let the read skip every file of
                // operations far from the months (an operation's length is not bounded, so the months
                // to read cannot be named); silver's files mix all times and would all be read.
                lake.replaceWhere(PatrolIntervals.of(lake.read(LakeTable.GOLD_OPERATION_FACTS).where(inAnyMonth(months)))
                                .where(col(MONTH).isin(months.toArray())),
                        LakeTable.GOLD_PATROL_INTERVALS, MONTH + " IN (" + months.stream().map(m -> "DATE'" + m + "'")
                                .collect(Collectors.joining(", ")) + ")");
            }

            MergedArrivals arrivals = updateArrivalFacts(lake, arrivalChanges, screeningChanges, operationChanges,
                    operationMonths);
            StageLog.info(String.format(Locale.ROOT, "gold: updated %,d operations, %,d arrivals (%s), %d month(s) of"
                            + " patrol intervals in %.1f s", changedOperations.count(), arrivals.count(),
                    arrivals.fromChanges() ? "rows from silver's changes" : "rows from all of silver",
                    months.size(), (System.nanoTime() - started) / 1e9));
            Set<Date> changed = new TreeSet<>(months);
            changed.addAll(operationMonths);
            changed.addAll(arrivals.months());
            return changed;
        }
    }

    /**
     * How many arrivals a merge recomputed, the UTC months of their old and new arrival times, and
     * whether their rows were read from silver's changes alone.
     */
    private record MergedArrivals(long count, List<Date> months, boolean fromChanges) {}

    /**
     * Recomputes the facts of the arrivals whose own row, screenings or linked operations changed, and
     * the repeat boarding of the same vessel's calls in the 720 hours after a changed call's old or new
     * time; each from the vessel's calls in the 720 hours before it. Only the changed arrivals' own
     * facts are computed from silver: the other calls keep theirs, read from gold's months around the
     * changes. The operation facts must already be merged.
     */
    private static MergedArrivals updateArrivalFacts(Lake lake, Dataset<Row> arrivalChanges, Dataset<Row> screeningChanges,
                                                     Dataset<Row> operationChanges, List<Date> operationMonths) {
        Dataset<Row> touchedIds = arrivalChanges.select(ARRIVAL_ID)
                .union(screeningChanges.select(ARRIVAL_ID))
                .union(operationChanges.select(ARRIVAL_ID))
                .where(col(ARRIVAL_ID).isNotNull()).distinct();
        String[] byId = {ARRIVAL_ID};
        long lookBack = ArrivalFacts.REPEAT_LOOK_BACK_MICROS;
        try (CachedRows cached = new CachedRows()) {
            Dataset<Row> touchedRows = cached.of(touchedIds);
            Dataset<Row> touched = broadcast(touchedRows);
            // Every screening and operation of an arrival first inserted after gold's versions came
            // with or after it (one that names an arrival not yet in silver waits in quarantine until
            // it is), and silver rows are never deleted: when all the touched arrivals are new, the
            // changes hold all their rows, and the whole silver tables need not be read.
            boolean fromChanges = touchedRows.join(arrivalChanges.where(col(Lake.CHANGE_TYPE).equalTo(Lake.INSERTED))
                    .select(ARRIVAL_ID), byId, "left_anti").isEmpty();
            Dataset<Row> arrivals = fromChanges ? newestRows(arrivalChanges, ARRIVAL_ID) : silver(lake, Source.ARRIVALS);
            Dataset<Row> screenings = fromChanges ? newestRows(screeningChanges, SCREENING_ID) : silver(lake, Source.SCREENINGS);
            Dataset<Row> operationFacts = lake.read(LakeTable.GOLD_OPERATION_FACTS);
            if (fromChanges) {
                // their operations all changed, so they lie in the months of the changed operations
                operationFacts = operationFacts.where(col(MONTH).isin(operationMonths.toArray()));
            }
            Dataset<Row> changed = cached.of(ArrivalFacts.ownFacts(arrivals.join(touched, byId, "left_semi"),
                    silver(lake, Source.PORTS), screenings.join(touched, byId, "left_semi"),
                    operationFacts.join(touched, byId, "left_semi")));

            Dataset<Row> touches = instants(changed).union(instants(arrivalChanges)).distinct();
            // a recomputed call is at most 720 hours after a touch, and looks back at most 720 hours before it
            Duration window = Duration.of(lookBack, ChronoUnit.MICROS);
            List<Date> nearMonths = sortedMonths(touches.select(explode(PatrolIntervals.monthsMet(
                    col(ARRIVED_AT).minus(lit(window)), col(ARRIVED_AT).plus(lit(window)))).as(MONTH)));
            Dataset<Row> kept = lake.read(LakeTable.GOLD_ARRIVAL_FACTS).where(col(MONTH).isin(nearMonths.toArray()))
                    .join(touched, byId, "left_anti").drop(REPEAT_BOARDED, MONTH);
            Dataset<Row> near = cached.of(changed.unionByName(callsWithin(kept, touches, -lookBack, lookBack)));
            Dataset<Row> recomputed = cached.of(changed.select(ARRIVAL_ID, ARRIVED_AT)
                    .union(callsWithin(near, touches, 0, lookBack).select(ARRIVAL_ID, ARRIVED_AT))
                    .dropDuplicates(ARRIVAL_ID));
            // an arrival's facts lie in the month of its arrival, old or new
            List<Date> months = monthsOfInstants(recomputed.select(ARRIVED_AT).union(arrivalChanges.select(ARRIVED_AT)));
            // counted before the MERGE: a write to the arrival facts drops the cached rows read from them
            long count = recomputed.count();
            lake.upsert(ArrivalFacts.withRepeatBoarded(near).join(broadcast(recomputed.select(ARRIVAL_ID)), byId, "left_semi"),
                    LakeTable.GOLD_ARRIVAL_FACTS, ARRIVAL_ID, months);
            return new MergedArrivals(count, months, fromChanges);
        }
    }

    /**
     * The newest row of each id in a table's changes: what the table holds for that id now, as silver
     * rows are replaced but never deleted.
     */
    private static Dataset<Row> newestRows(Dataset<Row> changes, String id) {
        String newest = "newest";
        return changes.where(col(Lake.CHANGE_TYPE).isin(Lake.INSERTED, Lake.UPDATED_TO))
                .withColumn(newest, row_number().over(Window.partitionBy(col(id)).orderBy(col(Lake.COMMIT_VERSION).desc())))
                .where(col(newest).equalTo(1))
                .drop(newest, Lake.CHANGE_TYPE, Lake.COMMIT_VERSION, Lake.COMMIT_TIMESTAMP);
    }

    /** The (imo_number, arrived_at) of calls with a vessel. */
    private static Dataset<Row> instants(Dataset<Row> calls) {
        return calls.select(IMO_NUMBER, ARRIVED_AT).where(col(IMO_NUMBER).isNotNull());
    }

    /**
     * The calls of the given (imo_number, arrived_at) instants' vessels that arrived between {@code
     * fromMicros} and {@code toMicros} (inclusive) after such an instant.
     */
    private static Dataset<Row> callsWithin(Dataset<Row> arrivals, Dataset<Row> instants, long fromMicros, long toMicros) {
        Dataset<Row> calls = arrivals.as("call");
        Column after = unix_micros(col("call." + ARRIVED_AT)).minus(unix_micros(col("at." + ARRIVED_AT)));
        return calls.join(broadcast(instants).as("at"), col("call." + IMO_NUMBER).equalTo(col("at." + IMO_NUMBER))
                        .and(after.between(fromMicros, toMicros)), "left_semi");
    }

    /** Rows of a silver table committed after gold's version of it: both images of updates, all inserts. */
    private static Dataset<Row> changes(Lake lake, Source source, Map<String, Long> builtFrom) {
        LakeTable table = LakeTable.silver(source);
        return lake.changesAfter(table, builtFrom.get(table.relativePath()));
    }

    private static boolean changed(Lake lake, Source source, Map<String, Long> builtFrom) {
        LakeTable table = LakeTable.silver(source);
        return lake.version(table).orElseThrow() > builtFrom.get(table.relativePath());
    }

    /** The UTC months that the actual or planned interval of any of the operation rows touches. */
    private static List<Date> monthsOf(Dataset<Row> operations) {
        Dataset<Row> intervals = operations.select(col(ACTUAL_START).as("from"), col(ACTUAL_END).as("to"))
                .union(operations.select(col(PLANNED_START), col(PLANNED_END)))
                .where(col("to").gt(col("from")));
        return sortedMonths(intervals.select(explode(PatrolIntervals.monthsMet(col("from"), col("to"))).as(MONTH)));
    }

    /** The UTC months of the instants of a one-column Dataset, nulls left out. */
    private static List<Date> monthsOfInstants(Dataset<Row> instants) {
        Column instant = col(instants.columns()[0]);
        return sortedMonths(instants.where(instant.isNotNull()).select(trunc(instant, "month").as(MONTH)));
    }

    private static List<Date> sortedMonths(Dataset<Row> months) {
        return months.distinct().orderBy(MONTH).collectAsList().stream().map(r -> r.getDate(0)).toList();
    }

    /** Operations whose actual or planned interval meets one of the months. */
    private static Column inAnyMonth(List<Date> months) {
        Column any = lit(false);
        for (Date month : months) {
            Column start = lit(month).cast(DataTypes.TimestampType);
            Column end = lit(Date.valueOf(month.toLocalDate().plusMonths(1))).cast(DataTypes.TimestampType);
            any = any.or(col(ACTUAL_START).lt(end).and(col(ACTUAL_END).gt(start)))
                    .or(col(PLANNED_START).lt(end).and(col(PLANNED_END).gt(start)));
        }
        return any;
    }

    /** The silver versions the gold tables were last brought up to, when gold exists and follows changes. */
    private static Optional<Map<String, Long>> builtFrom(Lake lake) {
        if (!lake.exists(LakeTable.GOLD_BUILT_FROM) || !FACTS.stream().allMatch(lake::exists)
                || !FACTS.stream().allMatch(table -> List.of(lake.read(table).columns()).contains(MONTH))) {
            return Optional.empty();
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        lake.read(LakeTable.GOLD_BUILT_FROM).collectAsList()
                .forEach(r -> versions.put(r.getAs(SILVER_TABLE), r.<Long>getAs(SILVER_VERSION)));
        return Optional.of(versions);
    }

    /** The versions of the silver tables gold and the metric values depend on: those gold reads, and the rosters. */
    private static Map<String, Long> silverVersions(Lake lake) {
        Map<String, Long> versions = new LinkedHashMap<>();
        Stream.concat(READS.stream(), Stream.of(Source.PARTICIPANTS)).map(LakeTable::silver).forEach(table ->
                lake.version(table).ifPresent(version -> versions.put(table.relativePath(), version)));
        return versions;
    }

    /**
     * Whether a silver table holds the same values of the columns as at the version gold recorded
     * (a table gold recorded no version of, or that does not exist, counts as changed unless both).
     */
    private static boolean sameRows(Lake lake, Map<String, Long> builtFrom, Source source, String... columns) {
        LakeTable table = LakeTable.silver(source);
        Long version = builtFrom.get(table.relativePath());
        OptionalLong now = lake.version(table);
        if (version == null || now.isEmpty()) {
            return version == null && now.isEmpty();
        }
        return version == now.getAsLong()
                || rows(lake.pinnedTo(Map.of(table, version)), table, columns).equals(rows(lake, table, columns));
    }

    private static Set<List<Object>> rows(Lake lake, LakeTable table, String... columns) {
        Set<List<Object>> rows = new HashSet<>();
        lake.read(table).select(columns[0], Arrays.copyOfRange(columns, 1, columns.length)).collectAsList()
                .forEach(r -> rows.add(Arrays.asList(IntStream.range(0, r.size()).mapToObj(r::get).toArray())));
        return rows;
    }

    /** Fails with a one-line reason unless every silver table the gold layer reads exists. */
    public static void requireSilver(Lake lake) {
        List<Source> missing = READS.stream().filter(source -> !lake.exists(LakeTable.silver(source))).toList();
        if (!missing.isEmpty()) {
            lake.require(LakeTable.silver(missing.get(0)), "ingest");
        }
    }

    /** Fails with a one-line reason unless the gold tables exist (the report command reads them). */
    public static void requireGold(Lake lake) {
        FACTS.forEach(table -> lake.require(table, "metrics or pipeline"));
    }

    public static Dataset<Row> silver(Lake lake, Source source) {
        return lake.read(LakeTable.silver(source));
    }

    private static void write(LakeTable table, Lake lake, Dataset<Row> rows) {
        StageLog.countRows(table.displayName(), () -> {
            lake.overwrite(rows, table);
            return lake.read(table).count();
        });
    }
}
