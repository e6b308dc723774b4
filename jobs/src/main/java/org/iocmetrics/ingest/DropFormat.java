package org.iocmetrics.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a drop may carry, recognised by the file name's ending. */
enum DropFormat {
    CSV(".csv"),
    CSV_GZ(".csv.gz"),
    JSONL(".jsonl"),
    PARQUET(".parquet");

    private final String suffix;

    DropFormat(String suffix) {
        this.suffix = suffix;
    }

    static Optional<DropFormat> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> lower.endsWith(format.suffix)).findFirst();
    }

    boolean isCsv() {
        return this == CSV || this == CSV_GZ;
    }
}
