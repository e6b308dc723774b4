package org.iocmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iocmetrics.contract.Source;
import org.junit.jupiter.api.Test;

class SourceResultTest {
    private static final Instant START = Instant.parse("2026-05-10T06:00:00Z");

    @Test
    void accountingThatDoesNotAddUpIsAFailedInvariant() {
        SourceResult lost = result(10, 7, 1, 1);
        IllegalStateException failure = assertThrows(IllegalStateException.class, lost::requireAccounting);
        assertEquals("row accounting failed for arrivals: read 10 != accepted 7 + quarantined 1 + duplicates 1",
                failure.getMessage());
        assertDoesNotThrow(result(10, 8, 1, 1)::requireAccounting);
    }

    @Test
    void resultsBecomePlainMapsForTheRunManifest() {
        IngestResult ingest = new IngestResult("b1", false, List.of(result(3, 1, 1, 1)), List.of("misc/notes.txt"),
                Map.of("silver/arrivals", 2L), 4.5);
        assertEquals("{batch_id=b1, already_ingested=false, sources=[{source=arrivals, files=[arrivals/a.csv],"
                        + " rows_read=3, rows_accepted=1, rows_quarantined=1, rows_duplicate=1, orphans_promoted=0,"
                        + " started_at=2026-05-10T06:00:00Z, finished_at=2026-05-10T06:00:02Z, seconds=2.0}],"
                        + " ignored_files=[misc/notes.txt], table_versions={silver/arrivals=2}, seconds=4.5}",
                ingest.toMap().toString());
    }

    private static SourceResult result(long read, long accepted, long quarantined, long duplicates) {
        return new SourceResult(Source.ARRIVALS, List.of("arrivals/a.csv"), read, accepted, quarantined, duplicates,
                0, START, START.plusSeconds(2), 2.0);
    }
}
