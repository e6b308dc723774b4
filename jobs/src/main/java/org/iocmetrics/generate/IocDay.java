package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Source;

/**
 * One IOC on one local day: what every row of that day shares (zone, profile, the extract's as-of
 * instant, the random stream, id sequences) and the one way operations are written.
 */
final class IocDay {
    static final String PLANNED = "PLANNED";
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    final ReferenceData.Ioc ioc;
    final IocProfile profile;
    final LocalDate date;
    /** End of the extract: nothing after it has happened yet. */
    final Instant asOf;
    final SplittableRandom rng;
    final DayRows out;
    private final String idStem;
    /** Operations and joint operations numbered so far this day, shared by every stream of the day. */
    private final int[] numbered;

    IocDay(ReferenceData.Ioc ioc, IocProfile profile, LocalDate date, Instant asOf, SplittableRandom rng, DayRows out) {
        this(ioc, profile, date, asOf, rng, out, new int[2]);
    }

    private IocDay(ReferenceData.Ioc ioc, IocProfile profile, LocalDate date, Instant asOf, SplittableRandom rng,
                   DayRows out, int[] numbered) {
        this.ioc = ioc;
        this.profile = profile;
        this.date = date;
        this.asOf = asOf;
        this.rng = rng;
        this.out = out;
        this.idStem = ioc.code() + "-" + ID_DATE.format(date) + "-";
        this.numbered = numbered;
    }

    /** The same day drawing from another random stream; ids keep counting. */
    IocDay withStream(SplittableRandom other) {
        return new IocDay(ioc, profile, date, asOf, other, out, numbered);
    }

    ZoneId zone() {
        return ioc.zone();
    }

    /** An instant this many elapsed hours after the local midnight that starts the day. */
    Instant hoursIntoDay(double hours) {
        return Timestamps.plusHours(date.atStartOfDay(zone()).toInstant(), hours);
    }

    /** A wall-clock hour of this day (or the next, for hours >= 24), honouring daylight-saving changes. */
    Instant at(int hour) {
        return date.plusDays(hour / 24).atTime(hour % 24, 0).atZone(zone()).toInstant();
    }

    /** Timestamp text: UTC or local offset, as this IOC's extracts mix them. */
    String ts(Instant instant) {
        return Timestamps.format(instant, zone(), Seeds.chance(rng, profile.zulu()));
    }

    String jointId() {
        return "JNT-" + idStem + (++numbered[1]);
    }

    /** updated_at: some time after the row's last event, never after the extract. */
    Instant updatedAfter(Instant lastEvent, double maxDelayHours) {
        Instant updated = Timestamps.plusHours(lastEvent, Seeds.between(rng, 0.05, maxDelayHours));
        if (updated.isAfter(asOf)) {
            return lastEvent.isAfter(asOf) ? lastEvent : asOf;
        }
        return updated;
    }

    /**
     * Hours by which an operation starts off its plan. Most start within minutes of it; about a quarter
     * start 15 minutes to 3 hours off (late three times in four: a boat down, a crew held over), one in
     * twenty 3 to 8 hours late; a scheduled patrol or inspection is now and then (3%) run at another time
     * of the day or night altogether, which is how planned and executed coverage part.
     */
    private double drift(boolean scheduled) {
        double kind = rng.nextDouble();
        if (kind < 0.67) {
            return rng.nextGaussian() * 0.08;
        }
        if (kind < 0.92) {
            return (Seeds.chance(rng, 0.75) ? 1 : -1) * Seeds.between(rng, 0.25, 3);
        }
        if (kind < 0.97 || !scheduled) {
            return Seeds.between(rng, 3, 8);
        }
        return (Seeds.chance(rng, 0.5) ? 1 : -1) * Seeds.between(rng, 8, 16);
    }

    /**
     * Writes one operation. It is executed unless it lies after the extract (planned), or is cancelled
     * (with the given chance: 1 for a shift nobody staffed, 0 for what is never dropped); actual times
     * wander around the plan.
     */
    Row operation(String type, String agency, String arrivalId, String area, Instant plannedStart, double hours,
                  int crew, String jointId, double findingsChance, double cancellation) {
        Instant start = Timestamps.minutes(plannedStart);
        Instant plannedEnd = Timestamps.plusHours(start, hours);
        Instant actualStart = Timestamps.plusHours(start, drift(arrivalId == null));
        Instant actualEnd = Timestamps.plusHours(actualStart, Math.max(0.25, hours * Seeds.between(rng, 0.85, 1.25)));
        String status;
        if (Seeds.chance(rng, cancellation)) {
            status = Enums.CANCELLED;
        } else if (actualEnd.isAfter(asOf) || !start.isBefore(asOf)) { // a posted plan is not run ahead of its day
            status = PLANNED;
        } else {
            status = Enums.EXECUTED;
        }
        boolean executed = Enums.EXECUTED.equals(status);
        Row row = new Row(Source.OPERATIONS)
                .set(OPERATION_ID, "OP-" + idStem + (++numbered[0]))
                .set(IOC_ID, ioc.id())
                .set(AGENCY_ID, agency)
                .set(OPERATION_TYPE, type)
                .set(ARRIVAL_ID, arrivalId)
                .set(AREA_CODE, area)
                .set(STATUS, status)
                .set(PLANNED_START, ts(start))
                .set(PLANNED_END, ts(plannedEnd))
                .set(JOINT_OPERATION_ID, jointId)
                .set(POSTED_TO_IOC_SCHEDULE, Seeds.chance(rng, profile.posting()));
        Instant updated;
        if (executed) {
            double actualHours = (actualEnd.getEpochSecond() - actualStart.getEpochSecond()) / 3600.0;
            row.set(ACTUAL_START, ts(actualStart))
                    .set(ACTUAL_END, ts(actualEnd))
                    .set(PERSONNEL_HOURS, String.format(java.util.Locale.ROOT, "%.1f", actualHours * crew));
            if (findingsChance > 0) {
                row.set(FINDINGS_COUNT, Seeds.chance(rng, findingsChance) ? 1 + Seeds.poisson(rng, 0.8) : 0);
            }
            updated = updatedAfter(actualEnd, 24);
        } else {
            updated = Timestamps.plusHours(start, -Seeds.between(rng, 1, 48));
            if (updated.isAfter(asOf)) { // a posted plan: entered before the extract was taken
                updated = Timestamps.plusHours(asOf, -Seeds.between(rng, 0.1, 72));
            }
        }
        row.set(UPDATED_AT, ts(updated));
        out.add(row);
        return row;
    }
}
