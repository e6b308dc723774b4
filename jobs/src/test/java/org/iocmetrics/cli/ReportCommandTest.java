package org.iocmetrics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iocmetrics.testing.Stderr;
import org.junit.jupiter.api.Test;

/** The report command's argument errors: one line on stderr and status 2, before any Spark work. */
class ReportCommandTest {

    @Test
    void aPeriodThatDoesNotParseIsAOneLineError() {
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("report", "--lake", "no-lake", "--period", "2026-Q5"));

        assertEquals(2, status[0]);
        assertTrue(err.startsWith("ioc-metrics: period '2026-Q5' does not parse"), err);
        assertEquals(1, err.strip().lines().count(), err);
    }

    @Test
    void aMissingLakeIsAOneLineError() {
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("report", "--lake", "no-such-lake", "--period", "2026-Q1"));

        assertEquals(2, status[0]);
        assertTrue(err.startsWith("ioc-metrics: no lake at "), err);
        assertTrue(err.contains("no-such-lake"), err);
    }

    @Test
    void thePeriodIsRequired() {
        int[] status = new int[1];
        String err = Stderr.of(() -> status[0] = Main.run("report", "--lake", "no-lake"));

        assertEquals(2, status[0]);
        assertTrue(err.contains("--period"), err);
    }
}
