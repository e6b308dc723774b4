package org.iocmetrics.ingest;

import java.nio.file.Path;
import java.util.List;
import org.iocmetrics.contract.Source;

/**
 * One data file of a drop, as found by validation: where it is, its path relative to the drop (the
 * lineage name), its format and the column names its header (or first record, or schema) declares.
 */
record DropFile(Source source, Path path, String relativePath, DropFormat format, List<String> columns) {}
