package org.iocmetrics.metrics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iocmetrics.common.UserError;

/**
 * A reporting period (METRICS.md, "Terms"): half-open local dates {@code [start, end)} that each IOC
 * cuts in its own time zone, so the same period is a different pair of instants in Guam and in Boston.
 */
public record Period(String id, Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { ISO_WEEK, MONTH, QUARTER, FISCAL_YEAR, FISCAL_QUARTER }

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})");
    private static final Pattern FISCAL_QUARTER = Pattern.compile("FY(\\d{4})-Q([1-4])");
    /** The federal fiscal year starts on 1 October of the previous calendar year. */
    private static final int FISCAL_YEAR_START_MONTH = 10;
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

    public static Period parse(String text) {
        String id = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        Matcher m;
        try {
            if ((m = WEEK.matcher(id)).matches()) {
                return isoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH.matcher(id)).matches()) {
                return month(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
            }
            if ((m = QUARTER.matcher(id)).matches()) {
                return quarter(LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1));
            }
            if ((m = FISCAL_YEAR.matcher(id)).matches()) {
                return fiscalYear(Integer.parseInt(m.group(1)));
            }
            if ((m = FISCAL_QUARTER.matcher(id)).matches()) {
                int fiscalYear = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                return fiscalQuarter(LocalDate.of(fiscalYear - 1, FISCAL_YEAR_START_MONTH, 1).plusMonths(3L * (quarter - 1)));
            }
        } catch (java.time.DateTimeException e) {
            throw new UserError("period '" + text + "' does not exist: " + e.getMessage());
        }
        throw new UserError("period '" + text + "' does not parse: use 2026-W09 (ISO week), 2026-03 (month),"
                + " 2026-Q1 (quarter), FY2026 (fiscal year) or FY2026-Q2 (fiscal quarter)");
    }

    /** The period of the given kind that holds a local date. */
    public static Period containing(Kind kind, LocalDate date) {
        return switch (kind) {
            case ISO_WEEK -> isoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> month(date.withDayOfMonth(1));
            case QUARTER -> quarter(date.withMonth(date.getMonthValue() - (date.getMonthValue() - 1) % 3).withDayOfMonth(1));
            case FISCAL_YEAR -> fiscalYear(fiscalYearOf(date));
            case FISCAL_QUARTER -> fiscalQuarter(date.withMonth(date.getMonthValue() - (date.getMonthValue() - 1) % 3).withDayOfMonth(1));
        };
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return containing(kind, start.minusDays(1));
    }

    /** The period of the same kind one year earlier (for weeks: the same week number, or the last week). */
    public Period yearEarlier() {
        if (kind == Kind.ISO_WEEK) {
            int year = start.get(IsoFields.WEEK_BASED_YEAR) - 1;
            int week = Math.min(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weeksIn(year));
            return isoWeek(year, week);
        }
        return containing(kind, start.minusYears(1));
    }

    /** This period and the {@code count - 1} periods of the same kind before it, oldest first. */
    public List<Period> trailing(int count) {
        List<Period> periods = new ArrayList<>();
        Period p = this;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    public Instant startIn(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant endIn(ZoneId zone) {
        return end.atStartOfDay(zone).toInstant();
    }

    /** When the first IOC's window of the period opens: its start in the earliest zone there is (UTC+14). */
    public Instant earliestStart() {
        return startIn(EARLIEST_ZONE);
    }

    /** When the last IOC's window of the period closes: its end in the latest zone there is (UTC-12). */
    public Instant latestEnd() {
        return endIn(LATEST_ZONE);
    }

    /** Real elapsed hours of the period in a zone: one fewer or more across a daylight-saving change. */
    public double hoursIn(ZoneId zone) {
        return Duration.between(startIn(zone), endIn(zone)).getSeconds() / 3600.0;
    }

    private static Period isoWeek(int weekBasedYear, int week) {
        if (week < 1 || week > weeksIn(weekBasedYear)) {
            throw new UserError(String.format(Locale.ROOT, "period '%d-W%02d' does not exist: %d has %d ISO weeks",
                    weekBasedYear, week, weekBasedYear, weeksIn(weekBasedYear)));
        }
        LocalDate monday = LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(String.format(Locale.ROOT, "%d-W%02d", weekBasedYear, week), Kind.ISO_WEEK, monday, monday.plusWeeks(1));
    }

    private static int weeksIn(int weekBasedYear) {
        return (int) LocalDate.of(weekBasedYear, 12, 28).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    private static Period month(LocalDate first) {
        return new Period(String.format(Locale.ROOT, "%d-%02d", first.getYear(), first.getMonthValue()),
                Kind.MONTH, first, first.plusMonths(1));
    }

    private static Period quarter(LocalDate first) {
        return new Period(String.format(Locale.ROOT, "%d-Q%d", first.getYear(), (first.getMonthValue() + 2) / 3),
                Kind.QUARTER, first, first.plusMonths(3));
    }

    private static Period fiscalYear(int fiscalYear) {
        LocalDate first = LocalDate.of(fiscalYear - 1, FISCAL_YEAR_START_MONTH, 1);
        return new Period("FY" + fiscalYear, Kind.FISCAL_YEAR, first, first.plusYears(1));
    }

    private static Period fiscalQuarter(LocalDate first) {
        int fiscalYear = fiscalYearOf(first);
        int quarter = (int) (java.time.temporal.ChronoUnit.MONTHS.between(
                LocalDate.of(fiscalYear - 1, FISCAL_YEAR_START_MONTH, 1), first) / 3) + 1;
        return new Period("FY" + fiscalYear + "-Q" + quarter, Kind.FISCAL_QUARTER, first, first.plusMonths(3));
    }

    private static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= FISCAL_YEAR_START_MONTH ? date.getYear() + 1 : date.getYear();
    }
}
