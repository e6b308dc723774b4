package org.iocmetrics.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.iocmetrics.generate.Generator;
import org.iocmetrics.generate.ReferenceData;

/**
 * The same {@code pipeline} submitted twice with spark-submit, once to {@code local[2]} and once to a
 * {@link LoopbackCluster}, on a small generated drop with noise (bad rows, late versions, duplicates):
 * the cluster's {@code metrics.csv} must equal the local one byte for byte, and Spark's event log must
 * show the work done by the cluster's executors.
 */
public final class ClusterSmoke {
    /** Two weeks of every IOC, a tenth of real traffic: a few thousand rows of every source. */
    static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate TO = LocalDate.of(2026, 7, 14);
    static final double SCALE = 0.1;
    static final String PERIOD = "2026-W28";

    private ClusterSmoke() {}

    /** One submission to a {@link LoopbackCluster}; {@link #problems()} is empty when the cluster really did the work. */
    public record ClusterRun(int workersAlive, List<String> completedApplications, EventLog events, Duration time,
            Path out) {

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (events.executorsAdded() < workersAlive) {
                problems.add(workersAlive + " workers but " + events.executorsAdded() + " executors registered");
            }
            if (events.tasksOnExecutors() == 0) {
                problems.add("no task ran on a cluster executor");
            }
            if (!completedApplications.contains(events.applicationId())) {
                problems.add("the master does not list " + events.applicationId() + " as a finished application");
            }
            return problems;
        }
    }

    /** What the two runs did; {@link #problems()} is empty when the cluster run agrees and really ran there. */
    public record Result(ClusterRun cluster, EventLog local, Duration localTime, boolean identicalMetrics,
            long metricsLines, Path workDir) {

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!identicalMetrics) {
                problems.add("the cluster's metrics.csv differs from the local run's (both in " + workDir + ")");
            }
            problems.addAll(cluster.problems());
            return problems;
        }
    }

    /** Generates the small drop, submits {@code pipeline} to {@code local[2]}, then to a cluster, and compares. */
    public static Result run(SparkDistribution spark, int workers, Path workDir, PrintStream progress) {
        try {
            Path drop = workDir.resolve("drop");
            if (!Files.isDirectory(drop)) {
                progress.println("cluster-smoke: generating a small drop (" + FROM + " to " + TO + ", scale " + SCALE
                        + ", with noise) in " + drop);
                new Generator(ReferenceData.load()).run(
                        new Generator.Options(drop, FROM, TO, SCALE, 1, true), new PrintStream(OutputStream.nullOutputStream()));
            }
            progress.println("cluster-smoke: pipeline --period " + PERIOD + " with spark-submit --master local[2]");
            long started = System.nanoTime();
            EventLog local = submit(spark, sparkHome(spark, workDir), "local[2]", drop, PERIOD, workDir.resolve("local"));
            Duration localTime = Duration.ofNanos(System.nanoTime() - started);

            ClusterRun cluster = onCluster(spark, workers, drop, PERIOD, workDir, progress);
            byte[] localCsv = Files.readAllBytes(workDir.resolve("local/out/metrics.csv"));
            byte[] clusterCsv = Files.readAllBytes(cluster.out().resolve("metrics.csv"));
            long lines = new String(localCsv, StandardCharsets.UTF_8).lines().count();
            return new Result(cluster, local, localTime, Arrays.equals(localCsv, clusterCsv), lines, workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a cluster of {@code workers} in {@code workDir}, submits {@code pipeline} of {@code drop} for
     * {@code period} to it (lake and output in workDir/cluster) and stops every process it started.
     */
    public static ClusterRun onCluster(SparkDistribution spark, int workers, Path drop, String period, Path workDir,
            PrintStream progress) throws IOException {
        Path sparkHome = sparkHome(spark, workDir);
        try (LoopbackCluster cluster = LoopbackCluster.start(spark, sparkHome, workers,
                workDir.resolve("cluster-processes"))) {
            int alive = cluster.aliveWorkers();
            progress.println("cluster-smoke: master " + cluster.masterUrl() + " with " + alive
                    + " workers; pipeline --period " + period + " with spark-submit --master " + cluster.masterUrl());
            long started = System.nanoTime();
            Path runDir = workDir.resolve("cluster");
            EventLog events = submit(spark, sparkHome, cluster.masterUrl(), drop, period, runDir);
            Duration time = Duration.ofNanos(System.nanoTime() - started);
            List<String> completed = new ArrayList<>();
            for (JsonNode application : cluster.masterStatus().path("completedapps")) {
                if ("FINISHED".equals(application.path("state").asText())) {
                    completed.add(application.path("id").asText());
                }
            }
            return new ClusterRun(alive, completed, events, time, runDir.resolve("out"));
        }
    }

    private static Path sparkHome(SparkDistribution spark, Path workDir) {
        return spark.sparkHome(workDir.resolve("spark-home"));
    }

    private static EventLog submit(SparkDistribution spark, Path sparkHome, String master, Path drop, String period,
            Path runDir) throws IOException {
        Files.createDirectories(runDir);
        SparkSubmission submission = new SparkSubmission(master, SparkSubmission.SMALL_CLUSTER_CONF, List.of(
                "pipeline", "--input", drop.toString(), "--lake", runDir.resolve("lake").toString(),
                "--period", period, "--out", runDir.resolve("out").toString()));
        Path log = runDir.resolve("spark-submit.log");
        int status = submission.run(spark, sparkHome, runDir, runDir.resolve("events"), log);
        if (status != 0) {
            throw new IllegalStateException("spark-submit --master " + master + " failed with exit status " + status
                    + "; see " + log);
        }
        return EventLog.of(runDir.resolve("events"));
    }
}
