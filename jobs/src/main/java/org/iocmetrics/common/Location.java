package org.iocmetrics.common;

import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A folder given by a user (the lake, an input drop, an output folder) as a fully qualified Hadoop
 * URI with its file system: {@code file:/abs/path}, {@code hdfs://…}, {@code s3a://…}. A plain local
 * path, relative or absolute, spaces included, is resolved against the working directory once, here.
 */
public record Location(Path path, FileSystem fileSystem) {

    /** {@code what} names the folder in the one-line error ("the lake", "the input drop"). */
    public static Location of(Configuration hadoop, String given, String what) {
        if (given == null || given.isBlank()) {
            throw new UserError(what + " location is empty");
        }
        try {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(hadoop);
            return new Location(fs.makeQualified(path), fs);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("cannot use " + given + " as " + what + ": " + e.getMessage(), e);
        }
    }

    /** The folder on this machine's disk, when its file system is the local one. */
    public Optional<File> localFile() {
        return fileSystem instanceof LocalFileSystem local ? Optional.of(local.pathToFile(path)) : Optional.empty();
    }

    public Path resolve(String relativePath) {
        return new Path(path, relativePath);
    }

    /** As people write it: a plain path for a local folder, the URI otherwise. */
    @Override
    public String toString() {
        return localFile().map(File::getPath).orElse(uri());
    }

    /** The qualified URI, as run manifests record it. */
    public String uri() {
        return path.toString();
    }
}
