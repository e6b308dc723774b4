package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;

/**
 * The bad rows real extracts carry. Each injected row is a copy of a clean row of the same IOC-day
 * under a new id, with exactly one rule broken, so the quarantine's count per reason code equals
 * the manifest's; nothing references the new ids, so no orphan follows from them. Late versions
 * (same id, newer updated_at) and exact duplicates are re-sent in the source's later "resent" file.
 */
final class Noise {
    /** Chance per IOC-day, source and kind of noise that one such row is injected. */
    static final double RATE = 0.01;
    static final String UNKNOWN_PORT_CODE = "USZZZ";
    static final String UNKNOWN_IOC_ID = "IOC-ZZZ";
    static final String UNKNOWN_AGENCY_ID = "HARBOR-WATCH-XYZ";
    static final String NEVER_ARRIVED = "-NEVER";

    private record Kind(ReasonCode reason, Predicate<Row> applies, UnaryOperator<Row> breakRule) {}

    private final ZoneId zone;
    private final SplittableRandom rng;

    Noise(ZoneId zone, SplittableRandom rng) {
        this.zone = zone;
        this.rng = rng;
    }

    void inject(DayRows day) {
        for (Source source : Generator.EVENT_SOURCES) {
            List<Row> clean = List.copyOf(day.of(source));
            if (clean.isEmpty()) {
                continue;
            }
            for (Kind kind : kinds(source)) {
                if (!Seeds.chance(rng, RATE)) {
                    continue;
                }
                List<Row> candidates = clean.stream().filter(kind.applies()).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                Row bad = kind.breakRule().apply(renamed(pick(candidates), "-Q" + kind.reason().ordinal()));
                day.add(bad);
                day.noise.quarantined(source, kind.reason(), 1);
            }
            if (Seeds.chance(rng, RATE)) {
                Row first = renamed(pick(clean), "-CV");
                Row second = conflicting(first);
                day.add(first);
                day.add(second);
                day.noise.quarantined(source, ReasonCode.CONFLICTING_VERSION, 2);
            }
            if (Seeds.chance(rng, RATE)) {
                day.resent.get(source).add(pick(clean));
                day.noise.duplicate(source);
            }
            if (Seeds.chance(rng, RATE)) {
                Row late = pick(clean).copy();
                Instant updated = instant(late.get(UPDATED_AT)).plusSeconds(3600L * (24 + rng.nextInt(216)));
                late.set(UPDATED_AT, Timestamps.format(updated, zone, true));
                day.resent.get(source).add(late);
                day.noise.lateVersion(source);
            }
        }
    }

    private Row pick(List<Row> rows) {
        return rows.get(rng.nextInt(rows.size()));
    }

    private static Row renamed(Row row, String suffix) {
        String idColumn = row.source.idColumn();
        return row.copy().set(idColumn, row.get(idColumn) + suffix);
    }

    /** Same id and updated_at, different content. */
    private static Row conflicting(Row row) {
        Row other = row.copy();
        return switch (row.source) {
            case ARRIVALS -> other.set(VESSEL_NAME, row.get(VESSEL_NAME) + " II");
            case SCREENINGS -> other.set(SHARED_WITH_IOC, String.valueOf(!Boolean.parseBoolean(row.get(SHARED_WITH_IOC))));
            default -> other.set(POSTED_TO_IOC_SCHEDULE,
                    String.valueOf(!Boolean.parseBoolean(row.get(POSTED_TO_IOC_SCHEDULE))));
        };
    }

