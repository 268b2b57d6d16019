package org.tokenscope.views.premium;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * Compute and Cancel with the running job's progress, the last status, and the one-line reason when the
 * input was refused. Outside the collapsible setup, so computing never needs the setup open.
 */
final class ComputeBar extends VBox {
    ComputeBar(PremiumViewModel vm) {
        Button compute = SetupBar.button("premium-compute", "Compute", "Count tokens for every language and tokenizer");
        compute.setDefaultButton(true);
        compute.disableProperty().bind(vm.busyProperty());
        compute.setOnAction(e -> vm.compute());
        Button cancel = SetupBar.button("premium-cancel", "Cancel", "Stop the computation; the previous result stays");
        cancel.disableProperty().bind(vm.busyProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("premium-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("premium-status");
        status.getStyleClass().add("premium-status");
        status.textProperty().bind(vm.statusProperty());
        Label problem = new Label();
        problem.setId("premium-problem");
        problem.getStyleClass().add("premium-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        setSpacing(4);
        getChildren().addAll(SetupBar.row(compute, cancel, progress, status), problem);
    }
}
