package org.tokenscope.views.counterfactual;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The sweep tab: a position and m, the Sweep button, and the table of alternatives with their outcomes. A
 * double-click on a row adds that alternative as a branch, so a promising row can be studied in full.
 */
final class SweepBinder {
    private final CounterfactualViewModel vm;
    private final Spinner<Integer> position;

    SweepBinder(Spinner<Integer> position, Spinner<Integer> m, Button run, Label title, TableView<SweepResult.Row> table,
            CounterfactualViewModel vm) {
        this.vm = vm;
        this.position = position;
        position.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000, 0));
        m.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, 5));
        run.setOnAction(e -> {
            position.increment(0); // commits a typed value
            m.increment(0);
            vm.sweep(position.getValue(), m.getValue());
        });
        run.disableProperty().bind(vm.baseProperty().isNull());
        table.getColumns().setAll(
                column("rank", r -> r.rankRaw(), 42),
                column("token", SweepResult.Row::token, 84),
                column("p", r -> Labels.percent(r.probRaw()), 52),
                column("edit", SweepResult.Row::editDistance, 40),
                column("diverges", r -> r.firstDivergence() == null ? "never" : r.firstDivergence().toString(), 66),
                column("continuation", r -> r.text().replace("\n", "↵"), 360));
        Label empty = new Label("Pick a position and press Sweep: its token is replaced by each of its top alternatives in turn.");
        empty.setWrapText(true);
        empty.getStyleClass().add("cf-empty");
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<SweepResult.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                SweepResult s = vm.sweepProperty().get();
                if (e.getClickCount() != 2 || row.isEmpty() || s == null) {
                    return;
                }
                if (java.util.Objects.equals(s.baseNode(), vm.selectedProperty().get())) {
                    vm.replaceToken(false, s.position(), row.getItem().id());
                } else {
                    vm.showProblem("This sweep was made on " + (s.baseNode() == null ? "the factual run" : "branch " + s.baseNode())
                            + ": select it in the tree first, then double-click the row.");
                }
            });
            return row;
        });
        vm.sweepProperty().addListener((obs, was, now) -> show(now, title, table));
        show(vm.sweepProperty().get(), title, table);
    }

    /** A click on a generated chip proposes its position for the next sweep. */
    void propose(int pos) {
        position.getValueFactory().setValue(pos);
    }

    private static void show(SweepResult s, Label title, TableView<SweepResult.Row> table) {
        if (s == null) {
            table.getItems().clear();
            title.setText("Replace one position's token by each of its top-m alternatives and compare the outcomes.");
            return;
        }
        table.getItems().setAll(s.rows());
        title.setText("Position " + s.position() + " of " + (s.baseNode() == null ? "the factual run" : "branch " + s.baseNode())
                + ", top " + s.topM() + " alternatives by raw probability p. Edit distances are to that run. Double-click a row to add it as a branch.");
    }

    private static <T> TableColumn<SweepResult.Row, T> column(String name, Function<SweepResult.Row, T> value, double width) {
        TableColumn<SweepResult.Row, T> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(true);
        return c;
    }
}
