package org.iocmetrics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.Source;
import org.iocmetrics.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class BatchKeysTest {
    private static final Source SCREENINGS = Source.SCREENINGS;

    /** A silver-like table of arrival ids. */
    private static Dataset<Row> arrivalIds(String... ids) {
        return SharedSpark.session().createDataset(List.of(ids), Encoders.STRING()).toDF(Columns.ARRIVAL_ID);
    }

    private static Dataset<Row> batch() {
        return TestRows.raw(SCREENINGS,
                TestRows.row(SCREENINGS, Columns.ARRIVAL_ID, "A-1"),
                // typing trims a value, so the batch meets A-2 as validation will read it
                TestRows.row(SCREENINGS, Columns.SCREENING_ID, "S-2", Columns.ARRIVAL_ID, "  A-2 "),
                TestRows.row(SCREENINGS, Columns.SCREENING_ID, "S-3", Columns.ARRIVAL_ID, "A-1"),
                // a missing value meets nothing
                TestRows.row(SCREENINGS, Columns.SCREENING_ID, "S-4", Columns.ARRIVAL_ID, ""));
    }

    private static List<String> ids(Dataset<Row> rows) {
        return rows.select(Columns.ARRIVAL_ID).orderBy(Columns.ARRIVAL_ID).as(Encoders.STRING()).collectAsList();
    }

    @Test
    void aSmallBatchMeetsOnlyTheRowsWithItsValues() {
        BatchKeys keys = new BatchKeys(batch(), 4);
        assertEquals(List.of("A-1", "A-2"), ids(keys.rowsMeeting(arrivalIds("A-1", "A-2", "A-3", " A-2"), Columns.ARRIVAL_ID)));
    }

    @Test
    void aBatchTooLargeToBroadcastLeavesTheTableWhole() {
        BatchKeys keys = new BatchKeys(batch(), BatchKeys.MOST_ROWS_BROADCAST + 1);
        assertEquals(List.of("A-1", "A-2", "A-3"), ids(keys.rowsMeeting(arrivalIds("A-1", "A-2", "A-3"), Columns.ARRIVAL_ID)));
    }
}
