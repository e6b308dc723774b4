package org.iocmetrics.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.iocmetrics.testing.Stderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lease that guards a lake on a file system without OS locks (HDFS, object stores), exercised
 * through Hadoop's FileSystem API on the local disk. The OS lock of local lakes is exercised with
 * real processes in PipelineFaultsTest.
 */
class LakeLockTest {

    @Test
    void aHeldLeaseMakesTheNextRunWaitThenGiveUpWithOneLine(@TempDir java.nio.file.Path dir) throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration()).getRaw();
        Path lease = new Path(dir.toUri().toString(), LakeLock.LEASE_FILE);
        try (LakeLock held = LakeLock.lease(fs, lease, "lake", "pid 1 on a (pipeline)", Duration.ofMinutes(1))) {
            String[] message = new String[1];
            String err = Stderr.of(() -> message[0] = assertThrows(UserError.class,
                    () -> LakeLock.lease(fs, lease, "lake", "pid 2 on b (ingest)", Duration.ofSeconds(1))).getMessage());

            assertEquals("ioc-metrics: the lake at lake is in use by pid 1 on a (pipeline); waiting for it to finish\n", err);
            assertEquals("the lake at lake is still in use by pid 1 on a (pipeline): try again when it ends", message[0]);
        }
        assertFalse(fs.exists(lease), "a released lease is gone");
    }

    @Test
    void aLeaseNotRenewedForTwoMinutesIsBroken(@TempDir java.nio.file.Path dir) throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration()).getRaw();
        Path lease = new Path(dir.toUri().toString(), LakeLock.LEASE_FILE);
        try (var out = fs.create(lease, false)) {
            out.write("pid 1 on a (pipeline)\n".getBytes(StandardCharsets.UTF_8));
        }
        long silentSince = System.currentTimeMillis() - LakeLock.STALE_AFTER.toMillis() - 1_000;
        fs.setTimes(lease, silentSince, silentSince);

        try (LakeLock taken = LakeLock.lease(fs, lease, "lake", "pid 2 on b (ingest)", Duration.ofSeconds(1))) {
            try (var in = fs.open(lease)) {
                assertEquals("pid 2 on b (ingest)", new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            }
        }
    }

    @Test
    void aFreshLeaseIsNotBroken(@TempDir java.nio.file.Path dir) throws IOException {
        FileSystem fs = FileSystem.getLocal(new Configuration()).getRaw();
        Path lease = new Path(dir.toUri().toString(), LakeLock.LEASE_FILE);
        try (var out = fs.create(lease, false)) {
            out.write("pid 1 on a (pipeline)\n".getBytes(StandardCharsets.UTF_8));
        }
        long renewed = System.currentTimeMillis() - LakeLock.STALE_AFTER.toMillis() + 30_000;
        fs.setTimes(lease, renewed, renewed);

        Stderr.of(() -> assertThrows(UserError.class,
                () -> LakeLock.lease(fs, lease, "lake", "pid 2 on b (ingest)", Duration.ofMillis(600))));
        assertTrue(fs.exists(lease));
    }
}
