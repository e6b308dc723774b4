package org.iocmetrics.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iocmetrics.common.Defaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real Spark standalone cluster: a Master and two Worker JVMs on 127.0.0.1, the
 * spark-submit jar submitted in client mode, compared with the same submission in local mode. Runs
 * after {@code package} (failsafe), as it submits the jar the build just made.
 */
class LoopbackClusterIT {
    private static final int WORKERS = 2;

    @Test
    void thePipelineOnALoopbackClusterWritesTheSameMetricsAsLocalModeWithItsExecutorsDoingTheWork(@TempDir Path dir)
            throws Exception {
        SparkDistribution spark = SparkDistribution.ofBuild(Defaults.projectHome());
        assertTrue(spark.sparkJars().stream().noneMatch(jar -> jar.getFileName().toString().startsWith("delta-spark")),
                "Delta travels in the submitted jar, as on a cluster whose Spark has none");
        Set<Long> before = childProcesses();

        ClusterSmoke.Result result = ClusterSmoke.run(spark, WORKERS, dir, new PrintStream(System.out));

        assertEquals(WORKERS, result.workersAlive());
        assertTrue(result.identicalMetrics(), "cluster and local metrics.csv differ; both are in " + dir);
        assertTrue(result.metricsLines() > 40, "metrics.csv holds every IOC's metrics, not only a header");
        assertEquals(WORKERS, result.cluster().executorsAdded());
        Map<String, Integer> tasks = result.cluster().succeededTasksByExecutor();
        assertEquals(WORKERS, tasks.size(), "each worker's executor ran tasks: " + tasks);
        assertTrue(tasks.values().stream().allMatch(count -> count > 0) && !tasks.containsKey("driver"), tasks::toString);
        assertEquals(Set.of("driver"), result.local().succeededTasksByExecutor().keySet(),
                "local mode runs its tasks in the driver");
        assertTrue(result.completedApplications().contains(result.cluster().applicationId()),
                "the master lists the application as finished: " + result.completedApplications());
        assertTrue(result.problems().isEmpty(), result.problems()::toString);
        assertTrue(Files.size(dir.resolve("cluster/out/run-manifest.json")) > 0);
        assertEquals(before, childProcesses(), "every master, worker and executor JVM has been stopped");
    }

    private static Set<Long> childProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
