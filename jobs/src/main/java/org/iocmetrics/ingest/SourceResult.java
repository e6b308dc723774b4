package org.iocmetrics.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iocmetrics.contract.Source;

/** What ingesting one source of a batch did: its files and row counts, and how long it took. */
public record SourceResult(
        Source source,
        List<String> files,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        long rowsDuplicate,
        long orphansPromoted,
        Instant startedAt,
        Instant finishedAt,
        double seconds) {

    /** rows read = accepted + quarantined + duplicates: nothing lost, nothing counted twice. */
    public boolean accountingHolds() {
        return rowsRead == rowsAccepted + rowsQuarantined + rowsDuplicate;
    }

    /** A failed invariant, not bad input: the run must stop before anything more is written. */
    void requireAccounting() {
        if (!accountingHolds()) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "row accounting failed for %s: read %d != accepted %d + quarantined %d + duplicates %d",
                    source.tableName(), rowsRead, rowsAccepted, rowsQuarantined, rowsDuplicate));
        }
    }

    /** The ingest log's column names as keys, for run-manifest.json. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(IngestLogColumns.SOURCE, source.tableName());
        map.put(IngestLogColumns.FILES, files);
        map.put(IngestLogColumns.ROWS_READ, rowsRead);
        map.put(IngestLogColumns.ROWS_ACCEPTED, rowsAccepted);
        map.put(IngestLogColumns.ROWS_QUARANTINED, rowsQuarantined);
        map.put(IngestLogColumns.ROWS_DUPLICATE, rowsDuplicate);
        map.put(IngestLogColumns.ORPHANS_PROMOTED, orphansPromoted);
        map.put(IngestLogColumns.STARTED_AT, startedAt.toString());
        map.put(IngestLogColumns.FINISHED_AT, finishedAt.toString());
        map.put(IngestLogColumns.SECONDS, seconds);
        return map;
    }
}
