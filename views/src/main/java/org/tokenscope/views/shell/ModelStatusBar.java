package org.tokenscope.views.shell;

import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The window's status bar: the model on the left (name, architecture, threads), the current activity
 * with its progress bar on the right, where the eye looks for "is it still working".
 */
public final class ModelStatusBar extends StatusBar {

    public ModelStatusBar(ModelStatusViewModel vm) {
        getStyleClass().add("model-status-bar");
        getStylesheets().add(ModelStatusBar.class.getResource("model-status-bar.css").toExternalForm());
        setId("status-bar");

        Label name = label("status-model-name", "model-name");
        name.textProperty().bind(vm.modelNameProperty());
        Label summary = label("status-model-summary", "model-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label threads = label("status-model-threads", "model-threads");
        threads.textProperty().bind(vm.threadsProperty());
        Label warnings = label("status-model-warnings", "model-warnings");
        warnings.textProperty().bind(vm.warningsProperty());
        warnings.visibleProperty().bind(vm.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        Tooltip warningList = new Tooltip();
        warningList.textProperty().bind(vm.modelProperty().map(m -> m == null ? ""
                : m.warnings().stream().map(w -> "• " + w).collect(Collectors.joining("\n"))));
        warnings.setTooltip(warningList);

        Tooltip where = new Tooltip();
        where.textProperty().bind(vm.modelProperty().map(m -> m == null ? "" : m.onnxFile()));
        name.setTooltip(where);

        // Separators only between texts that exist: before a model loads the bar shows just "No model loaded".
        Separator s1 = separator(vm.summaryProperty().isNotEmpty());
        Separator s2 = separator(vm.threadsProperty().isNotEmpty());
        getLeftItems().setAll(name, s1, summary, s2, threads, warnings);

        textProperty().bind(vm.activityProperty());
        progressProperty().bind(vm.progressProperty());
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Label.USE_PREF_SIZE); // the activity text gives way first, never the model facts
        return l;
    }

    private static Separator separator(BooleanBinding shown) {
        Separator s = new Separator(Orientation.VERTICAL);
        s.visibleProperty().bind(shown);
        s.managedProperty().bind(s.visibleProperty());
        return s;
    }
}
