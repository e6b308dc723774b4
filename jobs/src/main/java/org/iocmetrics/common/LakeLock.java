package org.iocmetrics.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One writer per lake at a time: every command that writes the lake holds this lock for its whole
 * run, so two runs started together cannot ingest a batch twice or race on a Delta commit. The
 * second run waits, saying once for whom, and gives up with one line after a limit.
 *
 * <p>A local lake (the default) uses an operating-system lock on {@code _ioc_metrics.lock}: the
 * kernel releases it when its process ends in any way, kill -9 included, so a crash never leaves
 * the lake locked. Elsewhere (HDFS, object stores) there is no such lock: the holder keeps a lease
 * file {@code _ioc_metrics.lease} fresh by rewriting it every {@link #HEARTBEAT}, and a lease not
 * renewed for {@link #STALE_AFTER} is taken for a dead holder's and broken.
 */
public final class LakeLock implements AutoCloseable {
    static final String LOCK_FILE = "_ioc_metrics.lock";
    static final String LEASE_FILE = "_ioc_metrics.lease";
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    /** How long a command waits for the lake by default: longer than a whole pipeline run on the sample. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(30);
    private static final Duration POLL = Duration.ofMillis(500);

    private final AutoCloseable release;

    private LakeLock(AutoCloseable release) {
        this.release = release;
    }

    /** Takes the lake for {@code command}, waiting at most {@code wait} for the run that holds it. */
    public static LakeLock acquire(Lake lake, String command, Duration wait) {
        String holder = String.format("pid %d on %s (%s, since %s)", ProcessHandle.current().pid(), hostName(),
                command, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return lake.localRoot().isPresent()
                ? osLock(lake, new Path(lake.root(), LOCK_FILE), holder, wait)
                : lease(lake.fileSystem(), new Path(lake.root(), LEASE_FILE), lake.toString(), holder, wait);
    }

    @Override
    public void close() {
        try {
            release.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not release the lake lock: " + e.getMessage(), e);
        }
    }

    private static LakeLock osLock(Lake lake, Path lockPath, String holder, Duration wait) {
        java.nio.file.Path file = lake.localRoot().orElseThrow().toPath().resolve(LOCK_FILE);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Waiting waiting = new Waiting(lake.toString(), wait);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                waiting.pause(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            FileLock held = lock;
            return new LakeLock(() -> {
                channel.truncate(0);
                held.release();
                channel.close();
            });
        } catch (IOException e) {
            throw new UserError("cannot lock the lake at " + lockPath + ": " + e.getMessage(), e);
        }
    }

    /** Package-private for its test: the lease is what non-local lakes use. */
    static LakeLock lease(FileSystem fs, Path lease, String lakeUri, String holder, Duration wait) {
        Waiting waiting = new Waiting(lakeUri, wait);
        try {
            while (!create(fs, lease, holder)) {
                String current = read(fs, lease);
                long renewedAt = fs.getFileStatus(lease).getModificationTime();
                if (System.currentTimeMillis() - renewedAt > STALE_AFTER.toMillis()) {
                    StageLog.info("breaking the stale lease of " + current + " on the lake at " + lakeUri);
                    fs.delete(lease, false);
                } else {
                    waiting.pause(current);
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot take the lease on the lake at " + lakeUri + ": " + e.getMessage(), e);
        }
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lake-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> renew(fs, lease, holder), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        return new LakeLock(() -> {
            heartbeat.shutdownNow();
            fs.delete(lease, false);
        });
    }

    /** Creates the lease file unless it exists: the file system's create-if-absent decides the race. */
    private static boolean create(FileSystem fs, Path lease, String holder) throws IOException {
        try (FSDataOutputStream out = fs.create(lease, false)) {
            out.write((holder + "\n").getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    private static void renew(FileSystem fs, Path lease, String holder) {
        try (FSDataOutputStream out = fs.create(lease, true)) {
            out.write((holder + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            StageLog.info("could not renew the lake lease " + lease + ": " + e.getMessage());
        }
    }

    private static String read(FileSystem fs, Path lease) throws IOException {
        try (FSDataInputStream in = fs.open(lease)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (java.io.FileNotFoundException e) {
            return "a run that just finished";
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an unknown host";
        }
    }

    /** The waiting side: one line when it starts to wait, one line when it gives up. */
    private static final class Waiting {
        private final String lake;
        private final Instant deadline;
        private boolean said;

        Waiting(String lake, Duration wait) {
            this.lake = lake;
            this.deadline = Instant.now().plus(wait);
        }

        void pause(String holder) {
            String who = holder.isEmpty() ? "another run" : holder;
            if (Instant.now().isAfter(deadline)) {
                throw new UserError("the lake at " + lake + " is still in use by " + who + ": try again when it ends");
            }
            if (!said) {
                System.err.println("ioc-metrics: the lake at " + lake + " is in use by " + who
                        + "; waiting for it to finish");
                System.err.flush();
                said = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while waiting for the lake"));
            }
        }
    }
}
