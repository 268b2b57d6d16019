package org.tokenscope.views.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A grid of values, rows × columns, coloured by {@code scale} with a colour bar titled {@code valueTitle}.
 * NaN (or null) cells are drawn grey: no value, not zero.
 */
public record HeatmapData(String title, String xTitle, String yTitle, List<String> columns, List<String> rows,
        List<List<Double>> values, ColorScale scale, String valueTitle) implements ChartData {

    public HeatmapData {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (values.size() != rows.size()) {
            throw new IllegalArgumentException(values.size() + " value rows for " + rows.size() + " row labels");
        }
        List<List<Double>> copy = new ArrayList<>();
        for (List<Double> row : values) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        values = List.copyOf(copy);
    }

    /** Cell (row, column), NaN when missing. */
    public double value(int row, int column) {
        Double v = values.get(row).get(column);
        return v == null ? Double.NaN : v;
    }
}
