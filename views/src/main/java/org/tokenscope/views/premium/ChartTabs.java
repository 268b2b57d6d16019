package org.tokenscope.views.premium;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.tokenscope.views.export.ChartData;

/**
 * The four chart tabs: sorted bars of one tokenizer, grouped bars across tokenizers, the heatmap, and the
 * hosted model's bits per byte or entropy against its premium. All follow the table's metric and the options
 * bar's ranking tokenizer and language subset.
 */
final class ChartTabs {
    private final PremiumViewModel vm;
    private final ChartTab bars;
    private final ChartTab grouped;
    private final ChartTab heatmap;
    private final ChartTab model;
    /** False shows bits per byte, true the mean entropy. */
    private final ObjectProperty<Boolean> modelEntropy = new SimpleObjectProperty<>(false);

    ChartTabs(PremiumViewModel vm) {
        this.vm = vm;
        var result = vm.resultProperty();
        var metric = vm.table().metricProperty();
        var tokenizer = vm.charts().tokenizerProperty();
        var subset = vm.charts().subsetProperty();
        String noResult = "No result yet: press Compute to draw the charts.";
        bars = new ChartTab("premium-chart-bars", "Premium bars",
                () -> ready() ? PremiumCharts.bars(r(), metric.get(), tokenizer.get(), subset.get()) : null,
                noResult, null, result, metric, tokenizer, subset);
        grouped = new ChartTab("premium-chart-grouped", "Compare tokenizers",
                () -> ready() ? PremiumCharts.grouped(r(), metric.get(), tokenizer.get(), subset.get()) : null,
                noResult, null, result, metric, tokenizer, subset);
        heatmap = new ChartTab("premium-chart-heatmap", "Heatmap",
                () -> ready() ? PremiumCharts.heatmap(r(), metric.get(), tokenizer.get(), subset.get()) : null,
                noResult, null, result, metric, tokenizer, subset);
        model = new ChartTab("premium-chart-model", "Model", () -> ready() ? PremiumCharts.model(r(), tokenizer.get(),
                Boolean.TRUE.equals(modelEntropy.get())) : null,
                "No model scores in this result: load a model, tick \"Score with the model\" and press Compute.",
                modelOptions(), result, tokenizer, modelEntropy);
    }

    List<ChartTab> all() {
        return List.of(bars, grouped, heatmap, model);
    }

    private boolean ready() {
        PremiumResult r = vm.resultProperty().get();
        return r != null && vm.charts().tokenizerProperty().get() != null && r.tokenizers().contains(vm.charts().tokenizerProperty().get());
    }

    private PremiumResult r() {
        return vm.resultProperty().get();
    }

    private VBox modelOptions() {
        ChoiceBox<Boolean> what = new ChoiceBox<>();
        what.setId("premium-model-measure");
        what.getItems().setAll(false, true);
        what.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Boolean entropy) {
                return Boolean.TRUE.equals(entropy) ? "mean entropy" : "bits per byte";
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        what.valueProperty().bindBidirectional(modelEntropy);
        Label about = new Label();
        about.getStyleClass().add("premium-note");
        about.setWrapText(true);
        about.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            PremiumResult r = vm.resultProperty().get();
            return r == null || r.model() == null ? "" : r.model().description()
                    + ". Each point is a language; x is the premium under the model's own tokenizer when it was compared.";
        }, vm.resultProperty()));
        VBox box = new VBox(4, SetupBar.row(SetupBar.field("Show"), what), about);
        box.setStyle("-fx-padding: 0 0 6 0;");
        return box;
    }

    /** The chart of a tab, or null for a tab that is not a chart. */
    static ChartData chartOf(List<ChartTab> tabs, javafx.scene.control.Tab tab) {
        return tabs.stream().filter(t -> t.tab() == tab).findFirst().map(ChartTab::chart).orElse(null);
    }
}
