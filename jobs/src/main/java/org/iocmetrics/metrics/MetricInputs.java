package org.iocmetrics.metrics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;
import org.iocmetrics.gold.GoldJob;

/**
 * What the metrics are computed from: the gold fact tables, the IOCs (their zones cut the periods)
 * and the partner rosters (empty when no drop carried one).
 */
public record MetricInputs(Dataset<Row> arrivalFacts, Dataset<Row> operationFacts, Dataset<Row> patrolIntervals,
                           Dataset<Row> iocs, Dataset<Row> participants) {

    public static MetricInputs read(Lake lake) {
        return new MetricInputs(
                lake.read(LakeTable.GOLD_ARRIVAL_FACTS),
                lake.read(LakeTable.GOLD_OPERATION_FACTS),
                lake.read(LakeTable.GOLD_PATROL_INTERVALS),
                GoldJob.silver(lake, Source.IOCS),
                lake.readOrEmpty(LakeTable.silver(Source.PARTICIPANTS), SilverSchema.of(Source.PARTICIPANTS)));
    }
}
