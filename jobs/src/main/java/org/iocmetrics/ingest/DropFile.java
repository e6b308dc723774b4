package org.iocmetrics.ingest;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.contract.Source;

/**
 * One data file of a drop, as found by validation: where it is (a qualified Hadoop path), its path relative to the drop (the
 * lineage name), its format, the columns it declares (CSV header and JSON keys as strings, a
 * Parquet file's schema with its types) and whether its text is UTF-8 throughout (Parquet: true).
 */
record DropFile(Source source, Path path, String relativePath, DropFormat format, StructType schema, boolean utf8) {

    List<String> columns() {
        return List.of(schema.fieldNames());
    }
}
