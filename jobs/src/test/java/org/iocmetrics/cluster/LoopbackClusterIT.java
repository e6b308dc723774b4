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
import org.iocmetrics.testing.EndToEndRun;
import org.iocmetrics.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real Spark standalone cluster: a Master and two Worker JVMs on 127.0.0.1, the
 * spark-submit jar submitted in client mode with the hand-made end-to-end drop, whose metrics.csv
 * must equal the figures worked out by hand. Runs after {@code package} (failsafe), as it submits the
 * jar the build just made. The {@code cluster-smoke} command adds a local-mode run of a generated drop
 * to compare with; here the hand-worked figures are that reference, and cost no second pipeline run.
 */
class LoopbackClusterIT {
    private static final int WORKERS = 2;

    @Test
    void thePipelineOnALoopbackClusterWritesTheHandWorkedMetricsWithItsExecutorsDoingTheWork(@TempDir Path dir)
            throws Exception {
        SparkDistribution spark = SparkDistribution.ofBuild(Defaults.projectHome());
        assertTrue(spark.sparkJars().stream().noneMatch(jar -> jar.getFileName().toString().startsWith("delta-spark")),
                "Delta travels in the submitted jar, as on a cluster whose Spark has none");
        Set<Long> before = childProcesses();

        ClusterSmoke.ClusterRun run = ClusterSmoke.onCluster(spark, WORKERS, EndToEndRun.drop(), EndToEndRun.PERIOD,
                dir, new PrintStream(System.out));
        // its links to the build's jars, removed here, would each draw a warning from JUnit's clean-up
        TestFolders.deleteTree(dir.resolve("spark-home"));

        assertEquals(WORKERS, run.workersAlive());
        assertEquals(EndToEndRun.EXPECTED_METRICS, Files.readString(run.out().resolve("metrics.csv")).replace("\r\n", "\n"),
                "the cluster's metrics.csv; its lake and logs are in " + dir);
        assertEquals(WORKERS, run.events().executorsAdded());
        Map<String, Integer> tasks = run.events().succeededTasksByExecutor();
        assertEquals(WORKERS, tasks.size(), "each worker's executor ran tasks: " + tasks);
        assertTrue(tasks.values().stream().allMatch(count -> count > 0) && !tasks.containsKey("driver"), tasks::toString);
        assertTrue(run.completedApplications().contains(run.events().applicationId()),
                "the master lists the application as finished: " + run.completedApplications());
        assertTrue(run.problems().isEmpty(), run.problems()::toString);
        assertTrue(Files.size(run.out().resolve("run-manifest.json")) > 0);
        assertTrue(Files.isRegularFile(run.out().resolve("reports/national-" + EndToEndRun.PERIOD + ".pdf")));
        assertEquals(before, childProcesses(), "every master, worker and executor JVM has been stopped");
    }

    private static Set<Long> childProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
