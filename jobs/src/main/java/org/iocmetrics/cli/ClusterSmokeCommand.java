package org.iocmetrics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.iocmetrics.cluster.ClusterSmoke;
import org.iocmetrics.cluster.SparkDistribution;
import org.iocmetrics.common.Defaults;
import org.iocmetrics.common.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cluster-smoke}: the pipeline on a real loopback Spark standalone cluster, compared with local mode. */
@Command(
        name = "cluster-smoke",
        mixinStandardHelpOptions = true,
        description = "Start a Spark standalone master and WORKERS workers on 127.0.0.1, submit the pipeline on a"
                + " small generated drop with spark-submit, run it again in local mode, and check that both"
                + " metrics.csv are identical and that the cluster's executors did the work. Stops every process"
                + " it started.")
public final class ClusterSmokeCommand implements Callable<Integer> {

    @Option(names = "--workers", defaultValue = "2", paramLabel = "WORKERS",
            description = "worker JVMs of one core each (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "where the drop, lakes, outputs, event logs and process logs go (default: a new"
                    + " temporary folder, kept for inspection)")
    Path workDir;

    @Override
    public Integer call() {
        if (workers < 1 || workers > 8) {
            throw new UserError("--workers must be between 1 and 8, got " + workers);
        }
        SparkDistribution spark = SparkDistribution.ofBuild(Defaults.projectHome());
        Path dir = workDir();
        PrintStream console = System.out;
        ClusterSmoke.Result result = ClusterSmoke.run(spark, workers, dir, console);
        ClusterSmoke.ClusterRun cluster = result.cluster();
        console.printf(Locale.ROOT, "cluster-smoke: %d workers alive; application %s: %d executors registered,"
                        + " %d tasks succeeded on them %s, in %.0f s%n", cluster.workersAlive(),
                cluster.events().applicationId(), cluster.events().executorsAdded(), cluster.events().tasksOnExecutors(),
                cluster.events().succeededTasksByExecutor(), cluster.time().toMillis() / 1000.0);
        console.printf(Locale.ROOT, "cluster-smoke: local[2] run in %.0f s; metrics.csv (%d lines) %s%n",
                result.localTime().toMillis() / 1000.0, result.metricsLines(),
                result.identicalMetrics() ? "identical byte for byte" : "DIFFERS");
        List<String> problems = result.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        console.println("cluster-smoke: passed (logs, lakes and outputs in " + dir + ")");
        return 0;
    }

    private Path workDir() {
        try {
            return workDir != null ? Files.createDirectories(workDir.toAbsolutePath())
                    : Files.createTempDirectory("ioc-cluster-smoke-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
