package org.iocmetrics.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code spark-submit} of the jobs' jar in client mode, run as the {@code spark-submit} script runs
 * it ({@code org.apache.spark.deploy.SparkSubmit} on Spark's class path), with an event log: Spark's
 * own record of which executors ran which tasks.
 */
public record SparkSubmission(String master, List<String> sparkConf, List<String> arguments) {
    private static final Duration LIMIT = Duration.ofMinutes(20);

    /** Settings the jobs need on a small cluster; the README's spark-submit line carries the same. */
    public static final List<String> SMALL_CLUSTER_CONF = List.of(
            // the default of 200 shuffle partitions is for large clusters: each is a task
            "spark.sql.shuffle.partitions=8",
            // Delta rebuilds table state with 50 partitions by default; a handful fit these tables
            "spark.databricks.delta.snapshotPartitions=2",
            "spark.executor.memory=1g");

    /**
     * HotSpot's first compiler alone, for the driver and the executors: a smoke run's JVMs live two or
     * three minutes, too short for the second compiler's work to pay (LoopbackClusterIT: 145 s against
     * 190 s with both). A long job on a real cluster keeps both, as the README's spark-submit line does.
     */
    private static final String SHORT_LIVED_JVM = "-XX:TieredStopAtLevel=1";

    /** The command line, as a list: java, Spark's class path, SparkSubmit and its options, the jar, the job's arguments. */
    public List<String> command(SparkDistribution spark, Path eventLogDir) {
        List<String> command = new ArrayList<>(spark.javaCommand(List.of("-Xmx2g", "-Duser.timezone=UTC", SHORT_LIVED_JVM),
                "org.apache.spark.deploy.SparkSubmit"));
        command.addAll(List.of("--master", master, "--deploy-mode", "client",
                "--class", "org.iocmetrics.cli.Main",
                "--conf", "spark.eventLog.enabled=true",
                "--conf", "spark.eventLog.dir=" + eventLogDir.toUri(),
                // one plain JSON file, so it can be read back without Spark's history server
                "--conf", "spark.eventLog.rolling.enabled=false",
                "--conf", "spark.eventLog.compress=false",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.executor.extraJavaOptions=" + SHORT_LIVED_JVM));
        for (String setting : sparkConf) {
            command.add("--conf");
            command.add(setting);
        }
        command.add(spark.applicationJar().toString());
        command.addAll(arguments);
        return command;
    }

    /** Runs the submission to its end in {@code workDir}; its output goes to {@code log}. Returns the exit status. */
    public int run(SparkDistribution spark, Path sparkHome, Path workDir, Path eventLogDir, Path log) {
        try {
            Files.createDirectories(eventLogDir);
            ProcessBuilder builder = new ProcessBuilder(command(spark, eventLogDir)).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            LoopbackCluster.environment(builder.environment(), sparkHome);
            Process process = builder.start();
            try {
                if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new IllegalStateException("spark-submit did not end within " + LIMIT + "; see " + log);
                }
                return process.exitValue();
            } finally {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
