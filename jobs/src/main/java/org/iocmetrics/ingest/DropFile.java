package org.iocmetrics.ingest;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.contract.Source;

/**
 * One data file of a drop, as found by validation: where it is, its path relative to the drop (the
 * lineage name), its format and the columns it declares (CSV header and JSON keys as strings, a
 * Parquet file's schema with its types).
 */
record DropFile(Source source, Path path, String relativePath, DropFormat format, StructType schema) {

    List<String> columns() {
        return List.of(schema.fieldNames());
    }
}
