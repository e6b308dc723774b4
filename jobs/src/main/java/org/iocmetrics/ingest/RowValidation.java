package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_remove;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.map_concat;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Enums;
import org.iocmetrics.contract.Field;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;

/**
 * Types a source's raw rows and finds every broken rule of the data contract: each row gets its
 * typed contract columns, its raw values as a map and the array of ALL its reason codes (empty when
 * the row is valid). Pure transformations; the reference ids come in as Datasets.
 */
final class RowValidation {
    static final String RAW = "_raw";
    static final String REASONS = "_reasons";

    /**
     * ISO-8601 / RFC 3339 with an offset: date, T (or t, or a space), hours and minutes, optional
     * seconds with a fraction of 1 to 9 digits, then Z, z, +hh:mm or +hhmm (or -). The first 16
     * characters are fixed by it: see {@link #instant}.
     */
    private static final String ISO_WITH_OFFSET =
            "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([Zz]|[+-]\\d{2}:?\\d{2})$";
    private static final int MINUTES_END = 16;
    private static final int LONGEST_OFFSET = 6;
    private static final String INTEGER = "^[+-]?\\d{1,18}$";
    private static final String DECIMAL = "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?$";
    private static final String SEVEN_DIGITS = "^\\d{7}$";
    private static final String NINE_DIGITS = "^\\d{9}$";
    private static final Set<String> NON_NEGATIVE =
            Set.of(Columns.GROSS_TONNAGE, Columns.PERSONNEL_HOURS, Columns.FINDINGS_COUNT);
    private static final Object[] ZONE_IDS = ZoneId.getAvailableZoneIds().stream().sorted().toArray();
    private static final String KNOWN = "_known";
    /** Joins reason codes, which are enum names: never part of one. */
    private static final String REASON_SEPARATOR = ",";

    private RowValidation() {}

    /** Typed values, raw map and reason codes of every row; see the class comment. */
    static Dataset<Row> validate(Dataset<Row> raw, Source source, ReferenceKeys keys) {
        return checkReferences(checkRowRules(typeAndCheckFields(raw, source), source), source, keys);
    }

    /**
     * Per-column typing and checks: required, timestamp, boolean, number, enum, IMO, time zone; and
     * what DropReader found reading the row (rows read back from quarantine carry neither column):
     * values with bytes that are not UTF-8 ({@link DropReader#UTF8}), or a line that is not a record
     * ({@link DropReader#RECORD}), which has no fields to judge: it is BAD_RECORD, and its text goes
     * into the raw map beside the contract columns.
     */
    static Dataset<Row> typeAndCheckFields(Dataset<Row> raw, Source source) {
        List<String> read = List.of(raw.columns());
        Column record = read.contains(DropReader.RECORD) ? col(DropReader.RECORD) : lit(null).cast(DataTypes.StringType);
        Column utf8 = read.contains(DropReader.UTF8) ? col(DropReader.UTF8) : lit(true);
        // typed once, then checked: a value's typing is most of the work, and the checks read it twice
        List<Column> typedAndGiven = new ArrayList<>();
        for (Field field : source.fields()) {
            Column value = cleaned(field.name());
            typedAndGiven.add(typed(field, value).cast(SilverSchema.sparkType(field.type())).as(field.name()));
            typedAndGiven.add(value.isNotNull().as(given(field)));
        }
        // lineage (file, row number, and a batch id for quarantined rows read back) passes through
        List<Column> lineage = new ArrayList<>();
        for (String name : raw.columns()) {
            if (source.field(name).isEmpty() && !name.equals(DropReader.RECORD) && !name.equals(DropReader.UTF8)) {
                lineage.add(col(name));
            }
        }
        typedAndGiven.addAll(lineage);
        typedAndGiven.add(rawValues(source, record).as(RAW));
        typedAndGiven.add(record.as(DropReader.RECORD));
        typedAndGiven.add(utf8.as(DropReader.UTF8));

        List<Column> selected = new ArrayList<>();
        List<Column> reasons = new ArrayList<>();
        for (Field field : source.fields()) {
            Column typed = col(field.name());
            Column given = col(given(field));
            selected.add(typed);
            if (field.required()) {
                reasons.add(reasonIf(not(given), ReasonCode.MISSING_REQUIRED));
            }
            reasons.add(reasonIf(given.and(typed.isNull()), badValueReason(field)));
            if (NON_NEGATIVE.contains(field.name())) {
                reasons.add(reasonIf(typed.lt(0), ReasonCode.BAD_NUMBER));
            }
        }
        selected.addAll(lineage);
        selected.add(col(RAW));
        Column badEncoding = reasonIf(not(col(DropReader.UTF8)), ReasonCode.BAD_ENCODING);
        reasons.add(badEncoding);
        selected.add(when(col(DropReader.RECORD).isNull(), reasonArray(reasons))
                .otherwise(reasonArray(List.of(lit(ReasonCode.BAD_RECORD.name()), badEncoding))).as(REASONS));
        return raw.select(typedAndGiven.toArray(Column[]::new)).select(selected.toArray(Column[]::new));
    }

