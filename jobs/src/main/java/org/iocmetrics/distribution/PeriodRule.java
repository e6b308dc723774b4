package org.iocmetrics.distribution;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.iocmetrics.metrics.Period;

/** Which period a fire reports (DISTRIBUTION.md, "What is due"), from the fire's local date. */
enum PeriodRule {
    PREVIOUS_WEEK("previous-week", Period.Kind.ISO_WEEK),
    PREVIOUS_MONTH("previous-month", Period.Kind.MONTH),
    PREVIOUS_QUARTER("previous-quarter", Period.Kind.QUARTER),
    PREVIOUS_FISCAL_YEAR("previous-fiscal-year", Period.Kind.FISCAL_YEAR),
    /** A look-ahead: the ISO week after the fire's week. */
    NEXT_WEEK("next-week", Period.Kind.ISO_WEEK);

    private final String key;
    private final Period.Kind kind;

    PeriodRule(String key, Period.Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    String key() {
        return key;
    }

    static Optional<PeriodRule> of(String key) {
        return Arrays.stream(values()).filter(rule -> rule.key.equals(key)).findFirst();
    }

    /** The last complete period of the kind before {@code fireDate}, or for next-week the week after it. */
    Period periodOf(LocalDate fireDate) {
        Period containing = Period.containing(kind, fireDate);
        return this == NEXT_WEEK ? Period.containing(kind, containing.end()) : containing.previous();
    }
}
