package org.iocmetrics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.UserError;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.gold.GoldColumns;

/**
 * The period used when none is given (CLI.md): the last complete quarter present in the data.
 * "Complete" is judged against the data itself, in UTC dates: the quarter holding the latest
 * arrived_at or event_at is complete when the data reaches its last day; otherwise the quarter
 * before it is the last complete one, provided the data starts before the latest quarter. When all
 * data lies in one unfinished quarter, that quarter is used rather than an empty one.
 */
public final class DefaultPeriod {
    private DefaultPeriod() {}

    public static Period lastCompleteQuarter(Lake lake) {
        Dataset<Row> instants = lake.read(LakeTable.GOLD_ARRIVAL_FACTS).select(col(Columns.ARRIVED_AT).as("at"))
                .unionByName(lake.read(LakeTable.GOLD_OPERATION_FACTS).select(col(GoldColumns.EVENT_AT).as("at")));
        Row range = instants.agg(min(col("at")), max(col("at"))).first();
        if (range.isNullAt(0)) {
            throw new UserError("the lake at " + lake + " holds no arrivals or operations: give --period");
        }
        return lastCompleteQuarter(((Timestamp) range.get(0)).toInstant(), ((Timestamp) range.get(1)).toInstant());
    }

    static Period lastCompleteQuarter(Instant earliest, Instant latest) {
        LocalDate latestDay = LocalDate.ofInstant(latest, ZoneOffset.UTC);
        Period latestQuarter = Period.containing(Period.Kind.QUARTER, latestDay);
        boolean reachesLastDay = latestDay.equals(latestQuarter.end().minusDays(1));
        boolean startsBefore = LocalDate.ofInstant(earliest, ZoneOffset.UTC).isBefore(latestQuarter.start());
        return reachesLastDay || !startsBefore ? latestQuarter : latestQuarter.previous();
    }
}