    private static String given(Field field) {
        return "_given_" + field.name();
    }

    /**
     * The values of a row as received, by column name (and the text of a line that is not a record),
     * as quarantine keeps them: of rows as {@link DropReader} reads them.
     */
    static Column rawValues(Source source) {
        return rawValues(source, col(DropReader.RECORD));
    }

    private static Column rawValues(Source source, Column record) {
        Column values = map_from_arrays(
                array(source.columnNames().stream().map(name -> lit(name)).toArray(Column[]::new)),
                array(source.columnNames().stream().map(name -> col(name)).toArray(Column[]::new)));
        return when(record.isNull(), values).otherwise(map_concat(values, map(lit(DropReader.RECORD), record)));
    }

    /** Rules across columns of one row: executed operations have actual times; intervals ordered. */
    static Dataset<Row> checkRowRules(Dataset<Row> typed, Source source) {
        List<Column> reasons = new ArrayList<>();
        switch (source) {
            case ARRIVALS -> reasons.add(reasonIf(
                    col(Columns.DEPARTED_AT).lt(col(Columns.ARRIVED_AT)), ReasonCode.BAD_INTERVAL));
            case OPERATIONS -> {
                Column executed = col(Columns.STATUS).equalTo(lit(Enums.EXECUTED));
                reasons.add(reasonIf(executed.and(cleanedRaw(Columns.ACTUAL_START).isNull()
                        .or(cleanedRaw(Columns.ACTUAL_END).isNull())), ReasonCode.MISSING_REQUIRED));
                reasons.add(reasonIf(col(Columns.PLANNED_END).leq(col(Columns.PLANNED_START)), ReasonCode.BAD_INTERVAL));
                reasons.add(reasonIf(col(Columns.ACTUAL_END).leq(col(Columns.ACTUAL_START)), ReasonCode.BAD_INTERVAL));
            }
            default -> {
                return typed;
            }
        }
        return withReasons(typed, reasons);
    }

    /** Referential rules: ports, IOCs, agencies and arrivals must be known. */
    static Dataset<Row> checkReferences(Dataset<Row> checked, Source source, ReferenceKeys keys) {
        return switch (source) {
            case IOCS, AGENCIES -> checked;
            case PORTS -> mustExist(checked, Columns.IOC_ID, keys.idsOf(Source.IOCS), ReasonCode.UNKNOWN_IOC);
            case PARTICIPANTS -> mustExist(
                    mustExist(checked, Columns.IOC_ID, keys.idsOf(Source.IOCS), ReasonCode.UNKNOWN_IOC),
                    Columns.AGENCY_ID, keys.idsOf(Source.AGENCIES), ReasonCode.UNKNOWN_AGENCY);
            case ARRIVALS -> mustExist(checked, Columns.PORT_CODE, keys.idsOf(Source.PORTS), ReasonCode.UNKNOWN_PORT);
            case SCREENINGS -> mustExist(
                    mustExist(checked, Columns.AGENCY_ID, keys.idsOf(Source.AGENCIES), ReasonCode.UNKNOWN_AGENCY),
                    Columns.ARRIVAL_ID, keys.idsOf(Source.ARRIVALS), ReasonCode.ORPHAN_ARRIVAL);
            case OPERATIONS -> mustExist(mustExist(
                    mustExist(checked, Columns.IOC_ID, keys.idsOf(Source.IOCS), ReasonCode.UNKNOWN_IOC),
                    Columns.AGENCY_ID, keys.idsOf(Source.AGENCIES), ReasonCode.UNKNOWN_AGENCY),
                    Columns.ARRIVAL_ID, keys.idsOf(Source.ARRIVALS), ReasonCode.ORPHAN_ARRIVAL);
        };
    }

    private static Dataset<Row> mustExist(Dataset<Row> rows, String column, Dataset<Row> ids, ReasonCode reason) {
        Dataset<Row> known = ids.select(col(ids.columns()[0]).as(KNOWN)).distinct();
        // reference tables are small and broadcast; arrivals are left to the planner
        if (reason != ReasonCode.ORPHAN_ARRIVAL) {
            known = broadcast(known);
        }
        Dataset<Row> joined = rows.join(known, rows.col(column).equalTo(known.col(KNOWN)), "left");
        return withReasons(joined, List.of(reasonIf(col(column).isNotNull().and(col(KNOWN).isNull()), reason)))
                .drop(KNOWN);
    }

