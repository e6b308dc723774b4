package org.iocmetrics.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The ids other rows may refer to, each a one-column Dataset: IOCs, agencies, ports and arrivals
 * known to silver at the moment a source is validated (this batch's accepted rows included, since
 * sources are merged in dependency order).
 */
record ReferenceKeys(Dataset<Row> iocIds, Dataset<Row> agencyIds, Dataset<Row> portCodes, Dataset<Row> arrivalIds) {}
