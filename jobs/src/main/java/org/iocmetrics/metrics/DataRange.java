package org.iocmetrics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.gold.GoldColumns;

/**
 * The instants the lake's facts span: its earliest and latest arrival (arrived_at) or operation
 * (event_at) in gold, or none for a lake that holds neither. A period whose every IOC's window lies
 * outside them counts no arrival and no operation anywhere: it has no data, so it is not computed,
 * and the reports print "no data" for it without looking for its values.
 */
public record DataRange(Instant earliest, Instant latest) {
    /** The range of a lake without arrivals or operations: no period meets it. */
    public static final DataRange NONE = new DataRange(null, null);
    private static final String AT = "at";

    /** The range of the lake's gold facts (of those fact tables it has). */
    public static DataRange of(Lake lake) {
        Optional<Dataset<Row>> instants = Stream.of(
                        facts(lake, LakeTable.GOLD_ARRIVAL_FACTS, Columns.ARRIVED_AT),
                        facts(lake, LakeTable.GOLD_OPERATION_FACTS, GoldColumns.EVENT_AT))
                .flatMap(Optional::stream)
                .reduce(Dataset::unionByName);
        if (instants.isEmpty()) {
            return NONE;
        }
        Row range = instants.get().agg(min(col(AT)), max(col(AT))).first();
        return range.isNullAt(0) ? NONE
                : new DataRange(((Timestamp) range.get(0)).toInstant(), ((Timestamp) range.get(1)).toInstant());
    }

    private static Optional<Dataset<Row>> facts(Lake lake, LakeTable table, String instant) {
        return lake.exists(table) ? Optional.of(lake.read(table).select(col(instant).as(AT))) : Optional.empty();
    }

    public boolean isEmpty() {
        return earliest == null;
    }

    /** Whether some IOC's window of the period (whatever its zone) holds an instant of the range. */
    public boolean meets(Period period) {
        return !isEmpty() && !period.earliestStart().isAfter(latest) && period.latestEnd().isAfter(earliest);
    }
}
