package org.iocmetrics.testing;

import java.nio.file.Path;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.Location;

/** A lake, or an input drop, in a test's temporary folder, on the shared test session. */
public final class TestLakes {
    private TestLakes() {}

    public static Lake at(Path folder) {
        return Lake.at(SharedSpark.session(), folder.toString());
    }

    /** A local drop folder as the jobs take it: a qualified URI. */
    public static Location drop(Path folder) {
        return Location.of(SharedSpark.session().sparkContext().hadoopConfiguration(), folder.toString(), "the input drop");
    }
}
