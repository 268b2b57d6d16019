package org.tokenscope.views.shapley;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * Which kept runs are shown and compared (a new run is compared with the one shown before it), Reuse settings
 * to repeat the shown run with a change, and Hide comparison.
 */
final class HistoryBar extends HBox {

    HistoryBar(ShapleyViewModel vm) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<ShapleyRun> shown = picker("shapley-shown-run", vm);
        shown.valueProperty().bindBidirectional(vm.shownProperty());
        shown.disableProperty().bind(vm.busyProperty());
        ComboBox<ShapleyRun> compared = picker("shapley-compared-run", vm);
        compared.valueProperty().bindBidirectional(vm.comparedProperty());
        compared.setPromptText("none");
        Button reuse = new Button("Reuse settings");
        reuse.setId("shapley-reuse");
        reuse.setTooltip(new Tooltip("Put the shown run's prompt and settings in the setup above, to run it again with a change"));
        reuse.disableProperty().bind(vm.shownProperty().isNull());
        reuse.setOnAction(e -> vm.reuseSettings(vm.shownProperty().get()));
        Button hide = new Button("Hide comparison");
        hide.setId("shapley-hide-comparison");
        hide.disableProperty().bind(vm.comparedProperty().isNull());
        hide.setOnAction(e -> vm.comparedProperty().set(null));
        getChildren().addAll(new Label("Shown"), shown, new Label("compared with"), compared, reuse, hide);
        getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Labeled l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the pickers shrink, the words do not
            }
        });
    }

    private static ComboBox<ShapleyRun> picker(String id, ShapleyViewModel vm) {
        ComboBox<ShapleyRun> box = new ComboBox<>(vm.runs());
        box.setId(id);
        box.setPrefWidth(260);
        box.setMinWidth(110);
        StringConverter<ShapleyRun> names = new StringConverter<>() {
            @Override
            public String toString(ShapleyRun r) {
                if (r == null) {
                    return "";
                }
                int i = vm.runs().indexOf(r);
                return (i >= 0 ? "#" + (i + 1) + " " : "running: ") + r.title();
            }

            @Override
            public ShapleyRun fromString(String s) {
                return null;
            }
        };
        box.setConverter(names);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ShapleyRun r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty ? null : names.toString(r));
            }
        });
        return box;
    }
}
