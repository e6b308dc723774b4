package org.iocmetrics.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocmetrics.contract.Source;

/**
 * What one ingest did: the batch id, whether the batch had been ingested before (then nothing was
 * written and the counts are those logged the first time), per-source counts and files, the drop's
 * files the contract does not read, the Delta version of every table written, and the run's time.
 */
public record IngestResult(
        String batchId,
        boolean alreadyIngested,
        List<SourceResult> sources,
        List<String> ignoredFiles,
        Map<String, Long> tableVersions,
        double seconds) {

    public SourceResult of(Source source) {
        return sources.stream().filter(s -> s.source() == source).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + source));
    }

    /** Plain maps, lists, strings and numbers, ready for a JSON writer (run-manifest.json). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("batch_id", batchId);
        map.put("already_ingested", alreadyIngested);
        map.put("sources", sources.stream().map(SourceResult::toMap).toList());
        map.put("ignored_files", ignoredFiles);
        map.put("table_versions", tableVersions);
        map.put("seconds", seconds);
        return map;
    }
}
