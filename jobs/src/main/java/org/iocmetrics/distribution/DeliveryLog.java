package org.iocmetrics.distribution;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeTable;

/**
 * The delivery log, Delta table ops/deliveries: one row each time a delivery changes state, never
 * updated in place, so a run that dies half-way leaves every row it wrote intact. The latest row of a
 * delivery id is its state.
 */
final class DeliveryLog {
    static final String DELIVERY_ID = "delivery_id";
    static final String SCHEDULE_ID = "schedule_id";
    static final String FIRE_AT = "fire_at";
    static final String PERIOD = "period";
    static final String RECIPIENT = "recipient";
    static final String SCOPE = "scope";
    static final String ATTACHMENTS = "attachments";
    static final String NAME = "name";
    static final String SHA256 = "sha256";
    static final String STATUS = "status";
    static final String ATTEMPTS = "attempts";
    static final String LAST_ERROR = "last_error";
    static final String LOGGED_AT = "logged_at";

    static final StructType SCHEMA = new StructType()
            .add(DELIVERY_ID, DataTypes.StringType, false)
            .add(SCHEDULE_ID, DataTypes.StringType, false)
            .add(FIRE_AT, DataTypes.TimestampType, false)
            .add(PERIOD, DataTypes.StringType, false)
            .add(RECIPIENT, DataTypes.StringType, false)
            .add(SCOPE, DataTypes.StringType, false)
            .add(ATTACHMENTS, DataTypes.createArrayType(new StructType()
                    .add(NAME, DataTypes.StringType, false)
                    .add(SHA256, DataTypes.StringType, false), false), false)
            .add(STATUS, DataTypes.StringType, false)
            .add(ATTEMPTS, DataTypes.IntegerType, false)
            .add(LAST_ERROR, DataTypes.StringType, true)
            .add(LOGGED_AT, DataTypes.TimestampType, false);

    /** A later state wins; at the same instant SENT wins (it can only follow an attempt). */
    private static final Comparator<LoggedDelivery> NEWEST = Comparator.comparing(LoggedDelivery::loggedAt)
            .thenComparing(l -> l.status() == DeliveryStatus.SENT);

    private DeliveryLog() {}

    /** The latest row of every delivery id; empty when nothing was ever delivered. */
    static Map<String, LoggedDelivery> latest(Lake lake) {
        if (!lake.exists(LakeTable.DELIVERIES)) {
            return Map.of();
        }
        return lake.read(LakeTable.DELIVERIES).collectAsList().stream().map(DeliveryLog::fromRow)
                .collect(Collectors.toMap(LoggedDelivery::deliveryId, Function.identity(),
                        (a, b) -> NEWEST.compare(a, b) >= 0 ? a : b));
    }

    /** The most recently logged rows, newest first. */
    static List<LoggedDelivery> recent(Lake lake, int count) {
        if (!lake.exists(LakeTable.DELIVERIES)) {
            return List.of();
        }
        return lake.read(LakeTable.DELIVERIES).orderBy(col(LOGGED_AT).desc(), col(DELIVERY_ID)).limit(count)
                .collectAsList().stream().map(DeliveryLog::fromRow).toList();
    }

    /** Appends rows in one commit; {@code writeId} makes a repeated append of the same rows a no-op. */
    static void append(Lake lake, List<LoggedDelivery> rows, String writeId) {
        if (rows.isEmpty()) {
            return;
        }
        List<Row> sparkRows = rows.stream().map(DeliveryLog::toRow).toList();
        lake.append(lake.spark().createDataFrame(sparkRows, SCHEMA), LakeTable.DELIVERIES, writeId);
    }

    private static Row toRow(LoggedDelivery l) {
        Row[] attachments = l.attachments().stream().map(a -> RowFactory.create(a.name(), a.sha256())).toArray(Row[]::new);
        return RowFactory.create(l.deliveryId(), l.scheduleId(), Timestamp.from(l.fireAt()), l.period(), l.recipient(),
                l.scope(), attachments, l.status().name(), l.attempts(), l.lastError(), Timestamp.from(l.loggedAt()));
    }

    private static LoggedDelivery fromRow(Row r) {
        List<LoggedDelivery.Attachment> attachments = r.<Row>getList(r.fieldIndex(ATTACHMENTS)).stream()
                .map(a -> new LoggedDelivery.Attachment(a.getString(0), a.getString(1))).toList();
        return new LoggedDelivery(r.getAs(DELIVERY_ID), r.getAs(SCHEDULE_ID), instant(r.getAs(FIRE_AT)), r.getAs(PERIOD),
                r.getAs(RECIPIENT), r.getAs(SCOPE), attachments, DeliveryStatus.valueOf(r.getAs(STATUS)),
                r.<Integer>getAs(ATTEMPTS), r.getAs(LAST_ERROR), instant(r.getAs(LOGGED_AT)));
    }

    private static Instant instant(Object value) {
        return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }
}
