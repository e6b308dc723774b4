package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.iocmetrics.common.CsvLine;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Field;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;

/**
 * A plain-Java reading of a drop against the data contract, independent of the generator's code:
 * the reasons each row breaks, then exact duplicates, late versions and conflicting versions among
 * the valid rows. Tests compare it with what the generator says it wrote.
 */
final class DropChecker {
    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    /** ISO-8601 date-time with seconds, optional fraction, and a mandatory offset or Z. */
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    /** One row as read: its file, its values by column, its raw line and the rules it breaks. */
    record CheckedRow(Source source, String file, Map<String, String> values, String line, List<ReasonCode> reasons) {
        String id() {
            return values.get(source.idColumn());
        }

        Instant instant(String column) {
            String v = values.get(column);
            return v == null || v.isEmpty() ? null : OffsetDateTime.parse(v).toInstant();
        }
    }

    /** What the generator writes and a test can hold against its manifest: the roster and the event sources. */
    static final List<Source> GENERATED = List.of(Source.PARTICIPANTS, Source.ARRIVALS, Source.SCREENINGS, Source.OPERATIONS);

    final Map<Source, List<CheckedRow>> rows = new EnumMap<>(Source.class);
    final Map<Source, Map<ReasonCode, Long>> quarantined = new EnumMap<>(Source.class);
    final Map<Source, Long> duplicates = new EnumMap<>(Source.class);
    final Map<Source, Long> lateVersions = new EnumMap<>(Source.class);
    final Map<String, String> iocZones = new HashMap<>();
    final Set<String> ports = new HashSet<>();
    final Set<String> agencies = new HashSet<>();

    DropChecker(Path drop) throws IOException {
        read(drop, Source.IOCS).forEach(r -> iocZones.put(r.values().get(IOC_ID), r.values().get(TIME_ZONE)));
        read(drop, Source.PORTS).forEach(r -> ports.add(r.values().get(PORT_CODE)));
        read(drop, Source.AGENCIES).forEach(r -> agencies.add(r.values().get(AGENCY_ID)));
        for (Source source : GENERATED) {
            rows.put(source, source.isOptional() && !Files.exists(drop.resolve(source.location())) ? List.of()
                    : read(drop, source));
            quarantined.put(source, new EnumMap<>(ReasonCode.class));
        }
        rows.get(Source.PARTICIPANTS).forEach(this::checkRow);
        Set<String> arrivals = new HashSet<>();
        for (CheckedRow r : rows.get(Source.ARRIVALS)) {
            checkRow(r);
            if (r.reasons().isEmpty()) {
                arrivals.add(r.id());
            }
        }
        for (Source source : List.of(Source.SCREENINGS, Source.OPERATIONS)) {
            for (CheckedRow r : rows.get(source)) {
                checkRow(r);
                String arrival = r.values().get(ARRIVAL_ID);
                if (r.reasons().isEmpty() && arrival != null && !arrival.isEmpty() && !arrivals.contains(arrival)) {
                    r.reasons().add(ReasonCode.ORPHAN_ARRIVAL);
                }
            }
        }
        for (Source source : GENERATED) {
            if (source.isEvent()) {
                versions(source);
            } else {
                duplicates.put(source, rows.get(source).stream().filter(r -> r.reasons().isEmpty()).count()
                        - rows.get(source).stream().filter(r -> r.reasons().isEmpty()).map(CheckedRow::line).distinct().count());
                lateVersions.put(source, 0L);
            }
            for (CheckedRow r : rows.get(source)) {
                r.reasons().forEach(reason -> quarantined.get(source).merge(reason, 1L, Long::sum));
            }
        }
    }

    private void versions(Source source) {
        Map<String, List<CheckedRow>> byId = new LinkedHashMap<>();
        rows.get(source).stream().filter(r -> r.reasons().isEmpty())
                .forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        long dup = 0;
        long late = 0;
        for (List<CheckedRow> versions : byId.values()) {
            Map<String, List<CheckedRow>> byUpdated = new LinkedHashMap<>();
            versions.forEach(r -> byUpdated.computeIfAbsent(r.values().get(UPDATED_AT), k -> new ArrayList<>()).add(r));
            late += byUpdated.size() - 1;
            for (List<CheckedRow> same : byUpdated.values()) {
                long distinct = same.stream().map(CheckedRow::line).distinct().count();
                if (distinct > 1) {
                    same.forEach(r -> r.reasons().add(ReasonCode.CONFLICTING_VERSION));
                } else {
                    dup += same.size() - 1;
                }
            }
        }
        duplicates.put(source, dup);
        lateVersions.put(source, late);
    }