    private List<Kind> kinds(Source source) {
        Predicate<Row> any = r -> true;
        return switch (source) {
            case ARRIVALS -> List.of(
                    new Kind(ReasonCode.MISSING_REQUIRED, any, r -> r.set(VESSEL_NAME, null)),
                    new Kind(ReasonCode.BAD_TIMESTAMP, has(NOA_RECEIVED_AT), r -> withoutOffset(r, NOA_RECEIVED_AT)),
                    new Kind(ReasonCode.BAD_NUMBER, has(GROSS_TONNAGE), r -> r.set(GROSS_TONNAGE, r.get(GROSS_TONNAGE) + " GT")),
                    new Kind(ReasonCode.BAD_ENUM, any, r -> r.set(VESSEL_TYPE, "BULK_CARRIER")),
                    new Kind(ReasonCode.BAD_IMO, has(IMO_NUMBER), r -> r.set(IMO_NUMBER, wrongCheckDigit(r.get(IMO_NUMBER)))),
                    new Kind(ReasonCode.BAD_BOOLEAN, has(CERTAIN_DANGEROUS_CARGO), r -> r.set(CERTAIN_DANGEROUS_CARGO, "Y")),
                    new Kind(ReasonCode.BAD_INTERVAL, any, r -> r.set(DEPARTED_AT,
                            Timestamps.format(instant(r.get(ARRIVED_AT)).minusSeconds(7200), zone, true))),
                    new Kind(ReasonCode.UNKNOWN_PORT, any, r -> r.set(PORT_CODE, UNKNOWN_PORT_CODE)));
            case SCREENINGS -> List.of(
                    new Kind(ReasonCode.MISSING_REQUIRED, any, r -> r.set(SHARED_WITH_IOC, null)),
                    new Kind(ReasonCode.BAD_TIMESTAMP, any, r -> withoutOffset(r, SCREENED_AT)),
                    new Kind(ReasonCode.BAD_ENUM, any, r -> r.set(RISK_LEVEL, "SEVERE")),
                    new Kind(ReasonCode.BAD_BOOLEAN, any, r -> r.set(SHARED_WITH_IOC, "Y")),
                    new Kind(ReasonCode.UNKNOWN_AGENCY, any, r -> r.set(AGENCY_ID, UNKNOWN_AGENCY_ID)),
                    new Kind(ReasonCode.ORPHAN_ARRIVAL, any, r -> r.set(ARRIVAL_ID, r.get(ARRIVAL_ID) + NEVER_ARRIVED)));
            default -> List.of(
                    new Kind(ReasonCode.MISSING_REQUIRED, any, r -> r.set(POSTED_TO_IOC_SCHEDULE, null)),
                    new Kind(ReasonCode.BAD_TIMESTAMP, any, r -> withoutOffset(r, UPDATED_AT)),
                    new Kind(ReasonCode.BAD_NUMBER, has(PERSONNEL_HOURS), r -> r.set(PERSONNEL_HOURS, r.get(PERSONNEL_HOURS) + " h")),
                    new Kind(ReasonCode.BAD_ENUM, any, r -> r.set(STATUS, "DONE")),
                    new Kind(ReasonCode.BAD_BOOLEAN, any, r -> r.set(POSTED_TO_IOC_SCHEDULE, "Y")),
                    new Kind(ReasonCode.BAD_INTERVAL, any, r -> r.set(PLANNED_END,
                            Timestamps.format(instant(r.get(PLANNED_START)).minusSeconds(3600), zone, true))),
                    new Kind(ReasonCode.UNKNOWN_IOC, any, r -> r.set(IOC_ID, UNKNOWN_IOC_ID)),
                    new Kind(ReasonCode.UNKNOWN_AGENCY, any, r -> r.set(AGENCY_ID, UNKNOWN_AGENCY_ID)),
                    new Kind(ReasonCode.ORPHAN_ARRIVAL, has(ARRIVAL_ID), r -> r.set(ARRIVAL_ID, r.get(ARRIVAL_ID) + NEVER_ARRIVED)));
        };
    }

    private static Predicate<Row> has(String column) {
        return r -> r.get(column) != null;
    }

    private Row withoutOffset(Row row, String column) {
        return row.set(column, Timestamps.withoutOffset(instant(row.get(column)), zone));
    }

    private static Instant instant(String timestamp) {
        return OffsetDateTime.parse(timestamp).toInstant();
    }

    private static String wrongCheckDigit(String imo) {
        int digit = imo.charAt(6) - '0';
        return imo.substring(0, 6) + (digit + 1) % 10;
    }

}
