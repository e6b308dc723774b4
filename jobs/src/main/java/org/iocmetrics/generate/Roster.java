package org.iocmetrics.generate;

import static org.iocmetrics.contract.Columns.AGENCY_ID;
import static org.iocmetrics.contract.Columns.IOC_ID;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.iocmetrics.contract.ReasonCode;
import org.iocmetrics.contract.Source;

/**
 * reference/participants.csv of a drop: every IOC's enrolled partners (ioc-participants.csv: the agencies
 * that act there and the partners that never do) and, with noise, a few rows that break exactly one
 * rule, placed among the good ones.
 */
final class Roster {
    final String text;
    final long rowsWritten;
    final Map<ReasonCode, Long> quarantined = new EnumMap<>(ReasonCode.class);

    Roster(ReferenceData reference, SplittableRandom noise) {
        List<Row> rows = new ArrayList<>();
        reference.iocs().forEach(ioc -> ioc.agencies().forEach(agency ->
                rows.add(new Row(Source.PARTICIPANTS).set(IOC_ID, ioc.id()).set(AGENCY_ID, agency))));
        if (noise != null) {
            List<Row> good = List.copyOf(rows);
            for (ReasonCode reason : List.of(ReasonCode.UNKNOWN_IOC, ReasonCode.UNKNOWN_AGENCY, ReasonCode.MISSING_REQUIRED)) {
                int count = 1 + noise.nextInt(2);
                for (int i = 0; i < count; i++) {
                    // distinct bad rows, so that none of them is also an exact duplicate of another
                    Row row = good.get(noise.nextInt(good.size())).copy();
                    switch (reason) {
                        case UNKNOWN_IOC -> row.set(IOC_ID, Noise.UNKNOWN_IOC_ID + (i + 1));
                        case UNKNOWN_AGENCY -> row.set(AGENCY_ID, Noise.UNKNOWN_AGENCY_ID + (i + 1));
                        default -> row.set(i == 0 ? IOC_ID : AGENCY_ID, null);
                    }
                    rows.add(noise.nextInt(rows.size() + 1), row);
                    quarantined.merge(reason, 1L, Long::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.join(",", Source.PARTICIPANTS.columnNames())).append('\n');
        rows.forEach(row -> row.appendTo(out));
        text = out.toString();
        rowsWritten = rows.size();
    }
}
