package org.tokenscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.TableData;

/** CSV injection: cells a spreadsheet would run as formulas are neutralised as OWASP recommends; numbers stay numbers. */
class CsvFormulaTest {

    @Test
    void formulaCellsGetAQuoteAndQuotes() {
        List<String> cells = List.of("=HYPERLINK(\"http://x\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tindented", "\r=1", "=", "-");
        TableData t = new TableData("t", List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.of(List.copyOf(cells)));
        String row = CsvWriter.toCsv(t).split("\r\n", 2)[1];
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",\"'+1+2\",\"'-2+3\",\"'@SUM(A1:A2)\",\"'\tindented\","
                + "\"'\r=1\",\"'=\",\"'-\"\r\n", row);
        List<List<String>> back = Rfc4180.parse(CsvWriter.toCsv(t));
        for (int i = 0; i < cells.size(); i++) {
            assertEquals("'" + cells.get(i), back.get(1).get(i), "the reader sees the text, led by the quote");
        }
    }

    @Test
    void plainNumbersStayNumbers() {
        TableData t = new TableData("t", List.of("a", "b", "c", "d", "e", "f", "g"),
                List.of(Arrays.asList(-1.5, -0.25, -3L, "-1.5", "+2", "-1e-7", 1.5e-20)));
        String row = CsvWriter.toCsv(t).split("\r\n", 2)[1];
        assertEquals("-1.5,-0.25,-3,-1.5,+2,-1e-7,1.5E-20\r\n", row);
    }

    @Test
    void otherCellsAreUnchanged() {
        TableData t = new TableData("t", List.of("a", "b", "c"), List.of(Arrays.asList("a=b", " =not first", "x-y")));
        assertEquals("a=b, =not first,x-y\r\n", CsvWriter.toCsv(t).split("\r\n", 2)[1]);
    }
}
