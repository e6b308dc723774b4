package org.iocmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path temp;

    @Test
    void writesADropAndRefusesBadArguments() throws Exception {
        Path out = temp.resolve("drop");
        assertEquals(0, Main.run("generate", "--out", out.toString(), "--from", "2026-01-31", "--to", "2026-02-01",
                "--scale", "0.2", "--seed", "4"));
        assertTrue(Files.isRegularFile(out.resolve("reference/iocs.csv")));
        assertTrue(Files.isRegularFile(out.resolve("arrivals/arrivals-2026-01.csv.gz")));
        assertTrue(Files.isRegularFile(out.resolve("operations/operations-2026-02.csv.gz")));
        assertFalse(Files.exists(out.resolve("noise-manifest.json")));

        assertEquals(2, Main.run("generate", "--out", out.toString(), "--from", "2026-01-31", "--to", "2026-02-01"));
        assertEquals(2, Main.run("generate", "--out", temp.resolve("x").toString(), "--from", "31/01/2026", "--to", "2026-02-01"));
        assertEquals(2, Main.run("generate", "--out", temp.resolve("y").toString(), "--from", "2026-02-02", "--to", "2026-02-01"));
        assertEquals(2, Main.run("generate", "--out", temp.resolve("z").toString(), "--from", "2026-02-01", "--to", "2026-02-01",
                "--scale", "0"));
    }
}
