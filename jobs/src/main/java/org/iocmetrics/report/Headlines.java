package org.iocmetrics.report;

import java.util.List;
import org.iocmetrics.common.Lake;
import org.iocmetrics.metrics.Period;

/**
 * A period's headline figures for the nation or one IOC: the largest changes against the previous
 * period, in the sentences the national report's call-outs print, for a message body.
 */
public final class Headlines {
    private final MetricTable table;
    private final Period period;

    private Headlines(MetricTable table, Period period) {
        this.table = table;
        this.period = period;
    }

    /** Reads the period's and the previous period's metric values from the lake. */
    public static Headlines read(Lake lake, Period period) {
        return new Headlines(ReportLake.metricTable(lake, period), period);
    }

    /** Up to three sentences for the nation ({@code iocId} null) or one IOC; when none, one saying why. */
    public List<String> of(String iocId) {
        List<String> callouts = NationalReport.callouts(table, iocId, period, period.previous());
        return callouts.isEmpty() ? List.of(NationalReport.noCalloutsReason(table, iocId, period, period.previous()))
                : callouts;
    }
}
