package org.iocmetrics.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which values of a column fall in its worst quartile: at least as bad as the value ranked
 * ceil(n / 4) from the worst end, and strictly worse than the best value, so that a column of equal
 * values (all zero) highlights nothing. Nulls are never highlighted and do not count in n.
 */
final class WorstQuartile {
    private WorstQuartile() {}

    static List<Boolean> flags(List<Double> values, boolean higherIsWorse) {
        Comparator<Double> worstFirst = higherIsWorse ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Double> ranked = values.stream().filter(Objects::nonNull).sorted(worstFirst).toList();
        List<Boolean> flags = new ArrayList<>();
        if (ranked.isEmpty()) {
            values.forEach(v -> flags.add(false));
            return flags;
        }
        Double threshold = ranked.get((ranked.size() + 3) / 4 - 1);
        Double best = ranked.get(ranked.size() - 1);
        for (Double value : values) {
            flags.add(value != null && worstFirst.compare(value, threshold) <= 0 && worstFirst.compare(value, best) < 0);
        }
        return flags;
    }
}
