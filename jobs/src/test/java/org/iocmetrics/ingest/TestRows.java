package org.iocmetrics.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.iocmetrics.contract.Source;
import org.iocmetrics.testing.SharedSpark;

/** Valid contract rows of every source, changed per test, as raw Datasets or CSV lines. */
public final class TestRows {
    private TestRows() {}

    static final Map<Source, List<String>> VALID = Map.of(
            Source.IOCS, List.of("IOC-BOS", "Boston", "Sector Boston IOC", "D1", "America/New_York"),
            Source.AGENCIES, List.of("USCG", "U.S. Coast Guard", "FEDERAL"),
            Source.PORTS, List.of("USBOS", "Boston", "IOC-BOS", "42.35", "-71.04"),
            Source.PARTICIPANTS, List.of("IOC-BOS", "USCG"),
            Source.ARRIVALS, List.of("A-1", "USBOS", "9071428", "366780494", "MV NORTHERN STAR", "LR", "TANKER",
                    "25000", "2026-04-30T11:30:00Z", "2026-05-04T07:30:00-04:00", "2026-05-05T22:00:00Z", "CNSHA",
                    "true", "false", "2026-05-10T06:00:00+00:00"),
            Source.SCREENINGS, List.of("S-1", "A-1", "USCG", "2026-05-01T14:00:00Z", "HIGH", "BOARD", "true",
                    "2026-05-10T06:00:00+00:00"),
            Source.OPERATIONS, List.of("O-1", "IOC-BOS", "USCG", "SECURITY_BOARDING", "A-1", "", "EXECUTED",
                    "2026-05-04T08:00:00-04:00", "2026-05-04T10:00:00-04:00", "2026-05-04T08:00:00-04:00",
                    "2026-05-04T10:00:00-04:00", "", "true", "6.0", "1", "2026-05-10T06:00:00Z"));

    /** The valid row of a source with some columns changed ("" = empty field). */
    public static Map<String, String> row(Source source, String... columnValuePairs) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> names = source.columnNames();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), VALID.get(source).get(i));
        }
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            if (!values.containsKey(columnValuePairs[i])) {
                throw new IllegalArgumentException(columnValuePairs[i] + " is not a column of " + source);
            }
            values.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return values;
    }

    public static String header(Source source) {
        return String.join(",", source.columnNames());
    }

    public static String csvLine(Map<String, String> row) {
        return String.join(",", row.values().stream()
                .map(v -> v.contains(",") || v.contains("\"") || v.contains("\n") ? '"' + v.replace("\"", "\"\"") + '"' : v)
                .toList());
    }

    /** Rows as DropReader yields them: contract strings (empty = null), file, row number. */
    @SafeVarargs
    public static Dataset<Row> raw(Source source, Map<String, String>... rows) {
        List<Row> data = new ArrayList<>();
        long number = 1;
        for (Map<String, String> row : rows) {
            List<Object> values = new ArrayList<>();
            for (String name : source.columnNames()) {
                String value = row.get(name);
                values.add(value == null || value.isEmpty() ? null : value);
            }
            values.add(source.tableName() + "/test.csv");
            values.add(number++);
            data.add(RowFactory.create(values.toArray()));
        }
        return SharedSpark.session().createDataFrame(data, DropReader.rawSchema(source));
    }

    /** Every id the valid rows refer to. */
    public static ReferenceKeys knownKeys() {
        Map<Source, List<String>> known = Map.of(Source.IOCS, List.of("IOC-BOS"), Source.AGENCIES,
                List.of("USCG", "CBP"), Source.PORTS, List.of("USBOS"), Source.ARRIVALS, List.of("A-1"));
        return source -> SharedSpark.session().createDataset(known.get(source), Encoders.STRING())
                .toDF(source.idColumn());
    }
}
