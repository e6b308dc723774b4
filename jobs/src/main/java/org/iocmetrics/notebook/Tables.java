package org.iocmetrics.notebook;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/** A Dataset as a notebook shows it: its first rows, as an HTML table and as text. */
final class Tables {
    static final MIMEType HTML = MIMEType.TEXT_HTML;
    static final MIMEType TEXT = MIMEType.TEXT_PLAIN;
    /** Enough rows to read a table in a notebook; more belong in a filter or an aggregate. */
    static final int SHOWN_ROWS = 40;

    private Tables() {}

    static String html(Dataset<?> rows) {
        String[] columns = rows.columns();
        List<Row> shown = firstRows(rows);
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        for (String column : columns) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Row row : shown.subList(0, Math.min(shown.size(), SHOWN_ROWS))) {
            html.append("<tr>");
            for (int i = 0; i < columns.length; i++) {
                html.append("<td>").append(escape(cell(row, i))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (shown.size() > SHOWN_ROWS) {
            html.append("<p>first ").append(SHOWN_ROWS).append(" rows shown</p>\n");
        }
        return html.toString();
    }

    /** Columns padded to their widest cell, for consoles and for reading outputs in a diff. */
    static String text(Dataset<?> rows) {
        String[] columns = rows.columns();
        List<Row> shown = firstRows(rows);
        List<Row> printed = shown.subList(0, Math.min(shown.size(), SHOWN_ROWS));
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            widths[i] = columns[i].length();
            for (Row row : printed) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, widths, i -> columns[i]);
        for (Row row : printed) {
            appendLine(text, widths, i -> cell(row, i));
        }
        if (shown.size() > SHOWN_ROWS) {
            text.append("(first ").append(SHOWN_ROWS).append(" rows shown)\n");
        }
        return text.toString();
    }

    private static void appendLine(StringBuilder text, int[] widths, IntFunction<String> cells) {
        for (int i = 0; i < widths.length; i++) {
            text.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cells.apply(i)));
            text.append(i + 1 < widths.length ? "  " : "\n");
        }
    }

    /** One row more than is shown, to tell whether there are more. */
    private static List<Row> firstRows(Dataset<?> rows) {
        return rows.toDF().limit(SHOWN_ROWS + 1).collectAsList();
    }

    private static String cell(Row row, int i) {
        if (row.isNullAt(i)) {
            return "";
        }
        Object value = row.get(i);
        if (value instanceof java.sql.Timestamp instant) {
            // storage is UTC: an instant reads as one, "2026-07-01T14:11:00Z"
            return instant.toInstant().toString();
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return seq.mkString("[", ", ", "]");
        }
        return String.valueOf(value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
