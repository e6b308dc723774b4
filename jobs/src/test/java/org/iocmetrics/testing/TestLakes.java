package org.iocmetrics.testing;

import java.nio.file.Path;
import java.util.Map;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.Location;
import scala.jdk.javaapi.CollectionConverters;

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

    /** The operation metrics Delta recorded for the table's last commit (numTargetRowsUpdated, numSourceRows…). */
    public static Map<String, String> lastOperationMetrics(Lake lake, LakeTable table) {
        return CollectionConverters.asJava(lake.delta(table).history(1).first()
                .<scala.collection.Map<String, String>>getAs("operationMetrics"));
    }
}
