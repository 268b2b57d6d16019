package org.tokenscope.views.shapley;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tokenscope.views.controls.TableDataView;
import org.tokenscope.views.export.ChartDataView;
import org.tokenscope.views.export.ExportActions;

/**
 * The Shapley panel: the prompt with its drawn spans, the settings and Run on top; below, the shown result
 * beside the one it is compared with (tinted prompt, legend, efficiency check, bars of φ), the token-noise
 * scatter and the players table. Built from the view model's properties; it holds no state of its own.
 */
public final class ShapleyView extends BorderPane {
    static final String EMPTY = "No attribution yet. Type or pick a prompt, give a target (e.g. \" rich\") or options "
            + "(A|B), and press Run: each player is tinted by its Shapley value φ (red raises the value, blue lowers it), "
            + "and the bars show φ with ± one standard error when sampled. Select text in the prompt to add a span or pin it.";
    private final ObjectProperty<double[]> shownDomain = new SimpleObjectProperty<>(new double[] {-1, 1});
    private final ObjectProperty<double[]> comparedDomain = new SimpleObjectProperty<>(new double[] {-1, 1});
    private final ResultPane shown;
    private final ResultPane compared;
    private final ChartDataView noise = new ChartDataView();
    private final TableDataView table = new TableDataView();

    public ShapleyView(ShapleyViewModel vm) {
        setId("shapley-panel");
        getStyleClass().add("shapley-view");
        getStylesheets().add(ShapleyView.class.getResource("shapley.css").toExternalForm());
        VBox top = new VBox(6, new PromptPane(vm), new SettingsBar(vm.settings()), new RunBar(vm));
        top.setPadding(new Insets(8, 8, 4, 8));
        setTop(top);

        shown = new ResultPane("shapley-shown", vm.shownProperty(), shownDomain, EMPTY);
        compared = new ResultPane("shapley-compared", vm.comparedProperty(), comparedDomain, "");
        SplitPane sides = new SplitPane(scrolling(shown));
        sides.setId("shapley-sides");
        vm.comparedProperty().addListener((o, was, now) -> showComparison(sides, now != null));
        showComparison(sides, vm.comparedProperty().get() != null);
        VBox phi = new VBox(4, new HistoryBar(vm), sides);
        VBox.setVgrow(sides, javafx.scene.layout.Priority.ALWAYS);
        phi.setPadding(new Insets(4));

        noise.setId("shapley-noise");
        ExportActions.install(noise, ExportActions.chartMenu(noise, noise::getChart));
        Label noNoise = new Label("Run with \"token noise\" ticked to plot φ against each player's surprisal: players the model "
                + "finds unsurprising (little information) yet with large |φ| are the paper's token noise.");
        noNoise.setWrapText(true);
        noNoise.visibleProperty().bind(noise.chartProperty().isNull());
        StackPane noisePane = new StackPane(noise, noNoise);
        noisePane.setPadding(new Insets(8));
        table.setId("shapley-table");
        table.setEmptyText("The players of the shown run, with φ, standard error and surprisal, appear here.");
        ExportActions.install(table, ExportActions.tableMenu(table, table.dataProperty()::get));

        TabPane tabs = new TabPane(tab("shapley-tab-phi", "φ per player", phi), tab("shapley-tab-noise", "Token noise", noisePane),
                tab("shapley-tab-table", "Players table", table));
        tabs.setId("shapley-tabs");
        setCenter(tabs);

        vm.shownProperty().addListener(o -> refresh(vm));
        vm.comparedProperty().addListener(o -> refresh(vm));
        refresh(vm);
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private void showComparison(SplitPane sides, boolean on) {
        if (on && sides.getItems().size() == 1) {
            sides.getItems().add(scrolling(compared));
            sides.setDividerPositions(0.5);
        } else if (!on && sides.getItems().size() == 2) {
            sides.getItems().remove(1);
        }
    }

    /** A result that fills its side, and scrolls rather than squeezing its chart when the window is short. */
    private static ScrollPane scrolling(ResultPane pane) {
        ScrollPane s = new ScrollPane(pane);
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        s.getStyleClass().add("shapley-result-scroll");
        return s;
    }

    /**
     * The colour domains, symmetric around 0. Two runs of the same value function share one, so equal tints mean
     * equal φ; runs of different value functions (nats against probabilities) each span their own.
     */
    private void refresh(ShapleyViewModel vm) {
        ShapleyRun a = vm.shownProperty().get();
        ShapleyRun b = vm.comparedProperty().get();
        boolean same = a != null && b != null && a.result().value().equals(b.result().value());
        shownDomain.set(symmetric(same ? Math.max(maxAbs(a), maxAbs(b)) : maxAbs(a)));
        comparedDomain.set(symmetric(same ? Math.max(maxAbs(a), maxAbs(b)) : maxAbs(b)));
        // The compared run joins the scatter only on the same φ axis (same value function).
        boolean aNoise = a != null && a.surprisals() != null;
        noise.setChart(aNoise ? ShapleyCharts.tokenNoise(a, same && b.surprisals() != null ? b : null) : null);
        table.dataProperty().set(a == null ? null : ShapleyCharts.table(a));
    }

    private static double[] symmetric(double m) {
        return m > 0 ? new double[] {-m, m} : new double[] {-1, 1};
    }

    private static double maxAbs(ShapleyRun r) {
        double m = 0;
        if (r != null) {
            for (double p : r.result().phi()) {
                m = Math.max(m, Math.abs(p));
            }
        }
        return m;
    }

    /** The shown result's nodes, for tests and snapshots. */
    public ResultPaneNodes shownNodes() {
        return new ResultPaneNodes(shown.strip(), shown.bars());
    }

    /** The strip and bars of a result pane. */
    public record ResultPaneNodes(org.tokenscope.views.controls.TokenStrip strip, ChartDataView bars) {
    }
}
