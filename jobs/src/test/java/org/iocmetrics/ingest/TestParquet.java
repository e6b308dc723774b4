package org.iocmetrics.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.iocmetrics.contract.Source;
import org.iocmetrics.testing.SharedSpark;

/** Parquet files for tests, written by Spark as another system would write them. */
final class TestParquet {
    private TestParquet() {}

    /** Arrival rows with every contract column a string; change types with withColumn. */
    static Dataset<Row> arrivals(List<Map<String, String>> rows) {
        List<String> names = Source.ARRIVALS.columnNames();
        List<Row> data = rows.stream().map(row -> RowFactory.create(names.stream().map(row::get).toArray())).toList();
        return SharedSpark.session().createDataFrame(data, DropReader.allStrings(names));
    }

    /** The rows as one Parquet file at {@code target}, by way of a Spark output folder. */
    static void write(Dataset<Row> rows, Path target, Path scratch) {
        rows.coalesce(1).write().parquet(scratch.toString());
        try (Stream<Path> files = Files.list(scratch)) {
            Path part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.createDirectories(target.getParent());
            Files.copy(part, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
