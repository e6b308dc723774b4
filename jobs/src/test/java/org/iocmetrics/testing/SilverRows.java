package org.iocmetrics.testing;

import static org.iocmetrics.contract.Columns.*;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.LakeTable;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;

/**
 * Silver-shaped test rows without going through ingestion: a row is built from column/value pairs
 * (other columns null; timestamps as ISO-8601 text, numbers as any Number) in the order of
 * {@link SilverSchema#contractColumns(Source)}.
 */
public final class SilverRows {
    private static final String UPDATED = "2026-06-01T00:00:00Z";

    private SilverRows() {}

    public static Row row(Source source, Object... namesAndValues) {
        StructType schema = SilverSchema.contractColumns(source);
        Object[] values = new Object[schema.size()];
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            int index = schema.fieldIndex(name);
            values[index] = typed(schema.fields()[index].dataType(), namesAndValues[i + 1]);
        }
        return RowFactory.create(values);
    }

    public static Dataset<Row> frame(Source source, Row... rows) {
        return SharedSpark.session().createDataFrame(Arrays.asList(rows), SilverSchema.contractColumns(source));
    }

    public static Row ioc(String iocId, String timeZone) {
        return row(Source.IOCS, IOC_ID, iocId, COTP_ZONE, iocId, NAME, iocId, TIME_ZONE, timeZone);
    }

    public static Row port(String portCode, String iocId) {
        return row(Source.PORTS, PORT_CODE, portCode, NAME, portCode, IOC_ID, iocId);
    }

    public static Row arrival(String arrivalId, String portCode, String arrivedAt) {
        return row(Source.ARRIVALS, ARRIVAL_ID, arrivalId, PORT_CODE, portCode, VESSEL_NAME, "V " + arrivalId,
                VESSEL_TYPE, "CARGO", ARRIVED_AT, arrivedAt, UPDATED_AT, UPDATED);
    }

    public static Row screening(String screeningId, String arrivalId, String agencyId, String screenedAt,
                                String riskLevel, String decision, boolean shared) {
        return row(Source.SCREENINGS, SCREENING_ID, screeningId, ARRIVAL_ID, arrivalId, AGENCY_ID, agencyId,
                SCREENED_AT, screenedAt, RISK_LEVEL, riskLevel, DECISION, decision, SHARED_WITH_IOC, shared,
                UPDATED_AT, UPDATED);
    }

    /**
     * An operation: executed ones start and end at the given actual times (planned the same), others
     * are planned for them. {@code more} adds column/value pairs (arrival_id, joint_operation_id, ...).
     */
    public static Row operation(String operationId, String iocId, String agencyId, String type, String status,
                                String start, String end, Object... more) {
        List<Object> values = new ArrayList<>(List.of(OPERATION_ID, operationId, IOC_ID, iocId, AGENCY_ID, agencyId,
                OPERATION_TYPE, type, STATUS, status, PLANNED_START, start, PLANNED_END, end,
                POSTED_TO_IOC_SCHEDULE, true, UPDATED_AT, UPDATED));
        if (status.equals("EXECUTED")) {
            values.addAll(List.of(ACTUAL_START, start, ACTUAL_END, end));
        }
        values.addAll(Arrays.asList(more));
        return row(Source.OPERATIONS, values.toArray());
    }

    /** Writes rows as the silver Delta table of a source in a lake, with lineage columns. */
    public static void writeSilver(Path lake, Source source, Row... rows) {
        List<Row> withLineage = new ArrayList<>();
        Timestamp ingested = Timestamp.from(Instant.parse(UPDATED));
        for (int i = 0; i < rows.length; i++) {
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < rows[i].size(); c++) {
                values.add(rows[i].get(c));
            }
            values.addAll(List.of("batch-1", source.location(), (long) i + 1, ingested));
            withLineage.add(RowFactory.create(values.toArray()));
        }
        SharedSpark.session().createDataFrame(withLineage, SilverSchema.of(source))
                .write().format("delta").mode("overwrite").save(TestLakes.at(lake).location(LakeTable.silver(source)));
    }

    public static Timestamp at(String instant) {
        return Timestamp.from(OffsetDateTime.parse(instant).toInstant());
    }

    private static Object typed(DataType type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.equals(DataTypes.TimestampType)) {
            return value instanceof String text ? at(text) : value;
        }
        if (type.equals(DataTypes.LongType)) {
            return ((Number) value).longValue();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return ((Number) value).doubleValue();
        }
        return value;
    }
}
