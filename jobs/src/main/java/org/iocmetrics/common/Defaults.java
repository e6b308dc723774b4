package org.iocmetrics.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** Defaults the command-line contract (CLI.md) gives for omitted options. */
public final class Defaults {
    private Defaults() {}

    /** The lake when --lake is omitted: a folder under the user's working directory. */
    public static final String LAKE = "ioc-lake";
    /** Where outputs go when --out is omitted. */
    public static final String OUT = "ioc-out";

    /**
     * The project's root: the launcher passes it as a system property, so the bundled sample is
     * found from any working directory.
     */
    public static Path projectHome() {
        String home = System.getProperty("iocmetrics.home");
        return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    /** The bundled sample schedules file, used when distribute's --schedules is omitted. */
    public static Path sampleSchedules() {
        return projectHome().resolve("data-samples").resolve("schedules.yaml");
    }

    /** The bundled sample drop, used when --input is omitted. */
    public static Path sampleDrop() {
        Path drop = projectHome().resolve("data-samples").resolve("sample-drop");
        if (!Files.isDirectory(drop)) {
            throw new UserError("no --input given and the bundled sample drop is missing at " + drop);
        }
        return drop;
    }
}
