package org.iocmetrics.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * The local disk under a scheme of its own ({@code otherfs:///abs/path}): to the jobs it is a file
 * system like HDFS or an object store, not the local one, so every path through it must go by
 * Hadoop URI (nothing java.nio can open, no OS file lock, outputs staged and copied).
 */
public final class OtherFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "otherfs";

    /**
     * Makes the scheme known to a session's Hadoop configuration (it adds a scheme, changes nothing
     * else), with a FileContext binding as well: Delta commits to a scheme it has no LogStore for
     * through FileContext's atomic rename, as on HDFS.
     */
    public static void register(SparkSession spark) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        hadoop.set("fs." + SCHEME + ".impl", OtherFileSystem.class.getName());
        hadoop.set("fs.AbstractFileSystem." + SCHEME + ".impl", Context.class.getName());
    }

    /** The same file system for FileContext. */
    public static final class Context extends DelegateToFileSystem {
        public Context(URI uri, Configuration conf) throws IOException, URISyntaxException {
            super(uri, new OtherFileSystem(), conf, SCHEME, false);
        }
    }

    /** The URI of a local absolute path on this file system. */
    public static String uri(java.nio.file.Path path) {
        return SCHEME + "://" + path.toAbsolutePath().toUri().getRawPath();
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
