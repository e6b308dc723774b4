package org.iocmetrics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.iocmetrics.metrics.Metric;
import org.iocmetrics.metrics.Period;
import org.iocmetrics.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench's DuckDB yardstick on a drop small enough to work out by hand, so that its agreement with
 * the project on generated data means something. New York, 2026-03 (743 h: the month loses an hour).
 */
class DuckDbBaselineTest {
    private static final String OPERATIONS_HEADER = "operation_id,ioc_id,agency_id,operation_type,arrival_id,area_code,"
            + "status,planned_start,planned_end,actual_start,actual_end,joint_operation_id,posted_to_ioc_schedule,"
            + "personnel_hours,findings_count,updated_at";

    @Test
    void patrolHoursAndDuplicateBoardingsOfAHandWorkedMonth(@TempDir Path drop) {
        write(drop.resolve("reference/ports.csv"), "port_code,name,ioc_id,latitude,longitude", "USNYC,New York,IOC-NYC,40.7,-74.0");
        write(drop.resolve("arrivals/a.csv.gz"),
                "arrival_id,port_code,arrived_at,updated_at",
                "A1,USNYC,2026-03-10T12:00:00Z,2026-03-10T00:00:00Z",
                "A2,USNYC,2026-03-11T12:00:00Z,2026-03-10T00:00:00Z",
                // the newer version moves A3 out of the month
                "A3,USNYC,2026-03-12T12:00:00Z,2026-03-10T00:00:00Z",
                "A3,USNYC,2026-04-12T12:00:00Z,2026-03-11T00:00:00Z");
        write(drop.resolve("screenings/s.csv.gz"), "screening_id,arrival_id,updated_at", "S1,A1,2026-03-10T00:00:00Z");
        write(drop.resolve("operations/o.csv.gz"), OPERATIONS_HEADER,
                // harbor area H: USCG 12-20, CBP 14-16 and 15-17 (one effort)
                op("P1", "USCG", "HARBOR_PATROL", "", "H", "2026-03-05T12:00:00Z", "2026-03-05T20:00:00Z", ""),
                op("P2", "CBP", "HARBOR_PATROL", "", "H", "2026-03-05T14:00:00Z", "2026-03-05T16:00:00Z", ""),
                op("P3", "CBP", "HARBOR_PATROL", "", "H", "2026-03-05T15:00:00Z", "2026-03-05T17:00:00Z", ""),
                // touching USCG's end: no overlap, 1 more covered hour
                op("P4", "HSI", "HARBOR_PATROL", "", "H", "2026-03-05T20:00:00Z", "2026-03-05T21:00:00Z", ""),
                // another area and another type: never overlap with area H
                op("P5", "NYPD", "HARBOR_PATROL", "", "K", "2026-03-05T13:00:00Z", "2026-03-05T14:00:00Z", ""),
                op("P6", "NYPD", "SHORESIDE_PATROL", "", "H", "2026-03-05T13:00:00Z", "2026-03-05T14:00:00Z", ""),
                // from the month before: clipped at 05:00Z on 1 March
                op("P7", "USCG", "AERIAL_PATROL", "", "", "2026-03-01T03:00:00Z", "2026-03-01T07:00:00Z", ""),
                // A1: two efforts (USCG alone, the joint J1 of CBP and HSI): duplicated
                op("B1", "USCG", "SECURITY_BOARDING", "A1", "", "2026-03-10T13:00:00Z", "2026-03-10T14:00:00Z", ""),
                op("B2", "CBP", "CARGO_EXAM", "A1", "", "2026-03-10T13:00:00Z", "2026-03-10T14:00:00Z", "J1"),
                op("B3", "HSI", "CARGO_EXAM", "A1", "", "2026-03-10T13:00:00Z", "2026-03-10T14:00:00Z", "J1"),
                // A2: one joint effort: not duplicated; A3 is duplicated but arrives in April
                op("B4", "USCG", "SECURITY_BOARDING", "A2", "", "2026-03-11T13:00:00Z", "2026-03-11T14:00:00Z", "J2"),
                op("B5", "CBP", "SECURITY_BOARDING", "A2", "", "2026-03-11T13:00:00Z", "2026-03-11T14:00:00Z", "J2"),
                op("B6", "USCG", "SECURITY_BOARDING", "A3", "", "2026-04-12T13:00:00Z", "2026-04-12T14:00:00Z", ""),
                op("B7", "CBP", "SECURITY_BOARDING", "A3", "", "2026-04-12T13:00:00Z", "2026-04-12T14:00:00Z", ""));

        Period march = Period.parse("2026-03");
        try (DuckDbBaseline duckDb = new DuckDbBaseline()) {
            assertEquals(3 + 1 + 14, duckDb.ingest(drop));
            Map<DuckDbBaseline.Key, Double> figures = duckDb.metrics(Map.of("IOC-NYC", ZoneId.of("America/New_York")),
                    List.of(march));
            // covered: 12-21 in area H (9 h), P5 and P6 inside it, P7 05:00-07:00Z (2 h)
            assertEquals(743.0 - 11, figures.get(key(Metric.UNCOVERED_PATROL_HOURS, march)));
            // USCG with CBP 14-17 (CBP's two patrols are one effort)
            assertEquals(3.0, figures.get(key(Metric.OVERLAPPING_PATROL_HOURS, march)));
            assertEquals(1.0, figures.get(key(Metric.DUPLICATE_BOARDINGS, march)));
        }
    }

