package org.iocmetrics.common;

import java.util.ArrayList;
import java.util.List;

/** One CSV line as the data contract writes it: comma separated, RFC 4180 quoting. */
public final class CsvLine {
    private CsvLine() {}

    /**
     * Splits one physical line into its fields, undoing RFC 4180 quoting ("a ""b""" is a "b"). Callers
     * read lines that hold no newline inside a field: header rows and the generator's own files.
     */
    public static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
