package org.iocmetrics.testing;

import java.nio.file.Path;
import org.iocmetrics.common.Lake;

/** A lake in a test's temporary folder, on the shared test session. */
public final class TestLakes {
    private TestLakes() {}

    public static Lake at(Path folder) {
        return Lake.at(SharedSpark.session(), folder.toString());
    }
}
