package org.iocmetrics.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.iocmetrics.contract.Source;

/**
 * The rows one IOC-day produced, per event source: the rows of the day's files, and the re-sent rows
 * (late versions and exact duplicates) that go to the drop's later "resent" files.
 */
final class DayRows {
    final Map<Source, List<Row>> rows = new EnumMap<>(Source.class);
    final Map<Source, List<Row>> resent = new EnumMap<>(Source.class);
    final NoiseCounts noise = new NoiseCounts();
    /** The CSV text of {@link #rows} and {@link #resent}, once {@link #render()} ran. */
    Map<Source, String> text;
    Map<Source, String> resentText;

    DayRows() {
        for (Source source : Generator.EVENT_SOURCES) {
            rows.put(source, new ArrayList<>());
            resent.put(source, new ArrayList<>());
        }
    }

    void add(Row row) {
        rows.get(row.source).add(row);
    }

    List<Row> of(Source source) {
        return rows.get(source);
    }

    /** Renders the rows as CSV text (on the generating thread), counting them as written. */
    void render() {
        text = render(rows);
        resentText = render(resent);
    }

    private Map<Source, String> render(Map<Source, List<Row>> which) {
        Map<Source, String> text = new EnumMap<>(Source.class);
        for (Source source : Generator.EVENT_SOURCES) {
            StringBuilder out = new StringBuilder();
            which.get(source).forEach(row -> row.appendTo(out));
            noise.written(source, which.get(source).size());
            text.put(source, out.toString());
        }
        return text;
    }
}
