package org.tokenscope.views.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as plain data, for CSV and JSON export and for reports: column names and rows of cells. A cell is a
 * {@link String}, a {@link Number}, a {@link Boolean} or null (no value).
 */
public record TableData(String title, List<String> columns, List<List<Object>> rows) {

    public TableData {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.size() + " cells for " + columns.size() + " columns");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof Boolean)) {
                    throw new IllegalArgumentException("row " + i + ": cells are strings, numbers, booleans or null, not "
                            + cell.getClass().getSimpleName());
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // List.copyOf refuses the null cells
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The text of a cell as CSV and HTML show it: empty for null and for non-finite numbers. */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double d = ((Number) cell).doubleValue();
            return Double.isFinite(d) ? Markup.number(d) : "";
        }
        return cell.toString();
    }
}
