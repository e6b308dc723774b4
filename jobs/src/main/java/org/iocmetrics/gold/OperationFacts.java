package org.iocmetrics.gold;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;
import static org.iocmetrics.contract.Columns.*;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Enums;

/** gold/operation_facts: one row per silver operation with the facts the metrics need (GoldColumns). */
public final class OperationFacts {
    /** Prefix of the effort key of an operation without a joint_operation_id. */
    public static final String SOLO_PREFIX = "solo:";

    private OperationFacts() {}

    public static Dataset<Row> of(Dataset<Row> silverOperations) {
        Column executed = col(STATUS).equalTo(lit(Enums.EXECUTED));
        return silverOperations.select(
                col(OPERATION_ID), col(IOC_ID), col(AGENCY_ID), col(OPERATION_TYPE), col(ARRIVAL_ID),
                col(AREA_CODE), col(STATUS), col(JOINT_OPERATION_ID), col(PERSONNEL_HOURS), col(FINDINGS_COUNT),
                when(executed, col(ACTUAL_START)).otherwise(col(PLANNED_START)).as(GoldColumns.EVENT_AT),
                executed.as(GoldColumns.EXECUTED),
                col(STATUS).equalTo(lit(Enums.CANCELLED)).as(GoldColumns.CANCELLED),
                coalesce(col(JOINT_OPERATION_ID), concat(lit(SOLO_PREFIX), col(AGENCY_ID))).as(GoldColumns.EFFORT_KEY),
                col(JOINT_OPERATION_ID).isNotNull().as(GoldColumns.JOINT),
                col(POSTED_TO_IOC_SCHEDULE).as(GoldColumns.POSTED),
                col(OPERATION_TYPE).isin(Enums.BOARDING_TYPES.toArray()).as(GoldColumns.BOARDING_TYPE),
                col(OPERATION_TYPE).isin(Enums.PATROL_TYPES.toArray()).as(GoldColumns.PATROL_TYPE),
                col(STATUS).isin(Enums.PLAN_STATUSES.toArray()).as(GoldColumns.IN_PLAN),
                col(ACTUAL_START), col(ACTUAL_END), col(PLANNED_START), col(PLANNED_END))
                .withColumn(GoldColumns.MONTH, trunc(col(GoldColumns.EVENT_AT), "month"));
    }
}
