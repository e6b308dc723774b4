package org.iocmetrics.generate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.iocmetrics.contract.Source;

/** One generated event row: the contract's columns of its source, in contract order. */
final class Row {
    private static final Map<Source, Map<String, Integer>> POSITIONS = new EnumMap<>(Source.class);

    static {
        for (Source source : Source.values()) {
            Map<String, Integer> positions = new HashMap<>();
            for (String column : source.columnNames()) {
                positions.put(column, positions.size());
            }
            POSITIONS.put(source, positions);
        }
    }

    final Source source;
    private final String[] values;

    Row(Source source) {
        this(source, new String[source.columnNames().size()]);
    }

    private Row(Source source, String[] values) {
        this.source = source;
        this.values = values;
    }

    Row set(String column, Object value) {
        values[position(column)] = value == null ? null : value.toString();
        return this;
    }

    String get(String column) {
        return values[position(column)];
    }

    Row copy() {
        return new Row(source, values.clone());
    }

    void appendTo(StringBuilder out) {
        Csv.appendLine(out, values);
    }

    private int position(String column) {
        Integer position = POSITIONS.get(source).get(column);
        if (position == null) {
            throw new IllegalArgumentException(column + " is not a column of " + source);
        }
        return position;
    }
}
