package org.tokenscope.views.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tables as RFC 4180 CSV: a header line, CRLF line ends, and fields that hold a comma, a quote, CR or LF
 * quoted with inner quotes doubled. Missing values and non-finite numbers are empty fields.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static String toCsv(TableData table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        return out.toString();
    }

    public static void write(TableData table, Path file) throws IOException {
        Files.writeString(file, toCsv(table), StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(TableData.text(cells.get(i))));
        }
        out.append("\r\n");
    }

    /** One field, quoted only when it must be. */
    static String field(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