    private static Dataset<Row> withReasons(Dataset<Row> rows, List<Column> reasons) {
        return rows.withColumn(REASONS, array_distinct(concat(col(REASONS), reasonArray(reasons))));
    }

    /**
     * The codes of the rules broken (a rule's column is its code or null), in order, each once.
     * Joined and split again rather than filtered: a lambda's filter is evaluated row by row without
     * generated code, and would take every rule's expression with it.
     */
    private static Column reasonArray(List<Column> reasons) {
        return array_distinct(array_remove(split(concat_ws(REASON_SEPARATOR, reasons.toArray(Column[]::new)),
                REASON_SEPARATOR), ""));
    }

    private static Column reasonIf(Column broken, ReasonCode reason) {
        return when(broken, lit(reason.name()));
    }

    /** Trimmed text, null when empty: the contract's "empty field = null". */
    static Column cleaned(String name) {
        return emptyAsNull(trim(col(name)));
    }

    private static Column cleanedRaw(String name) {
        return emptyAsNull(trim(col(RAW).getItem(name)));
    }

    private static Column emptyAsNull(Column trimmed) {
        return when(trimmed.notEqual(lit("")), trimmed);
    }

    /** The typed value, or null when the text does not have the field's form. */
    private static Column typed(Field field, Column value) {
        return switch (field.type()) {
            case STRING -> field.name().equals(Columns.MMSI) ? when(value.rlike(NINE_DIGITS), value) : value;
            case TIMESTAMP -> when(value.rlike(ISO_WITH_OFFSET), instant(value));
            case BOOLEAN -> when(lower(value).isin("true", "false"), lower(value).equalTo(lit("true")));
            case INTEGER -> when(value.rlike(INTEGER), value.cast(DataTypes.LongType));
            case DECIMAL -> when(value.rlike(DECIMAL), value.cast(DataTypes.DoubleType));
            case ENUM -> when(value.isin(field.allowedValues().toArray()), value);
            case IMO -> when(value.rlike(SEVEN_DIGITS).and(imoCheckDigitHolds(value)), value);
            case ZONE_ID -> when(value.isin(ZONE_IDS), value);
        };
    }

    /**
     * The instant of a text of the form {@link #ISO_WITH_OFFSET}. Spark's cast reads every such form
     * except minutes followed directly by the offset and a lower-case t or z: seconds are put after
     * the minutes where missing and a t or z is upper-cased (translated, only when there is one:
     * Spark's upper() goes through ICU's case tables, and took longer in a profile of ingest than the
     * cast). Fixed
     * positions rather than a regex replacement, which measured as costly as the match itself. The
     * cast gives null for a date, time or offset that does not exist (2026-02-30, +19:00). The
     * timestamp type holds microseconds: digits of a fraction beyond the sixth are truncated.
     */
    private static Column instant(Column iso) {
        Column withSeconds = when(substring(iso, MINUTES_END + 1, 1).equalTo(lit(":")), iso)
                .otherwise(concat(substring(iso, 1, MINUTES_END), lit(":00"), substring(iso, MINUTES_END + 1, LONGEST_OFFSET)));
        Column lowerCase = withSeconds.contains("t").or(withSeconds.contains("z"));
        return when(lowerCase, translate(withSeconds, "tz", "TZ")).otherwise(withSeconds).cast(DataTypes.TimestampType);
    }

    private static ReasonCode badValueReason(Field field) {
        return switch (field.type()) {
            case STRING, INTEGER, DECIMAL -> ReasonCode.BAD_NUMBER;
            case TIMESTAMP -> ReasonCode.BAD_TIMESTAMP;
            case BOOLEAN -> ReasonCode.BAD_BOOLEAN;
            case ENUM -> ReasonCode.BAD_ENUM;
            case IMO -> ReasonCode.BAD_IMO;
            case ZONE_ID -> ReasonCode.BAD_TIME_ZONE;
        };
    }

    /** IMO: the first six digits weighted 7..2, summed; the last digit of the sum is the seventh. */
    private static Column imoCheckDigitHolds(Column value) {
        Column sum = lit(0);
        for (int position = 1; position <= 6; position++) {
            sum = sum.plus(digit(value, position).multiply(8 - position));
        }
        return sum.mod(10).equalTo(digit(value, 7));
    }

    private static Column digit(Column value, int position) {
        return substring(value, position, 1).cast(DataTypes.IntegerType);
    }

    /** True for a row with no reason code. */
    static Column isValid() {
        return size(col(REASONS)).equalTo(0);
    }
}
