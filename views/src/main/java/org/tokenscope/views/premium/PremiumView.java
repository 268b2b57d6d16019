package org.tokenscope.views.premium;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The premium panel: setup on top, then the metric and chart options, the result in tabs (table, bars,
 * tokenizer comparison, heatmap, model, sentence view), and under them the line saying how the numbers were
 * counted. Built in code from small parts; all state lives in {@link PremiumViewModel}.
 */
public final class PremiumView extends BorderPane {
    private final PremiumViewModel vm;
    private final TabPane tabs = new TabPane();
    private final LanguageTableView table;
    private final List<ChartTab> charts;
    private final PremiumExports exports;

    public PremiumView(PremiumViewModel vm) {
        this.vm = vm;
        setId("premium-panel");
        getStyleClass().add("premium-panel");
        getStylesheets().add(stylesheet());
        PremiumDialogs dialogs = new PremiumDialogs(vm);

        table = new LanguageTableView(vm.table());
        charts = new ChartTabs(vm).all();
        exports = new PremiumExports(vm, this::currentChart);
        table.table().setContextMenu(exports.tableMenu());

        tabs.setId("premium-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab tableTab = new Tab("Table", table);
        tableTab.setId("premium-tab-table");
        tabs.getTabs().add(tableTab);
        charts.forEach(c -> tabs.getTabs().add(c.tab()));
        Tab sentenceTab = new Tab("Sentences", new SentencePane(vm));
        sentenceTab.setId("premium-tab-sentence");
        tabs.getTabs().add(sentenceTab);

        setTop(new VBox(6, new SetupBar(vm, dialogs), new ComputeBar(vm), optionsBar()));
        setCenter(tabs);
        setBottom(conventionLine());
    }

    /** The panel's stylesheet, also added to its dialogs. */
    static String stylesheet() {
        return Objects.requireNonNull(PremiumView.class.getResource("premium.css")).toExternalForm();
    }

    /** Metric (table and charts), the tokenizer that ranks the charts, how many languages they show, Export. */
    private VBox optionsBar() {
        ChoiceBox<PremiumMetric> metric = SetupBar.choice("premium-metric", PremiumMetric.values(), vm.table().metricProperty(),
                PremiumMetric::label);
        ChoiceBox<String> rankBy = new ChoiceBox<>();
        rankBy.setId("premium-chart-tokenizer");
        Runnable fill = () -> {
            PremiumResult r = vm.resultProperty().get();
            String keep = vm.charts().tokenizerProperty().get();
            rankBy.getItems().setAll(r == null ? List.of() : r.tokenizers());
            rankBy.setValue(keep);
        };
        vm.resultProperty().addListener(x -> fill.run());
        fill.run();
        rankBy.valueProperty().bindBidirectional(vm.charts().tokenizerProperty());
        rankBy.disableProperty().bind(vm.resultProperty().isNull());
        ChoiceBox<PremiumCharts.Subset> subset = SetupBar.choice("premium-chart-subset", PremiumCharts.Subset.values(),
                vm.charts().subsetProperty(), s -> switch (s) {
                    case ALL -> "all languages";
                    case HIGHEST -> PremiumCharts.SUBSET_SIZE + " highest";
                    case LOWEST -> PremiumCharts.SUBSET_SIZE + " lowest";
                });
        VBox box = new VBox(SetupBar.row(SetupBar.field("Metric"), metric, SetupBar.field("Charts rank by"), rankBy,
                SetupBar.field("and show"), subset, exports.menuButton()));
        box.setStyle("-fx-padding: 0 0 6 0;");
        return box;
    }

    /** How the shown numbers were counted, or (before a result) how they will be; plus a stale warning. */
    private VBox conventionLine() {
        Label line = new Label();
        line.setId("premium-convention-line");
        line.getStyleClass().add("premium-convention");
        line.setWrapText(true);
        PremiumSetup s = vm.setup();
        line.textProperty().bind(Bindings.createStringBinding(() -> {
            PremiumResult r = vm.resultProperty().get();
            if (r != null) {
                return r.conventionLine();
            }
            PremiumResult.Counting next = new PremiumResult.Counting(s.corpusProperty().get(), s.referenceProperty().get(),
                    s.conventionProperty().get(), s.normalizationProperty().get(), s.wholeDocumentProperty().get(),
                    s.includePartialProperty().get(), java.util.Map.of());
            return "Will be " + Character.toLowerCase(next.line(vm.corpusLanguages().size(), s.referenceProperty().get()).charAt(0))
                    + next.line(vm.corpusLanguages().size(), s.referenceProperty().get()).substring(1);
        }, vm.resultProperty(), s.corpusProperty(), s.referenceProperty(), s.conventionProperty(), s.normalizationProperty(),
                s.wholeDocumentProperty(), s.includePartialProperty(), vm.corpusLanguages()));
        Label stale = new Label("The setup changed since this result was computed: press Compute to update it.");
        stale.setId("premium-stale");
        stale.getStyleClass().add("premium-stale");
        stale.visibleProperty().bind(vm.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        return new VBox(stale, line);
    }

    private ChartTab currentChart() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return charts.stream().filter(c -> c.tab() == selected).findFirst().orElse(null);
    }

    // --- For tests and the app: the parts a user reaches by clicking. ---

    public TabPane tabs() {
        return tabs;
    }

    /** Writes the shown table (CSV or JSON by the file's extension), as the Export menu does. */
    public void exportTable(java.nio.file.Path file, boolean allMetrics) throws java.io.IOException {
        var data = allMetrics ? exports.allMetrics() : exports.shownTable();
        if (file.toString().endsWith(".json")) {
            exports.writeJson(data, file);
        } else {
            exports.writeCsv(data, file);
        }
    }

    /** Writes the chart of the selected tab (PNG or SVG by the file's extension), as the Export menu does. */
    public void exportChart(java.nio.file.Path file, double scale) throws java.io.IOException {
        if (file.toString().endsWith(".svg")) {
            exports.writeSvg(currentChart(), file);
        } else {
            exports.writePng(currentChart(), scale, file);
        }
    }
}
