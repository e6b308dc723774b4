package org.iocmetrics.gold;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.common.StageLog;
import org.iocmetrics.contract.Source;

/** Reads the silver tables and overwrites the gold fact tables, one log line per table. */
public final class GoldJob {
    /** The silver tables that gold and the metrics read (agencies are not needed). */
    public static final List<Source> READS =
            List.of(Source.IOCS, Source.PORTS, Source.ARRIVALS, Source.SCREENINGS, Source.OPERATIONS);
    /** The gold fact tables, rebuilt together from silver. */
    public static final List<LakeTable> FACTS = List.of(LakeTable.GOLD_OPERATION_FACTS, LakeTable.GOLD_ARRIVAL_FACTS,
            LakeTable.GOLD_PATROL_INTERVALS);

    private GoldJob() {}

    public static void build(Lake lake) {
        requireSilver(lake);
        Dataset<Row> operationFacts = OperationFacts.of(silver(lake, Source.OPERATIONS));
        write(LakeTable.GOLD_OPERATION_FACTS, lake, operationFacts);
        Dataset<Row> storedOperationFacts = lake.read(LakeTable.GOLD_OPERATION_FACTS);
        write(LakeTable.GOLD_ARRIVAL_FACTS, lake, ArrivalFacts.of(silver(lake, Source.ARRIVALS),
                silver(lake, Source.PORTS), silver(lake, Source.SCREENINGS), storedOperationFacts));
        write(LakeTable.GOLD_PATROL_INTERVALS, lake, PatrolIntervals.of(storedOperationFacts));
    }

    /** Fails with a one-line reason unless every silver table the gold layer reads exists. */
    public static void requireSilver(Lake lake) {
        List<Source> missing = READS.stream().filter(source -> !lake.exists(LakeTable.silver(source))).toList();
        if (!missing.isEmpty()) {
            lake.require(LakeTable.silver(missing.get(0)), "ingest");
        }
    }

    /** Fails with a one-line reason unless the gold tables exist (the report command reads them). */
    public static void requireGold(Lake lake) {
        FACTS.forEach(table -> lake.require(table, "metrics or pipeline"));
    }

    public static Dataset<Row> silver(Lake lake, Source source) {
        return lake.read(LakeTable.silver(source));
    }

    private static void write(LakeTable table, Lake lake, Dataset<Row> rows) {
        StageLog.countRows(table.displayName(), () -> {
            lake.overwrite(rows, table);
            return lake.read(table).count();
        });
    }
}
