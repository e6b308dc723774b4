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

    /** What the two runs did; {@link #problems()} is empty when the cluster run agrees and really ran there. */
    public record Result(int workersAlive, List<String> completedApplications, EventLog cluster, EventLog local,
            boolean identicalMetrics, long metricsLines, Duration clusterTime, Duration localTime, Path workDir) {

        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!identicalMetrics) {
                problems.add("the cluster's metrics.csv differs from the local run's (both in " + workDir + ")");
            }
            if (cluster.executorsAdded() < workersAlive) {
                problems.add(workersAlive + " workers but " + cluster.executorsAdded() + " executors registered");
            }
            if (cluster.tasksOnExecutors() == 0) {
                problems.add("no task ran on a cluster executor");
            }
            if (!completedApplications.contains(cluster.applicationId())) {
                problems.add("the master does not list " + cluster.applicationId() + " as a finished application");
            }
            return problems;
        }
    }

    public static Result run(SparkDistribution spark, int workers, Path workDir, PrintStream progress) {
        try {
            Path drop = workDir.resolve("drop");
            if (!Files.isDirectory(drop)) {
                progress.println("cluster-smoke: generating a small drop (" + FROM + " to " + TO + ", scale " + SCALE
                        + ", with noise) in " + drop);
                new Generator(ReferenceData.load()).run(
                        new Generator.Options(drop, FROM, TO, SCALE, 1, true), new PrintStream(OutputStream.nullOutputStream()));
            }
            Path sparkHome = spark.sparkHome(workDir.resolve("spark-home"));

            progress.println("cluster-smoke: pipeline --period " + PERIOD + " with spark-submit --master local[2]");
            long started = System.nanoTime();
            EventLog local = submit(spark, sparkHome, "local[2]", drop, workDir.resolve("local"));
            Duration localTime = Duration.ofNanos(System.nanoTime() - started);

            try (LoopbackCluster cluster = LoopbackCluster.start(spark, sparkHome, workers,
                    workDir.resolve("cluster-processes"))) {
                int alive = cluster.aliveWorkers();
                progress.println("cluster-smoke: master " + cluster.masterUrl() + " with " + alive
                        + " workers; the same pipeline with spark-submit --master " + cluster.masterUrl());
                started = System.nanoTime();
                EventLog onCluster = submit(spark, sparkHome, cluster.masterUrl(), drop, workDir.resolve("cluster"));
                Duration clusterTime = Duration.ofNanos(System.nanoTime() - started);
                List<String> completed = new ArrayList<>();
                for (JsonNode application : cluster.masterStatus().path("completedapps")) {
                    if ("FINISHED".equals(application.path("state").asText())) {
                        completed.add(application.path("id").asText());
                    }
                }
                byte[] localCsv = Files.readAllBytes(workDir.resolve("local/out/metrics.csv"));
                byte[] clusterCsv = Files.readAllBytes(workDir.resolve("cluster/out/metrics.csv"));
                long lines = new String(localCsv, StandardCharsets.UTF_8).lines().count();
                return new Result(alive, completed, onCluster, local, Arrays.equals(localCsv, clusterCsv), lines,
                        clusterTime, localTime, workDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EventLog submit(SparkDistribution spark, Path sparkHome, String master, Path drop, Path runDir)
            throws IOException {
        Files.createDirectories(runDir);
        SparkSubmission submission = new SparkSubmission(master, SparkSubmission.SMALL_CLUSTER_CONF, List.of(
                "pipeline", "--input", drop.toString(), "--lake", runDir.resolve("lake").toString(),
                "--period", PERIOD, "--out", runDir.resolve("out").toString()));
        Path log = runDir.resolve("spark-submit.log");
        int status = submission.run(spark, sparkHome, runDir, runDir.resolve("events"), log);
        if (status != 0) {
            throw new IllegalStateException("spark-submit --master " + master + " failed with exit status " + status
                    + "; see " + log);
        }
        return EventLog.of(runDir.resolve("events"));
    }
}