    /**
     * The bench's two yardsticks keep the same rows: the newest version of each id by its instant, which
     * is not the order of the text when the offsets differ (10:00-05:00 is after 14:00Z).
     */
    @Test
    void plainSparkKeepsTheRowsDuckDbKeeps(@TempDir Path dir) {
        Path drop = dir.resolve("drop");
        write(drop.resolve("reference/ports.csv"), "port_code,name,ioc_id,latitude,longitude", "USNYC,New York,IOC-NYC,40.7,-74.0");
        write(drop.resolve("arrivals/a-1.csv.gz"),
                "arrival_id,port_code,arrived_at,updated_at",
                "A1,USNYC,2026-03-10T12:00:00Z,2026-03-10T00:00:00Z",
                "A2,USNYC,2026-03-11T12:00:00Z,2026-03-10T14:00:00Z");
        write(drop.resolve("arrivals/a-2.csv.gz"),
                "arrival_id,port_code,arrived_at,updated_at",
                "A2,USNYC,2026-03-12T12:00:00Z,2026-03-10T10:00:00-05:00");
        write(drop.resolve("screenings/s.csv.gz"), "screening_id,arrival_id,updated_at", "S1,A1,2026-03-10T00:00:00Z");
        write(drop.resolve("operations/o.csv.gz"), OPERATIONS_HEADER,
                op("B1", "USCG", "SECURITY_BOARDING", "A1", "", "2026-03-10T13:00:00Z", "2026-03-10T14:00:00Z", ""));

        long plainSpark = PlainSparkBaseline.ingest(SharedSpark.session(), drop, dir.resolve("tables"));
        try (DuckDbBaseline duckDb = new DuckDbBaseline()) {
            assertEquals(duckDb.ingest(drop), plainSpark);
        }
        assertEquals(2 + 1 + 1, plainSpark);
        List<Row> a2 = SharedSpark.session().read().format("delta").load(dir.resolve("tables/arrivals").toString())
                .where("arrival_id = 'A2'").collectAsList();
        assertEquals(List.of("2026-03-12T12:00:00Z"), a2.stream().map(row -> row.<String>getAs("arrived_at")).toList());
    }

    private static DuckDbBaseline.Key key(Metric metric, Period period) {
        return new DuckDbBaseline.Key(metric, period.id(), "IOC-NYC");
    }

    private static String op(String id, String agency, String type, String arrival, String area, String start, String end,
                             String joint) {
        return String.join(",", id, "IOC-NYC", agency, type, arrival, area, "EXECUTED", start, end, start, end, joint,
                "true", "1", "0", "2026-03-01T00:00:00Z");
    }

    private static void write(Path file, String... lines) {
        try {
            Files.createDirectories(file.getParent());
            byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = file.toString().endsWith(".gz")
                    ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
                out.write(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
