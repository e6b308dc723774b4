package org.iocmetrics.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Where a command's files go ({@code --out}). Reports and {@code metrics.csv} are rendered by the driver
 * on its own disk: into the folder itself when it is local, otherwise into a staging folder whose files
 * {@link #publish()} then copies to the folder's URI (HDFS, an object store), each under a temporary name
 * renamed into place, so a reader never finds half a file.
 */
public final class OutputFolder {
    private final Location target;
    private final Path local;

    private OutputFolder(Location target, Path local) {
        this.target = target;
        this.local = local;
    }

    public static OutputFolder at(Configuration hadoop, String given) {
        Location target = Location.of(hadoop, given, "the output folder");
        try {
            Path local = target.localFile().isPresent() ? target.localFile().get().toPath()
                    : Files.createTempDirectory("ioc-metrics-out-");
            return new OutputFolder(target, local);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a staging folder for " + target, e);
        }
    }

    /** The folder on the driver's disk that writers write into. */
    public Path local() {
        return local;
    }

    public Location target() {
        return target;
    }

    public boolean isLocal() {
        return target.localFile().isPresent();
    }

    /**
     * Copies every file written so far to the target when it is not local, and empties the staging
     * folder; nothing to do for a local folder.
     */
    public void publish() {
        if (isLocal()) {
            return;
        }
        FileSystem fs = target.fileSystem();
        try (Stream<Path> walk = Files.walk(local)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                org.apache.hadoop.fs.Path destination = target.resolve(relativeName(file));
                org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(destination.getParent(),
                        "." + destination.getName() + ".partial");
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(file.toUri()), partial);
                fs.delete(destination, false);
                if (!fs.rename(partial, destination)) {
                    throw new IOException("could not rename " + partial + " to " + destination);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the outputs to " + target, e);
        }
        deleteStaging();
    }

    private void deleteStaging() {
        try (Stream<Path> walk = Files.walk(local)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + local, e);
        }
    }

    /** Where a file written under {@link #local()} ends up, as people write it. */
    public String show(Path writtenFile) {
        return isLocal() ? writtenFile.toString() : target.resolve(relativeName(writtenFile)).toString();
    }

    /** A file's name under {@link #local()}, with '/' as in a URI. */
    private String relativeName(Path writtenFile) {
        return local.relativize(writtenFile).toString().replace('\\', '/');
    }

    /** As people write it: a plain path when local, the URI otherwise. */
    @Override
    public String toString() {
        return target.toString();
    }
}
