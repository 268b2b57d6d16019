package org.tokenscope.views.stepper;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tokenscope.views.controls.FxLineChart;
import org.tokenscope.views.controls.HeatLegend;
import org.tokenscope.views.controls.TokenStrip;
import org.tokenscope.views.export.ExportActions;

/**
 * The stepper panel: input and controls on top, settings on the left, the token strip (tinted by the chosen
 * metric, with the kept comparison run under it), and below it the entropy chart beside the selected step's
 * distribution and trials. Built from the view model's properties; it holds no state of its own.
 */
public final class StepperView extends BorderPane {
    private static final String GENERATE_EMPTY = "Type a prompt (or pick one of the project's prompts), then press Step for one "
            + "token, To punctuation, or Run. Each token becomes a chip tinted by the metric above; hover a chip for its numbers "
            + "and alternatives, click it to see its step's distribution and, in cautious mode, its trials.";
    private static final String SCORE_EMPTY = "Paste or type a text above and press Score: every token is scored teacher-forced "
            + "(probability, surprisal, entropy, rank), with the text's perplexity and bits per byte.";

    private final TokenStrip strip = new TokenStrip();
    private final FxLineChart chart = new FxLineChart();

    public StepperView(StepperViewModel vm) {
        setId("stepper-view");
        getStyleClass().add("stepper-view");
        getStylesheets().add(StepperView.class.getResource("stepper.css").toExternalForm());
        StepperSelection sel = vm.selection();

        Label summary = new Label();
        summary.setId("stepper-summary");
        summary.textProperty().bind(sel.summaryProperty());
        Label message = new Label();
        message.setId("stepper-message");
        message.getStyleClass().add("stepper-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        VBox top = new VBox(6, new InputBar(vm), new StepperToolbar(vm, chart), summary, message);
        top.setPadding(new Insets(8, 8, 4, 8));
        setTop(top);
        SettingsPane settings = new SettingsPane(vm);
        settings.disableProperty().bind(vm.modeProperty().isEqualTo(StepperViewModel.Mode.SCORE)); // scoring samples nothing
        setLeft(settings);

        SplitPane body = new SplitPane(stripArea(vm), chartsArea(vm, sel));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.36);
        setCenter(body);
    }

    private VBox stripArea(StepperViewModel vm) {
        ChoiceBox<TintMetric> metric = new ChoiceBox<>();
        metric.setId("stepper-metric");
        metric.getItems().setAll(TintMetric.values());
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        HeatLegend legend = new HeatLegend();
        legend.setId("stepper-legend");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, new Label("Tint by"), metric, legend, grow);
        head.setAlignment(Pos.CENTER_LEFT);

        strip.setId("stepper-strip");
        strip.placeholderProperty().bind(Bindings.when(vm.modeProperty().isEqualTo(StepperViewModel.Mode.SCORE))
                .then(SCORE_EMPTY).otherwise(GENERATE_EMPTY));
        strip.selectedIndexProperty().bindBidirectional(vm.selectedIndexProperty());
        StripBinding.bind(vm.rows(), vm.metricProperty(), strip, legend);
        ExportActions.install(strip, ExportActions.tableMenu(strip, () -> StepperExports.stepsTable(vm)));
        VBox.setVgrow(strip, Priority.ALWAYS);

        TokenStrip comparison = new TokenStrip();
        comparison.setId("stepper-comparison-strip");
        comparison.setPrefHeight(70);
        StripBinding.bind(vm.comparisonRows(), vm.metricProperty(), comparison, null);
        Label caption = new Label();
        caption.textProperty().bind(Bindings.createStringBinding(() -> {
            Run c = vm.comparisonProperty().get();
            return c == null ? "" : "Comparison run (" + (c.cautious() ? "cautious" : "plain sampling") + ", seed "
                    + c.trace().sampler().seed() + ", " + c.steps().size() + " tokens):";
        }, vm.comparisonProperty()));
        VBox compare = new VBox(2, caption, comparison);
        compare.visibleProperty().bind(vm.comparisonProperty().isNotNull()
                .and(vm.modeProperty().isEqualTo(StepperViewModel.Mode.GENERATE)));
        compare.managedProperty().bind(compare.visibleProperty());

        VBox box = new VBox(6, head, strip, compare);
        box.setPadding(new Insets(4, 8, 4, 8));
        return box;
    }

    private SplitPane chartsArea(StepperViewModel vm, StepperSelection sel) {
        chart.setId("stepper-entropy-chart");
        chart.dataProperty().bind(sel.entropyChartProperty());
        chart.markerXProperty().bind(Bindings.createDoubleBinding(() -> vm.selectedIndexProperty().get() < 0 ? Double.NaN
                : vm.selectedIndexProperty().get(), vm.selectedIndexProperty()));
        ExportActions.install(chart, ExportActions.chartMenu(chart, () -> sel.entropyChartProperty().get()));
        SplitPane charts = new SplitPane(chart, new DetailsPane(vm));
        charts.setDividerPositions(0.46);
        return charts;
    }

    /** The token strip, for tests and snapshots. */
    public TokenStrip strip() {
        return strip;
    }

    /** The entropy chart node, for tests and PNG exports. */
    public FxLineChart entropyChart() {
        return chart;
    }
}
