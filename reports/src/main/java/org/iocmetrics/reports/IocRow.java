package org.iocmetrics.reports;

import java.util.List;

/** One IOC of the national IOC table: its key metric figures in the order of the table's columns. */
public record IocRow(String iocId, String iocName, List<TableCell> cells) {
    public IocRow {
        cells = List.copyOf(cells);
    }

    public String text(int column) {
        return cells.get(column).value().text();
    }

    public TableCell cell(int column) {
        return cells.get(column);
    }

    /** The figure with its rate below it, as the table prints it. */
    public String printed(int column) {
        return cells.get(column).printed();
    }

    public boolean worst(int column) {
        return cells.get(column).worstQuartile();
    }
}
