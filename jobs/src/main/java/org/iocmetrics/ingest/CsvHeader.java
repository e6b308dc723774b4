package org.iocmetrics.ingest;

import java.util.ArrayList;
import java.util.List;

/** The column names of a CSV header line, with RFC 4180 quoting ("a ""b""" is a "b"). */
final class CsvHeader {
    private CsvHeader() {}

    static List<String> parse(String line) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                names.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString().trim());
        return names;
    }
}
