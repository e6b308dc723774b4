package org.iocmetrics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MetricsDocTest {
    /** Surefire runs in the jobs module's folder. */
    private static final Path COMMITTED = Path.of("docs", "METRICS.md");

    @Test
    void committedPageMatchesTheCatalogue() throws IOException {
        String generated = MetricsDoc.render();
        if (Boolean.getBoolean("metrics.doc.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, "jobs/docs/METRICS.md is out of date with the Metric catalogue: regenerate it with"
                + " mvn -q -o test -pl jobs -am -Dtest=MetricsDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dmetrics.doc.write=true  (or run org.iocmetrics.metrics.MetricsDoc from the project root)");
    }

    @Test
    void everyMetricHasASection() {
        String page = MetricsDoc.render();
        for (Metric metric : Metric.values()) {
            assertTrue(page.contains("### `" + metric.id() + "` — " + metric.displayName()), metric.id());
        }
    }
}
