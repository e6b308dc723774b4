package org.iocmetrics.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.iocmetrics.contract.ReasonCode;

/**
 * reference/participants.csv of a drop: every IOC's enrolled partners (ioc-participants.csv: the agencies
 * that act there and the partners that never do) and, with noise, a few rows that break exactly one
 * rule, placed among the good ones.
 */
final class Roster {
    static final String LOCATION = "reference/participants.csv";
    static final String TABLE = "participants";
    private static final String HEADER = "ioc_id,agency_id";

    final String text;
    final long rowsWritten;
    final Map<ReasonCode, Long> quarantined = new EnumMap<>(ReasonCode.class);

    Roster(ReferenceData reference, SplittableRandom noise) {
        List<String[]> rows = new ArrayList<>();
        reference.iocs().forEach(ioc -> ioc.agencies().forEach(agency -> rows.add(new String[] {ioc.id(), agency})));
        if (noise != null) {
            List<String[]> good = List.copyOf(rows);
            for (ReasonCode reason : List.of(ReasonCode.UNKNOWN_IOC, ReasonCode.UNKNOWN_AGENCY, ReasonCode.MISSING_REQUIRED)) {
                int count = 1 + noise.nextInt(2);
                for (int i = 0; i < count; i++) {
                    // distinct bad rows, so that none of them is also an exact duplicate of another
                    String[] row = good.get(noise.nextInt(good.size())).clone();
                    switch (reason) {
                        case UNKNOWN_IOC -> row[0] = Noise.UNKNOWN_IOC_ID + (i + 1);
                        case UNKNOWN_AGENCY -> row[1] = Noise.UNKNOWN_AGENCY_ID + (i + 1);
                        default -> row[i] = null;
                    }
                    rows.add(noise.nextInt(rows.size() + 1), row);
                    quarantined.merge(reason, 1L, Long::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        rows.forEach(row -> Csv.appendLine(out, row));
        text = out.toString();
        rowsWritten = rows.size();
    }
}
