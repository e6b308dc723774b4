package org.iocmetrics.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.UserError;

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
        DataRange data = DataRange.of(lake);
        if (data.isEmpty()) {
            throw new UserError("the lake at " + lake + " holds no arrivals or operations: give --period");
        }
        return lastCompleteQuarter(data.earliest(), data.latest());
    }

    static Period lastCompleteQuarter(Instant earliest, Instant latest) {
        LocalDate latestDay = LocalDate.ofInstant(latest, ZoneOffset.UTC);
        Period latestQuarter = Period.containing(Period.Kind.QUARTER, latestDay);
        boolean reachesLastDay = latestDay.equals(latestQuarter.end().minusDays(1));
        boolean startsBefore = LocalDate.ofInstant(earliest, ZoneOffset.UTC).isBefore(latestQuarter.start());
        return reachesLastDay || !startsBefore ? latestQuarter : latestQuarter.previous();
    }
}
