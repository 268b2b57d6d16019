package org.tokenscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.TableData;
import org.tokenscope.views.export.TableJson;

/** Tables as RFC 4180 CSV that reads back cell for cell, and as JSON with numbers and nulls. */
class CsvAndJsonTableTest {

    @Test
    void csvRoundTripsEveryCell() {
        TableData t = Charts.awkwardTable();
        String csv = CsvWriter.toCsv(t);
        List<List<String>> back = Rfc4180.parse(csv);
        assertEquals(t.columns(), back.get(0));
        assertEquals(t.rows().size(), back.size() - 1);
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                assertEquals(TableData.text(t.rows().get(r).get(c)), back.get(r + 1).get(c), "row " + r + " col " + c);
            }
        }
        assertTrue(csv.contains("\"Wood, \"\"house\"\"\""), csv);
        assertEquals("", back.get(3).get(1), "NaN is an empty field");
        assertEquals("a\r\nb", back.get(4).get(2), "CRLF inside a quoted field survives");
    }

    @Test
    void jsonKeepsTypesAndNulls() throws Exception {
        JsonNode j = new ObjectMapper().readTree(TableJson.toText(Charts.awkwardTable()));
        assertEquals("Players", j.get("title").asText());
        assertEquals(4, j.get("columns").size());
        JsonNode rows = j.get("rows");
        assertEquals(0.5, rows.get(0).get(1).asDouble());
        assertTrue(rows.get(0).get(3).isBoolean());
        assertTrue(rows.get(2).get(1).isNull(), "NaN is null");
        assertTrue(rows.get(2).get(2).isNull());
        assertEquals(3, rows.get(3).get(1).asLong());
        assertTrue(rows.get(3).get(1).isIntegralNumber());
        assertEquals("line one\nline two", rows.get(1).get(2).asText());
    }
}
