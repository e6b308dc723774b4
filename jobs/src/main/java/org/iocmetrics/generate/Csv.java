package org.iocmetrics.generate;

/** RFC 4180 lines as the data contract writes them: comma separated, quotes only where needed (read back with {@link org.iocmetrics.common.CsvLine}). */
public final class Csv {
    private Csv() {}

    /** Appends one row and its line feed; null is written as an empty field. */
    public static void appendLine(StringBuilder out, String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values[i];
            if (v == null) {
                continue;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }
}
