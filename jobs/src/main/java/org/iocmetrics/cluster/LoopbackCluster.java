package org.iocmetrics.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1: one {@code Master} JVM and {@code workers} {@code Worker}
 * JVMs of one core each, started from a {@link SparkDistribution} laid out as a Spark home, their
 * logs and work folders in {@code workDir}.
 * Closing it stops every process it started, the executors the workers launched included; a shutdown
 * hook does the same if the JVM ends first.
 */
public final class LoopbackCluster implements AutoCloseable {
    private static final String HOST = "127.0.0.1";
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final String WORKER_MEMORY = "2g";

    private final List<Process> processes = new ArrayList<>();
    private final Thread stopOnExit = new Thread(this::stopAll, "loopback-cluster-stop");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int masterPort;
    private final int masterUiPort;

    private LoopbackCluster(int masterPort, int masterUiPort) {
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
    }

    /** Starts the master and the workers and returns once every worker has registered. */
    public static LoopbackCluster start(SparkDistribution spark, Path sparkHome, int workers, Path workDir) {
        if (workers < 1) {
            throw new IllegalArgumentException("a cluster needs at least one worker, not " + workers);
        }
        LoopbackCluster cluster = new LoopbackCluster(freePort(), freePort());
        Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
        try {
            Files.createDirectories(workDir);
            cluster.launch(spark, sparkHome, workDir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", HOST, "--port", String.valueOf(cluster.masterPort),
                    "--webui-port", String.valueOf(cluster.masterUiPort));
            for (int i = 1; i <= workers; i++) {
                Path workerDir = Files.createDirectories(workDir.resolve("worker-" + i));
                cluster.launch(spark, sparkHome, workDir.resolve("worker-" + i + ".log"),
                        "org.apache.spark.deploy.worker.Worker", cluster.masterUrl(), "--host", HOST,
                        "--cores", "1", "--memory", WORKER_MEMORY, "--webui-port", "0",
                        "--work-dir", workerDir.toString());
            }
            cluster.awaitWorkers(workers, workDir);
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    public String masterUrl() {
        return "spark://" + HOST + ":" + masterPort;
    }

    /** The master's own account of the cluster ({@code /json/} of its web UI): workers and applications. */
    public JsonNode masterStatus() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the master's status page did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Workers the master reports ALIVE. */
    public int aliveWorkers() {
        int alive = 0;
        for (JsonNode worker : masterStatus().path("workers")) {
            if ("ALIVE".equals(worker.path("state").asText())) {
                alive++;
            }
        }
        return alive;
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing is left to stop
        }
    }

    private void launch(SparkDistribution spark, Path sparkHome, Path log, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(spark.javaCommand(List.of("-Xmx512m"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder.environment(), sparkHome);
        processes.add(builder.start());
    }

    /** What a worker needs to launch executors: where Spark is, and which Scala build its jars are. */
    static void environment(Map<String, String> environment, Path sparkHome) {
        environment.put("SPARK_HOME", sparkHome.toAbsolutePath().toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
        environment.put("SPARK_LOCAL_IP", HOST);
        environment.put("SPARK_NO_DAEMONIZE", "1");
    }

    private void awaitWorkers(int workers, Path workDir) {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a cluster process ended at start (exit " + process.exitValue()
                            + "); see the logs in " + workDir);
                }
            }
            try {
                if (aliveWorkers() == workers) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // the master's web UI starts a moment after its JVM
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException(workers + " workers did not register with the master within " + START_LIMIT
                + "; see the logs in " + workDir);
    }

    /** Executors first (the workers' children), then workers, then the master. */
    private synchronized void stopAll() {
        List<Process> lastStartedFirst = new ArrayList<>(processes);
        Collections.reverse(lastStartedFirst);
        for (Process process : lastStartedFirst) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : lastStartedFirst) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
