package org.tokenscope.views.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables as RFC 4180 CSV: a header line, CRLF line ends, and fields that hold a comma, a quote, CR or LF
 * quoted with inner quotes doubled. Missing values and non-finite numbers are empty fields. A cell that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * single quote and is quoted, as OWASP recommends against CSV injection; plain numbers ({@code -1.5}) stay numbers.
 */
public final class CsvWriter {
    /** A number as spreadsheets read one: sign, digits, point, exponent; nothing a formula could hide in. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

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

    /** One field, quoted only when it must be; a would-be formula neutralised. */
    static String field(String s) {
        if (isFormula(s)) {
            return "\"'" + s.replace("\"", "\"\"") + '"';
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Starts like a formula and is not simply a number. */
    static boolean isFormula(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        return !PLAIN_NUMBER.matcher(s).matches();
    }
}
