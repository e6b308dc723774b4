package org.iocmetrics.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What Spark's event log of one application says about where its work ran: the executors that were
 * added, and the tasks that ended successfully on each ("driver" when the application ran in local mode).
 */
public record EventLog(String applicationId, int executorsAdded, Map<String, Integer> succeededTasksByExecutor) {

    /** Tasks that succeeded on executors other than the driver. */
    public int tasksOnExecutors() {
        return succeededTasksByExecutor.entrySet().stream().filter(e -> !"driver".equals(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Reads the one application's log in {@code dir} (spark.eventLog.dir of a single submission). */
    public static EventLog of(Path dir) {
        List<Path> logs;
        try (Stream<Path> files = Files.list(dir)) {
            logs = files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (logs.size() != 1) {
            throw new IllegalStateException("expected one application's event log in " + dir + ", found " + logs);
        }
        ObjectMapper json = new ObjectMapper();
        String applicationId = logs.get(0).getFileName().toString();
        int executors = 0;
        Map<String, Integer> tasks = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(logs.get(0), StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode event = json.readTree(line);
                switch (event.path("Event").asText()) {
                    case "SparkListenerApplicationStart" -> applicationId = event.path("App ID").asText(applicationId);
                    case "SparkListenerExecutorAdded" -> executors++;
                    case "SparkListenerTaskEnd" -> {
                        if ("Success".equals(event.path("Task End Reason").path("Reason").asText())) {
                            tasks.merge(event.path("Task Info").path("Executor ID").asText(), 1, Integer::sum);
                        }
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event log " + logs.get(0), e);
        }
        return new EventLog(applicationId, executors, Map.copyOf(tasks));
    }
}
