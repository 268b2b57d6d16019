package org.tokenscope.views.controls;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.tokenscope.views.export.TableData;

/**
 * A read-only table showing a {@link TableData}: the same description a panel exports as CSV or JSON, so the
 * screen and the file list the same columns. Numbers show four significant digits (the file keeps them all);
 * numeric columns sort as numbers.
 */
public final class TableDataView extends TableView<List<Object>> {
    private final ObjectProperty<TableData> data = new SimpleObjectProperty<>(this, "data");

    public TableDataView() {
        getStyleClass().add("table-data-view");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        data.addListener((o, was, now) -> show(now));
    }

    public ObjectProperty<TableData> dataProperty() {
        return data;
    }

    /** Shown while there is no table or it has no rows. */
    public void setEmptyText(String text) {
        setPlaceholder(new Label(text));
    }

    private void show(TableData table) {
        if (table == null) {
            getColumns().clear();
            getItems().clear();
            return;
        }
        if (!sameColumns(table.columns())) {
            getColumns().clear();
            for (int c = 0; c < table.columns().size(); c++) {
                int col = c;
                TableColumn<List<Object>, Object> column = new TableColumn<>(table.columns().get(c));
                column.setCellValueFactory(row -> new SimpleObjectProperty<>(row.getValue().get(col)));
                column.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
                    @Override
                    protected void updateItem(Object item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : format(item));
                    }
                });
                column.setComparator(TableDataView::compare);
                // Wide enough for the header: the constrained policy then shares the rest in proportion.
                column.setPrefWidth(Math.max(56, 7.5 * table.columns().get(c).length() + 22));
                getColumns().add(column);
            }
        }
        getItems().setAll(table.rows());
    }

    private boolean sameColumns(List<String> names) {
        if (getColumns().size() != names.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(getColumns().get(i).getText())) {
                return false;
            }
        }
        return true;
    }

    static String format(Object cell) {
        if (cell instanceof Double || cell instanceof Float) {
            double d = ((Number) cell).doubleValue();
            if (!Double.isFinite(d)) {
                return Double.isNaN(d) ? "" : d > 0 ? "∞" : "−∞";
            }
            return d != 0 && (Math.abs(d) < 1e-3 || Math.abs(d) >= 1e5) ? String.format(Locale.ROOT, "%.3e", d)
                    : String.format(Locale.ROOT, "%.4g", d).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        }
        return cell == null ? "" : cell.toString();
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
