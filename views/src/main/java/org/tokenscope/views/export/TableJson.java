package org.tokenscope.views.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tables as JSON: {@code {"title", "columns": [...], "rows": [[...], ...]}} with numbers as numbers and
 * null for missing or non-finite values (the command line's convention).
 */
public final class TableJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TableJson() {
    }

    public static ObjectNode toJson(TableData table) {
        ObjectNode root = F.objectNode();
        if (table.title() == null) {
            root.putNull("title");
        } else {
            root.put("title", table.title());
        }
        ArrayNode columns = root.putArray("columns");
        table.columns().forEach(columns::add);
        ArrayNode rows = root.putArray("rows");
        for (List<Object> row : table.rows()) {
            ArrayNode r = rows.addArray();
            row.forEach(cell -> add(r, cell));
        }
        return root;
    }

    public static String toText(TableData table) {
        try {
            return MAPPER.writeValueAsString(toJson(table)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }

    public static void write(TableData table, Path file) throws IOException {
        Files.writeString(file, toText(table), StandardCharsets.UTF_8);
    }

    private static void add(ArrayNode row, Object cell) {
        if (cell == null) {
            row.addNull();
        } else if (cell instanceof Boolean b) {
            row.add(b);
        } else if (cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof Byte) {
            row.add(((Number) cell).longValue());
        } else if (cell instanceof BigInteger b) {
            row.add(b);
        } else if (cell instanceof BigDecimal b) {
            row.add(b);
        } else if (cell instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                row.add(d);
            } else {
                row.addNull();
            }
        } else {
            row.add(cell.toString());
        }
    }
}
