package org.iocmetrics.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Source;

/**
 * The ids other rows may refer to: for a reference or arrivals source, a one-column Dataset of the
 * ids known at the moment a source is validated (this batch's accepted rows included, since sources
 * are merged in dependency order). Asked only for the sources a rule needs.
 */
@FunctionalInterface
interface ReferenceKeys {
    Dataset<Row> idsOf(Source source);
}
