package org.tokenscope.views.shapley;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tokenscope.host.attribution.AttributionException;

/**
 * Run and Cancel with the progress of the running attribution (coalitions or permutations done of planned,
 * ETA), and under them why the engine refused the settings, with the way out where there is one: too many
 * players for exact offers permutation sampling.
 */
final class RunBar extends VBox {

    RunBar(ShapleyViewModel vm) {
        super(4);
        Button run = new Button("Run");
        run.setId("shapley-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(vm.busyProperty().or(vm.modelMissingProperty()));
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("shapley-cancel");
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("shapley-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("shapley-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label noModel = new Label("No model is loaded: open a model folder or use the embedded model (Model menu).");
        noModel.visibleProperty().bind(vm.modelMissingProperty());
        noModel.managedProperty().bind(noModel.visibleProperty());
        HBox top = new HBox(8, run, cancel, bar, status, noModel);
        top.setAlignment(Pos.CENTER_LEFT);

        Label refusal = new Label();
        refusal.setId("shapley-refusal");
        refusal.getStyleClass().add("shapley-refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(vm.refusalProperty());
        Button sampling = new Button("Use permutation sampling");
        sampling.setId("shapley-use-sampling");
        sampling.visibleProperty().bind(vm.refusalKindProperty().isEqualTo(AttributionException.Kind.TOO_MANY_PLAYERS));
        sampling.managedProperty().bind(sampling.visibleProperty());
        sampling.setOnAction(e -> vm.useSampling());
        sampling.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox problem = new HBox(8, refusal, sampling);
        problem.setAlignment(Pos.CENTER_LEFT);
        problem.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(top, problem);
    }
}
