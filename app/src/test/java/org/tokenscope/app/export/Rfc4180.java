package org.tokenscope.app.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests, written independently of the CSV writer it checks. */
public final class Rfc4180 {
    private Rfc4180() {
    }

    /** Records of fields; every record must end in CRLF. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
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
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new AssertionError("the last record has no CRLF");
        }
        return rows;
    }

}
