package org.tokenscope.views.sae;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.tokenscope.host.sae.FeatureContext;
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.host.sae.LogitEffect;
import org.tokenscope.host.sae.Neighbour;
import org.tokenscope.views.controls.TokenStrip;
import org.tokenscope.views.export.ChartDataView;
import org.tokenscope.views.export.ExportActions;

/**
 * One feature: density and activations, its top-activating contexts as token chips tinted by the feature's
 * activation, the activation histogram, the logit effects through the unembedding, and its nearest features
 * by decoder cosine (click to open). Right-click the histogram or the logit effects to export them.
 */
final class FeatureCard extends ScrollPane {
    private final SaeViewModel vm;
    private final VBox body = new VBox(8);

    FeatureCard(SaeViewModel vm) {
        this.vm = vm;
        setId("sae-card");
        setFitToWidth(true);
        body.setPadding(new Insets(8));
        setContent(body);
        vm.selectedProperty().addListener((o, was, now) -> show(now));
        show(null);
    }

    private void show(FeatureSummary f) {
        body.getChildren().clear();
        if (f == null) {
            Label hint = new Label("Pick a feature in the list (or a feature in the prompt view) to see its card.");
            hint.setWrapText(true);
            body.getChildren().add(hint);
            return;
        }
        Label title = new Label("Feature " + f.index());
        title.setId("sae-card-title");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Label numbers = new Label(String.format(Locale.ROOT,
                "density %.5f (log10 %.2f) · max activation %.3f · mean activation when firing %.3f%s",
                f.density(), f.logDensity(), f.maxActivation(), f.meanActivation(), f.isDead() ? " · dead here" : ""));
        numbers.setId("sae-card-density");
        numbers.setWrapText(true);
        body.getChildren().addAll(title, numbers, heading("Top-activating contexts"));
        VBox contexts = new VBox(4);
        contexts.setId("sae-card-contexts");
        for (FeatureContext c : f.topContexts()) {
            contexts.getChildren().add(strip(c, f.maxActivation()));
        }
        if (f.topContexts().isEmpty()) {
            contexts.getChildren().add(new Label("The feature does not fire on the examined tokens."));
        }
        body.getChildren().add(contexts);
        if (!f.quantileContexts().isEmpty()) {
            body.getChildren().add(heading("Contexts by activation band (weakest first)"));
            VBox bands = new VBox(4);
            int b = 0;
            for (List<FeatureContext> band : f.quantileContexts()) {
                b++;
                for (FeatureContext c : band.stream().limit(2).toList()) {
                    bands.getChildren().add(strip(c, f.maxActivation()));
                }
            }
            body.getChildren().add(bands);
        }
        body.getChildren().addAll(heading("Activation histogram (where it fires)"), histogram(f));
        body.getChildren().addAll(heading("Logit effects (decoder direction through the unembedding)"), logits(f));
        body.getChildren().add(heading("Nearest features by decoder cosine"));
        FlowPane neighbours = new FlowPane(6, 4);
        neighbours.setId("sae-card-neighbours");
        for (Neighbour n : f.neighbours()) {
            Hyperlink link = new Hyperlink(String.format(Locale.ROOT, "#%d (%.2f)", n.feature(), n.cosine()));
            link.setId("sae-neighbour-" + n.feature());
            link.setOnAction(e -> vm.openFeature(n.feature()));
            neighbours.getChildren().add(link);
        }
        body.getChildren().add(neighbours);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }

    static TokenStrip strip(FeatureContext c, double max) {
        TokenStrip strip = new TokenStrip(false);
        strip.getStyleClass().add("sae-context");
        strip.domainProperty().set(new double[] {0, Math.max(max, 1e-6)});
        List<TokenStrip.Token> tokens = new ArrayList<>();
        for (int i = 0; i < c.displays().length; i++) {
            float a = c.activations()[i];
            tokens.add(new TokenStrip.Token(c.displays()[i], a, String.format(Locale.ROOT, "%s: activation %.3f",
                    c.texts()[i], a), i == c.focus()));
        }
        strip.getTokens().setAll(tokens);
        return strip;
    }

    private static ChartDataView histogram(FeatureSummary f) {
        ChartDataView chart = new ChartDataView(SaeExports.histogram(f));
        chart.setId("sae-card-histogram");
        chart.setPrefHeight(200);
        ExportActions.install(chart, ExportActions.chartMenu(chart, chart::getChart));
        return chart;
    }

    private static GridPane logits(FeatureSummary f) {
        GridPane g = new GridPane();
        g.setId("sae-card-logits");
        ExportActions.install(g, ExportActions.tableMenu(g, () -> SaeExports.logitTable(f)));
        g.setHgap(16);
        g.setVgap(2);
        g.add(heading("promotes"), 0, 0, 2, 1);
        g.add(heading("suppresses"), 2, 0, 2, 1);
        fill(g, f.topLogits(), 0);
        fill(g, f.bottomLogits(), 2);
        if (f.topLogits().isEmpty() && f.bottomLogits().isEmpty()) {
            g.add(new Label("The model's unembedding is not known: no logit effects."), 0, 1, 4, 1);
        }
        return g;
    }

    private static void fill(GridPane g, List<LogitEffect> effects, int col) {
        int row = 1;
        for (LogitEffect e : effects) {
            g.add(new Label(e.display()), col, row);
            g.add(new Label(String.format(Locale.ROOT, "%+.3f", e.value())), col + 1, row);
            row++;
        }
    }
}