    private void checkRow(CheckedRow row) {
        List<ReasonCode> reasons = row.reasons();
        Map<String, String> v = row.values();
        for (Field field : row.source().fields()) {
            String value = v.get(field.name());
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    reasons.add(ReasonCode.MISSING_REQUIRED);
                }
                continue;
            }
            ReasonCode bad = switch (field.type()) {
                case TIMESTAMP -> parses(value) ? null : ReasonCode.BAD_TIMESTAMP;
                case INTEGER -> INTEGER.matcher(value).matches() ? null : ReasonCode.BAD_NUMBER;
                case DECIMAL -> DECIMAL.matcher(value).matches() ? null : ReasonCode.BAD_NUMBER;
                case BOOLEAN -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : ReasonCode.BAD_BOOLEAN;
                case ENUM -> field.allowedValues().contains(value) ? null : ReasonCode.BAD_ENUM;
                case IMO -> validImo(value) ? null : ReasonCode.BAD_IMO;
                default -> null;
            };
            if (bad != null) {
                reasons.add(bad);
            }
        }
        switch (row.source()) {
            case ARRIVALS -> {
                if (!ports.contains(v.get(PORT_CODE))) {
                    reasons.add(ReasonCode.UNKNOWN_PORT);
                }
                if (before(v.get(DEPARTED_AT), v.get(ARRIVED_AT), true)) {
                    reasons.add(ReasonCode.BAD_INTERVAL);
                }
            }
            case SCREENINGS -> {
                if (!agencies.contains(v.get(AGENCY_ID))) {
                    reasons.add(ReasonCode.UNKNOWN_AGENCY);
                }
            }
            case PARTICIPANTS -> {
                if (!v.get(IOC_ID).isEmpty() && !iocZones.containsKey(v.get(IOC_ID))) {
                    reasons.add(ReasonCode.UNKNOWN_IOC);
                }
                if (!v.get(AGENCY_ID).isEmpty() && !agencies.contains(v.get(AGENCY_ID))) {
                    reasons.add(ReasonCode.UNKNOWN_AGENCY);
                }
            }
            default -> {
                if (!iocZones.containsKey(v.get(IOC_ID))) {
                    reasons.add(ReasonCode.UNKNOWN_IOC);
                }
                if (!agencies.contains(v.get(AGENCY_ID))) {
                    reasons.add(ReasonCode.UNKNOWN_AGENCY);
                }
                if (before(v.get(PLANNED_END), v.get(PLANNED_START), false)
                        || before(v.get(ACTUAL_END), v.get(ACTUAL_START), false)) {
                    reasons.add(ReasonCode.BAD_INTERVAL);
                }
                if (Enums.EXECUTED.equals(v.get(STATUS)) && (v.get(ACTUAL_START).isEmpty() || v.get(ACTUAL_END).isEmpty())) {
                    reasons.add(ReasonCode.MISSING_REQUIRED);
                }
            }
        }
    }

    /** True when end lies before start (or equals it, unless equality is allowed); false if either is unusable. */
    private static boolean before(String end, String start, boolean equalAllowed) {
        if (end == null || start == null || !parses(end) || !parses(start)) {
            return false;
        }
        int c = OffsetDateTime.parse(end).toInstant().compareTo(OffsetDateTime.parse(start).toInstant());
        return equalAllowed ? c < 0 : c <= 0;
    }

    private static boolean parses(String value) {
        return TIMESTAMP.matcher(value).matches();
    }

    static boolean validImo(String imo) {
        if (!SEVEN_DIGITS.matcher(imo).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (imo.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == imo.charAt(6) - '0';
    }

    private static List<CheckedRow> read(Path drop, Source source) throws IOException {
        Path location = drop.resolve(source.location());
        List<Path> files;
        if (Files.isDirectory(location)) {
            try (Stream<Path> list = Files.list(location)) {
                files = list.sorted().toList();
            }
        } else {
            files = List.of(location);
        }
        List<CheckedRow> rows = new ArrayList<>();
        for (Path file : files) {
            try (InputStream raw = Files.newInputStream(file);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(
                         file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
                List<String> header = CsvLine.parse(reader.readLine());
                if (!header.equals(source.columnNames())) {
                    throw new AssertionError(file + ": header " + header + " is not the contract's " + source.columnNames());
                }
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    List<String> values = CsvLine.parse(line);
                    if (values.size() != header.size()) {
                        throw new AssertionError(String.format(Locale.ROOT, "%s: %d fields in %s", file, values.size(), line));
                    }
                    Map<String, String> byColumn = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        byColumn.put(header.get(i), values.get(i));
                    }
                    rows.add(new CheckedRow(source, file.getFileName().toString(), byColumn, line, new ArrayList<>()));
                }
            }
        }
        return rows;
    }
}
