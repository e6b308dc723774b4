package org.iocmetrics.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Location;
import org.iocmetrics.common.OutputFiles;
import org.iocmetrics.common.OutputFolder;
import org.iocmetrics.common.UserError;
import org.iocmetrics.ingest.IngestResult;
import org.iocmetrics.ingest.SourceResult;
import org.iocmetrics.metrics.Period;

/**
 * run-manifest.json (CLI.md): what one pipeline run read (the drop's files, the Delta table versions
 * the outputs were computed from), the row counts per source, the period and the time of every step.
 */
public record RunManifest(
        Location input,
        Lake lake,
        OutputFolder out,
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
        map.put("input", input.uri());
        map.put("lake", lake.uri());
        map.put("out", out.target().uri());
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
        map.put("ignored_files", ingest.ignoredFiles());
        Map<String, Object> sources = new LinkedHashMap<>();
        for (SourceResult source : ingest.sources()) {
            sources.put(source.source().tableName(), source.toMap());
        }
        map.put("sources", sources);
        map.put("tables", tableVersions);
        map.put("outputs", outputs.stream().map(p -> out.local()
                .relativize(p.toAbsolutePath().normalize()).toString()).toList());
        map.put("timings_seconds", stepSeconds);
        return map;
    }

    public Path write() {
        return OutputFiles.writeWhole(out.local().resolve(FILE_NAME), file -> {
            try {
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toMap());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        });
    }

    /** What a manifest says about the run's lake: where it is, the period, and each table's version. */
    public record Recorded(String lake, Period period, Map<String, Long> tables) {}

    /** Reads back the lake, period and table versions of a run-manifest.json, or fails with one line. */
    public static Recorded read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UserError("cannot read the run manifest " + file + ": " + firstLine(e.getMessage()), e);
        }
        JsonNode lake = root.path("lake");
        JsonNode period = root.path("period").path("id");
        JsonNode tables = root.path("tables");
        if (!lake.isTextual() || !period.isTextual() || !tables.isObject()) {
            throw new UserError(file + " is not a run manifest: it needs lake, period.id and tables");
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        tables.fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
        return new Recorded(lake.asText(), Period.parse(period.asText()), versions);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
