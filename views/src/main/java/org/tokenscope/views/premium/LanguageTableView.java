package org.tokenscope.views.premium;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The languages × tokenizers table of the chosen metric. Sorting is handed to {@link LanguageTableModel} (its
 * order pins the reference and keeps the script or family groups under their headings), so a header click
 * only records the sort keys.
 */
final class LanguageTableView extends VBox {
    private final LanguageTableModel model;
    private final TableView<LanguageRow> table = new TableView<>();
    private boolean applyingSort;

    LanguageTableView(LanguageTableModel model) {
        this.model = model;
        ChoiceBox<LanguageTableModel.Grouping> group = SetupBar.choice("premium-group", LanguageTableModel.Grouping.values(),
                model.groupingProperty(), g -> switch (g) {
                    case NONE -> "no grouping";
                    case SCRIPT -> "script";
                    case FAMILY -> "family";
                });
        TextField filter = new TextField();
        filter.setId("premium-filter");
        filter.setPromptText("find a language, script or family");
        filter.setPrefColumnCount(22);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label hint = new Label("Reference on top; click a header to sort within groups, Shift-click to add a key.");
        hint.getStyleClass().add("premium-note");

        table.setId("premium-table");
        table.getStyleClass().add("premium-table");
        table.setItems(model.rows());
        table.setPlaceholder(emptyLabel());
        table.setSortPolicy(t -> {
            if (!applyingSort) {
                List<SortKey> keys = t.getSortOrder().stream().map(c -> new SortKey((String) c.getUserData(),
                        c.getSortType() == TableColumn.SortType.ASCENDING)).toList();
                if (!keys.equals(model.sortKeys())) {
                    model.sortKeys().setAll(keys);
                }
            }
            return true;
        });
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(LanguageRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("premium-heading", "premium-reference");
                if (!empty && row != null) {
                    getStyleClass().add(row.isHeading() ? "premium-heading" : row.reference() ? "premium-reference" : "premium-language");
                }
            }
        });
        model.resultProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.tokenizers().equals(now.tokenizers()) || (was.model() == null) != (now.model() == null)) {
                columns(now);
            }
        });
        model.sortKeys().addListener((javafx.collections.ListChangeListener<SortKey>) c -> showSortOrder());
        columns(model.resultProperty().get());
        VBox.setVgrow(table, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(SetupBar.row(SetupBar.field("Group by"), group, SetupBar.field("Find"), filter, hint), table);
    }

    TableView<LanguageRow> table() {
        return table;
    }

    static Label emptyLabel() {
        Label l = new Label("No result yet: choose the corpus and tokenizers above, then press Compute.");
        l.getStyleClass().add("premium-empty");
        l.setWrapText(true);
        return l;
    }

    private void columns(PremiumResult r) {
        List<TableColumn<LanguageRow, ?>> cols = new ArrayList<>();
        cols.add(text(SortKey.LANGUAGE, "Language", 210, row -> row.isHeading() ? row.heading()
                : row.info().name() + (row.reference() ? " — reference" : "")));
        cols.add(text(SortKey.CODE, "Code", 110, row -> row.isHeading() ? "" : row.info().code()));
        cols.add(text(SortKey.SCRIPT, "Script", 60, row -> row.isHeading() ? "" : row.info().script()));
        cols.add(text(SortKey.FAMILY, "Family", 120, row -> row.isHeading() ? "" : row.info().family()));
        if (r != null) {
            for (int i = 0; i < r.tokenizers().size(); i++) {
                int index = i;
                cols.add(number(SortKey.tokenizerColumn(r.tokenizers().get(i)), r.tokenizers().get(i), row -> row.value(index),
                        model.metricProperty()::get));
            }
            if (r.model() != null) {
                cols.add(number(SortKey.MODEL_BPB, "model bits/byte", LanguageRow::bitsPerByte, () -> null));
                cols.add(number(SortKey.MODEL_ENTROPY, "model entropy", LanguageRow::meanEntropy, () -> null));
            }
        }
        table.getColumns().setAll(cols);
        showSortOrder();
    }

    /** Puts the model's sort keys on the headers (arrows), after a restore or a column rebuild. */
    private void showSortOrder() {
        List<TableColumn<LanguageRow, ?>> order = new ArrayList<>();
        for (SortKey k : model.sortKeys()) {
            table.getColumns().stream().filter(c -> k.column().equals(c.getUserData())).findFirst().ifPresent(c -> {
                c.setSortType(k.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                order.add(c);
            });
        }
        if (!order.equals(table.getSortOrder())) {
            applyingSort = true;
            try {
                table.getSortOrder().setAll(order);
            } finally {
                applyingSort = false;
            }
        }
    }

    private static TableColumn<LanguageRow, String> text(String id, String title, double width, Function<LanguageRow, String> value) {
        TableColumn<LanguageRow, String> c = new TableColumn<>(title);
        c.setUserData(id);
        c.setId("premium-col-" + id.replace(':', '-'));
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        return c;
    }

    /** A right-aligned number formatted by the metric ({@code metric} null: two decimals). */
    private static TableColumn<LanguageRow, Number> number(String id, String title, ToDoubleFunction<LanguageRow> value,
                                                           java.util.function.Supplier<PremiumMetric> metric) {
        TableColumn<LanguageRow, Number> c = new TableColumn<>(title);
        c.setUserData(id);
        c.setId("premium-col-" + id.replace(':', '-'));
        c.setPrefWidth(Math.max(84, title.length() * 8.5 + 24)); // room for the bold header and its sort arrow
        c.getStyleClass().add("premium-number");
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null || f.getValue().isHeading() ? null
                : value.applyAsDouble(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) {
                    setText(null);
                    return;
                }
                PremiumMetric m = metric.get();
                double d = v.doubleValue();
                setText(m != null ? m.format(d) : Double.isFinite(d) ? String.format(java.util.Locale.ROOT, "%.3f", d) : "–");
            }
        });
        return c;
    }
}
