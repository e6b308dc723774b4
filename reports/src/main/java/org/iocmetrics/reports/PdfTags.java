package org.iocmetrics.reports;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The tagged-PDF Table element of one fill of a table template: it opens at the first header row (a
 * header repeated on a later page is a header row of the same table) and closes after the last data row.
 * A table without rows is not tagged as one, so every opened table is closed. One instance per fill
 * (each template's TABLE_TAGS parameter makes its own).
 */
public final class PdfTags {
    private static final String START = "start";
    private static final String END = "end";

    private boolean open;

    /** "start" for the first header row of a table with rows, null (no property) otherwise. */
    public String tableStart(JRDataSource rows) {
        if (open || rowCount(rows) == 0) {
            return null;
        }
        open = true;
        return START;
    }

    /** "end" on the last data row of an opened table, null on the others. */
    public String tableEnd(Integer rowNumber, JRDataSource rows) {
        if (!open || rowNumber == null || rowNumber != rowCount(rows)) {
            return null;
        }
        open = false;
        return END;
    }

    private static int rowCount(JRDataSource rows) {
        return rows instanceof JRMapCollectionDataSource data ? data.getData().size() : 0;
    }
}
