package org.iocmetrics.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocmetrics.ingest.IngestResult;
import org.iocmetrics.ingest.SourceResult;
import org.iocmetrics.metrics.Period;

/**
 * run-manifest.json (CLI.md): what one pipeline run read (the drop's files, the Delta table versions
 * the outputs were computed from), the row counts per source, the period and the time of every step.
 */
public record RunManifest(
        Path input,
        Path lake,
        Path out,
        Period period,
        IngestResult ingest,
        Map<String, Long> tableVersions,
        List<Path> outputs,
        Map<String, Double> stepSeconds,
        Instant startedAt,
        Instant finishedAt) {

    public static final String FILE_NAME = "run-manifest.json";

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("started_at", startedAt.toString());
        map.put("finished_at", finishedAt.toString());
        map.put("input", input.toAbsolutePath().normalize().toString());
        map.put("lake", lake.toAbsolutePath().normalize().toString());
        map.put("out", out.toAbsolutePath().normalize().toString());
        Map<String, Object> periodMap = new LinkedHashMap<>();
        periodMap.put("id", period.id());
        periodMap.put("kind", period.kind().name());
        periodMap.put("start", period.start().toString());
        periodMap.put("end", period.end().toString());
        periodMap.put("cut_in", "each IOC's time_zone; start inclusive, end exclusive");
        map.put("period", periodMap);
        map.put("batch_id", ingest.batchId());
        map.put("already_ingested", ingest.alreadyIngested());
        map.put("files", ingest.sources().stream().flatMap(s -> s.files().stream()).toList());
        Map<String, Object> sources = new LinkedHashMap<>();
        for (SourceResult source : ingest.sources()) {
            sources.put(source.source().tableName(), source.toMap());
        }
        map.put("sources", sources);
        map.put("tables", tableVersions);
        map.put("outputs", outputs.stream().map(p -> out.toAbsolutePath().normalize()
                .relativize(p.toAbsolutePath().normalize()).toString()).toList());
        map.put("timings_seconds", stepSeconds);
        return map;
    }

    public Path write() {
        Path file = out.resolve(FILE_NAME);
        try {
            Files.createDirectories(out);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toMap());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
