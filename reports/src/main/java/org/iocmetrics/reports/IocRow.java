package org.iocmetrics.reports;

import java.util.List;

/** One IOC of the national IOC table: its key metric figures in the order of the table's columns. */
public record IocRow(String iocId, String iocName, List<TableCell> cells) {
    public IocRow {
        cells = List.copyOf(cells);
    }

    public String text(int column) {
        return cells.get(column).text();
    }

    public boolean worst(int column) {
        return cells.get(column).worstQuartile();
    }
}
