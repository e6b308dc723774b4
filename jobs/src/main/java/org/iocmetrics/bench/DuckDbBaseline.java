package org.iocmetrics.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;

/**
 * The bench's yardstick: the same drop in DuckDB (in memory, through JDBC), by plain SQL. "Ingest"
 * reads the three event sources and keeps the newest version per id (no validation, no quarantine,
 * no lineage: what a minimal load costs); "metrics" computes, for every period and IOC, the figures
 * that cost most in Spark: uncovered and overlapping patrol hours (intervals merged by a running
 * maximum, overlaps by a running count of efforts) and duplicate boardings. Run on a clean drop,
 * its figures must equal the project's, which makes it a second oracle as well as a yardstick.
 */
final class DuckDbBaseline implements AutoCloseable {
    /** A figure of one metric for one IOC and period. */
    record Key(Metric metric, String period, String iocId) {}

    private final Connection connection;

    DuckDbBaseline() {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /** Loads the drop's three event sources, newest version per id; returns the rows kept. */
    long ingest(Path drop) {
        long rows = 0;
        rows += load(drop, "arrivals", "arrival_id");
        rows += load(drop, "screenings", "screening_id");
        rows += load(drop, "operations", "operation_id");
        execute("CREATE TABLE ports AS SELECT * FROM read_csv('" + sql(drop.resolve("reference/ports.csv")) + "',"
                + " header = true, all_varchar = true)");
        return rows;
    }

    private long load(Path drop, String source, String id) {
        String files = sql(drop.resolve(source)) + "/*.csv.gz";
        execute("CREATE TABLE " + source + " AS SELECT * FROM read_csv('" + files + "', header = true,"
                + " all_varchar = true, compression = 'gzip')"
                + " QUALIFY row_number() OVER (PARTITION BY " + id + " ORDER BY " + micros("updated_at") + " DESC) = 1");
        return count(source);
    }

    /** Uncovered and overlapping patrol hours and duplicate boardings for every period and IOC. */
    Map<Key, Double> metrics(Map<String, ZoneId> zones, List<Period> periods) {
        execute("CREATE TABLE windows (period VARCHAR, ioc_id VARCHAR, ws BIGINT, we BIGINT)");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO windows VALUES (?, ?, ?, ?)")) {
            for (Period period : periods) {
                for (Map.Entry<String, ZoneId> zone : zones.entrySet()) {
                    insert.setString(1, period.id());
                    insert.setString(2, zone.getKey());
                    insert.setLong(3, epochMicros(period.startIn(zone.getValue()).toEpochMilli()));
                    insert.setLong(4, epochMicros(period.endIn(zone.getValue()).toEpochMilli()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
        }
        Map<Key, Double> figures = new HashMap<>();
        query(figures, Metric.UNCOVERED_PATROL_HOURS, UNCOVERED);
        query(figures, Metric.OVERLAPPING_PATROL_HOURS, OVERLAPPING);
        query(figures, Metric.DUPLICATE_BOARDINGS, DUPLICATED);
        return figures;
    }

    private static final String PATROLS = """
            WITH patrols AS (
              SELECT ioc_id, operation_type, area_code,
                     coalesce(joint_operation_id, 'solo:' || agency_id) AS effort,
                     %s AS s, %s AS e
              FROM operations
              WHERE status = 'EXECUTED' AND operation_type IN ('HARBOR_PATROL', 'SHORESIDE_PATROL', 'AERIAL_PATROL')),
            clipped AS (
              SELECT w.period, p.ioc_id, p.operation_type, p.area_code, p.effort,
                     greatest(p.s, w.ws) AS s, least(p.e, w.we) AS e
              FROM patrols p JOIN windows w USING (ioc_id)
              WHERE least(p.e, w.we) > greatest(p.s, w.ws))
            """.formatted(micros("actual_start"), micros("actual_end"));

    /** Islands of a group's intervals: a new island starts after every earlier end. */
    private static String islands(String source, String group) {
        return """
                SELECT %1$s, min(s) AS s, max(e) AS e FROM (
                  SELECT *, sum(starts) OVER (PARTITION BY %1$s ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
                  FROM (SELECT *, CASE WHEN s > coalesce(max(e) OVER (PARTITION BY %1$s ORDER BY s, e
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), s - 1) THEN 1 ELSE 0 END AS starts
                        FROM %2$s))
                GROUP BY %1$s, island
                """.formatted(group, source);
    }

    private static final String UNCOVERED = PATROLS + """
            , covered AS (%s)
            SELECT w.period, w.ioc_id, ((w.we - w.ws) - coalesce(sum(c.e - c.s), 0)) / 3600e6 AS figure
            FROM windows w LEFT JOIN covered c ON c.period = w.period AND c.ioc_id = w.ioc_id
            GROUP BY w.period, w.ioc_id, w.ws, w.we
            """.formatted(islands("clipped", "period, ioc_id"));

    private static final String OVERLAPPING = PATROLS + """
            , efforts AS (%s),
            events AS (
              SELECT period, ioc_id, operation_type, area_code, t, sum(delta) AS delta FROM (
                SELECT period, ioc_id, operation_type, area_code, s AS t, 1 AS delta FROM efforts
                UNION ALL SELECT period, ioc_id, operation_type, area_code, e AS t, -1 AS delta FROM efforts)
              GROUP BY period, ioc_id, operation_type, area_code, t),
            running AS (
              SELECT *, sum(delta) OVER g AS active, lead(t) OVER g AS next_t FROM events
              WINDOW g AS (PARTITION BY period, ioc_id, operation_type, area_code ORDER BY t
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
            SELECT w.period, w.ioc_id, coalesce(sum(r.next_t - r.t) FILTER (WHERE r.active >= 2), 0) / 3600e6 AS figure
            FROM windows w LEFT JOIN running r ON r.period = w.period AND r.ioc_id = w.ioc_id
            GROUP BY w.period, w.ioc_id
            """.formatted(islands("clipped", "period, ioc_id, operation_type, area_code, effort"));

    private static final String DUPLICATED = """
            WITH arrivals_in AS (
              SELECT w.period, w.ioc_id, a.arrival_id
              FROM arrivals a JOIN ports p USING (port_code) JOIN windows w ON w.ioc_id = p.ioc_id
              WHERE %1$s >= w.ws AND %1$s < w.we),
            efforts AS (
              SELECT arrival_id, count(DISTINCT coalesce(joint_operation_id, 'solo:' || agency_id)) AS efforts
              FROM operations
              WHERE status = 'EXECUTED' AND operation_type IN ('SECURITY_BOARDING', 'CARGO_EXAM') AND arrival_id IS NOT NULL
              GROUP BY arrival_id)
            SELECT w.period, w.ioc_id, count(e.arrival_id) FILTER (WHERE e.efforts >= 2) AS figure
            FROM windows w LEFT JOIN arrivals_in a ON a.period = w.period AND a.ioc_id = w.ioc_id
                 LEFT JOIN efforts e USING (arrival_id)
            GROUP BY w.period, w.ioc_id
            """.formatted(micros("a.arrived_at"));

    private void query(Map<Key, Double> figures, Metric metric, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                figures.put(new Key(metric, rows.getString(1), rows.getString(2)), rows.getDouble(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB " + metric.id() + ": " + e.getMessage(), e);
        }
    }

    private long count(String table) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
        }
    }

    /** An ISO-8601 instant with its offset, as microseconds since the epoch. */
    private static String micros(String column) {
        return "epoch_us(CAST(" + column + " AS TIMESTAMPTZ))";
    }

    private static long epochMicros(long epochMillis) {
        return epochMillis * 1000L;
    }

    private static String sql(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing an in-memory database cannot lose anything
        }
    }
}
