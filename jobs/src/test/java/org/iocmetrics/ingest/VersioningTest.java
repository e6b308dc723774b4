package org.iocmetrics.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.iocmetrics.contract.Columns;
import org.iocmetrics.contract.SilverSchema;
import org.iocmetrics.contract.Source;
import org.iocmetrics.testing.SharedSpark;
import org.junit.jupiter.api.Test;

class VersioningTest {
    private static final Source ARRIVALS = Source.ARRIVALS;

    @Test
    void theSameRowWithAnotherOffsetIsAnExactDuplicate() {
        Map<String, String> local = TestRows.row(ARRIVALS, Columns.ARRIVED_AT, "2026-05-04T07:30:00-04:00");
        Map<String, String> utc = TestRows.row(ARRIVALS, Columns.ARRIVED_AT, "2026-05-04T11:30:00Z",
                Columns.GROSS_TONNAGE, "+25000", Columns.CERTAIN_DANGEROUS_CARGO, "TRUE");
        assertEquals(List.of("1 ACCEPTED []", "2 DUPLICATE []"), outcomes(classify(noSilver(), local, utc)));
    }

    @Test
    void sameIdAndVersionWithOtherContentConflictsForAllItsRows() {
        Map<String, String> first = TestRows.row(ARRIVALS);
        Map<String, String> other = TestRows.row(ARRIVALS, Columns.VESSEL_NAME, "MV SOUTHERN STAR");
        Map<String, String> unrelated = TestRows.row(ARRIVALS, Columns.ARRIVAL_ID, "A-2");
        assertEquals(List.of(
                        "1 QUARANTINED [CONFLICTING_VERSION]",
                        "2 QUARANTINED [CONFLICTING_VERSION]",
                        "3 DUPLICATE []",
                        "4 ACCEPTED []"),
                outcomes(classify(noSilver(), first, other, first, unrelated)));
    }

    @Test
    void versionsOfOneIdAreAllAcceptedAndTheNewestIsMerged() {
        Map<String, String> older = TestRows.row(ARRIVALS);
        Map<String, String> newer = TestRows.row(ARRIVALS, Columns.DEPARTED_AT, "2026-05-06T01:00:00Z",
                Columns.UPDATED_AT, "2026-05-11T06:00:00Z");
        Dataset<Row> classified = classify(noSilver(), newer, older);
        assertEquals(List.of("1 ACCEPTED []", "2 ACCEPTED []"), outcomes(classified));
        List<Row> merged = Versioning.newestPerId(classified, ARRIVALS).collectAsList();
        assertEquals(1, merged.size());
        assertEquals(1L, merged.get(0).<Long>getAs(Columns.ROW_NUMBER));
    }

    @Test
    void silverDecidesDuplicateAndConflictOfTheSameVersion() {
        Dataset<Row> silver = silverOfTheDefaultRow();
        Map<String, String> same = TestRows.row(ARRIVALS, Columns.ARRIVED_AT, "2026-05-04T11:30:00Z");
        Map<String, String> changed = TestRows.row(ARRIVALS, Columns.VESSEL_NAME, "MV RENAMED");
        assertEquals(List.of("1 DUPLICATE []"), outcomes(classify(silver, same)));
        assertEquals(List.of("1 QUARANTINED [CONFLICTING_VERSION]"), outcomes(classify(silver, changed)));
    }

    @Test
    void anIdSilverHoldsIsKnownWhateverItsVersionAndAnIdItLacksIsNot() {
        Dataset<Row> silver = silverOfTheDefaultRow();
        Map<String, String> newer = TestRows.row(ARRIVALS, Columns.UPDATED_AT, "2026-05-11T06:00:00Z");
        Map<String, String> other = TestRows.row(ARRIVALS, Columns.ARRIVAL_ID, "A-2");
        assertEquals(List.of("1 ACCEPTED [] known", "2 ACCEPTED [] new"), outcomesAndIds(classify(silver, newer, other)));
    }

    @Test
    void silverRowsOutsideTheComparisonAreNoEarlierVersionButTheirIdsAreKnown() {
        // a run resumed after a crash finds its own batch's rows in silver
        Dataset<Row> silver = silverOfTheDefaultRow();
        Map<String, String> changed = TestRows.row(ARRIVALS, Columns.VESSEL_NAME, "MV RENAMED");
        assertEquals(List.of("1 ACCEPTED [] known"), outcomesAndIds(Versioning.classify(
                RowValidation.validate(TestRows.raw(ARRIVALS, changed), ARRIVALS, TestRows.knownKeys()), ARRIVALS,
                silver, lit(false))));
    }

    @Test
    void invalidRowsAreQuarantinedAndNeverCollapsed() {
        Map<String, String> bad = TestRows.row(ARRIVALS, Columns.VESSEL_TYPE, "SUBMARINE");
        assertEquals(List.of("1 QUARANTINED [BAD_ENUM]", "2 QUARANTINED [BAD_ENUM]"),
                outcomes(classify(noSilver(), bad, bad)));
    }

    @SafeVarargs
    private static Dataset<Row> classify(Dataset<Row> silver, Map<String, String>... rows) {
        return Versioning.classify(
                RowValidation.validate(TestRows.raw(ARRIVALS, rows), ARRIVALS, TestRows.knownKeys()), ARRIVALS, silver,
                lit(true));
    }

    private static Dataset<Row> silverOfTheDefaultRow() {
        return RowValidation.validate(TestRows.raw(ARRIVALS, TestRows.row(ARRIVALS)), ARRIVALS, TestRows.knownKeys());
    }

    private static Dataset<Row> noSilver() {
        return SharedSpark.session().createDataFrame(List.of(), SilverSchema.of(ARRIVALS));
    }

    /** "row-number OUTCOME [reasons]" per row, in row order. */
    private static List<String> outcomes(Dataset<Row> classified) {
        return classified.orderBy(Columns.ROW_NUMBER).collectAsList().stream()
                .map(row -> row.<Long>getAs(Columns.ROW_NUMBER) + " " + row.<String>getAs(Versioning.OUTCOME) + " "
                        + row.getList(row.fieldIndex(RowValidation.REASONS)))
                .toList();
    }

    /** As {@link #outcomes}, each followed by "known" or "new": whether silver holds the row's id. */
    private static List<String> outcomesAndIds(Dataset<Row> classified) {
        List<String> outcomes = outcomes(classified);
        List<Boolean> known = classified.orderBy(Columns.ROW_NUMBER).select(Versioning.KNOWN_ID).as(Encoders.BOOLEAN())
                .collectAsList();
        List<String> both = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            both.add(outcomes.get(i) + (known.get(i) ? " known" : " new"));
        }
        return both;
    }
}
