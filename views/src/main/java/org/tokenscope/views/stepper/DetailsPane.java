package org.tokenscope.views.stepper;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tokenscope.views.controls.TableDataView;
import org.tokenscope.views.export.ChartDataView;
import org.tokenscope.views.export.ExportActions;

/**
 * The selected token's step: its distribution after each sampler stage as grouped bars with the per-stage
 * table (entropy in nats and bits, the chosen token's probability, surprisal and rank), and its CNTP trials.
 */
final class DetailsPane extends TabPane {
    private final ChartDataView bars = new ChartDataView();

    DetailsPane(StepperViewModel vm) {
        StepperSelection selection = vm.selection();
        setId("stepper-details");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        bars.setId("stepper-distribution");
        bars.chartProperty().bind(selection.distributionProperty());
        bars.setPrefSize(420, 230);
        ExportActions.install(bars, ExportActions.chartMenu(bars, () -> selection.distributionProperty().get()));
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.when(vm.modeProperty().isEqualTo(StepperViewModel.Mode.SCORE))
                .then("Scored tokens have no sampler stages: hover a token for its probability, surprisal, entropy and rank.")
                .otherwise("Click a token to see the distribution its step was sampled from."));
        none.setId("stepper-distribution-empty");
        none.setWrapText(true);
        none.visibleProperty().bind(selection.distributionProperty().isNull());
        StackPane chart = new StackPane(bars, none);
        VBox.setVgrow(chart, Priority.ALWAYS);

        TableDataView stages = new TableDataView();
        stages.setId("stepper-stage-table");
        stages.dataProperty().bind(selection.stageTableProperty());
        stages.setEmptyText("No step selected.");
        stages.setPrefHeight(165);
        stages.setMinHeight(110);
        ExportActions.install(stages, ExportActions.tableMenu(stages, () -> selection.stageTableProperty().get()));

        VBox distribution = new VBox(4, chart, stages);
        distribution.setPadding(new Insets(4));
        Tab dist = new Tab("Distribution", distribution);
        dist.setId("stepper-tab-distribution");
        Tab trials = new Tab("Trials", new TrialsPane(selection));
        trials.setId("stepper-tab-trials");
        getTabs().addAll(dist, trials);
    }
}
