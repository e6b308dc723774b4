package org.iocmetrics.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.iocmetrics.common.Lake;
import org.iocmetrics.common.LakeLock;
import org.iocmetrics.ingest.IngestJob;
import org.iocmetrics.ingest.IngestResult;
import org.iocmetrics.ingest.SourceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ingest}: one input drop into the lake's bronze, silver, quarantine and ingest log. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Validate an input drop and ingest it into the Delta lake: bronze (as received), silver"
                + " (typed, newest version per id), quarantine (bad rows with reason codes) and the ingest log."
                + " Ingesting the same drop again does nothing.")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    LakeOptions.Input input;

    @Mixin
    LakeOptions.LakeLocation lake;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Lake opened = lake.open("ingest");
        var drop = input.drop(opened);
        // a bad drop fails here, before the lock creates the lake's folder
        IngestJob prepared = IngestJob.prepare(drop, opened);
        IngestResult result;
        try (LakeLock lock = LakeLock.acquire(opened, "ingest", LakeLock.DEFAULT_WAIT)) {
            Map<String, Long> before = opened.versions();
            result = prepared.commit();
            opened.vacuumAfter(before);
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "batch %s%s%n", result.batchId(),
                result.alreadyIngested() ? " was already ingested: nothing written" : "");
        out.printf(Locale.ROOT, "%-12s %10s %10s %12s %11s %9s%n",
                "source", "read", "accepted", "quarantined", "duplicates", "promoted");
        for (SourceResult source : result.sources()) {
            out.printf(Locale.ROOT, "%-12s %,10d %,10d %,12d %,11d %,9d%n", source.source().tableName(),
                    source.rowsRead(), source.rowsAccepted(), source.rowsQuarantined(), source.rowsDuplicate(),
                    source.orphansPromoted());
        }
        out.flush();
        return 0;
    }
}
