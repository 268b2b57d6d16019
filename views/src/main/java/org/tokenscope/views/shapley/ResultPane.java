package org.tokenscope.views.shapley;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tokenscope.views.controls.HeatLegend;
import org.tokenscope.views.controls.TokenStrip;
import org.tokenscope.views.export.ChartDataView;
import org.tokenscope.views.export.ColorScale;
import org.tokenscope.views.export.ExportActions;

/**
 * One result: what was asked (value function, masking, estimator), the prompt with each player tinted by φ on
 * the diverging scale and its legend, the efficiency check, and the bars of φ with error bars. Two of these sit
 * side by side; they share the colour domain so equal tints mean equal φ in both.
 */
final class ResultPane extends VBox {
    private final TokenStrip strip = new TokenStrip(false); // as tall as its chips: a prompt is short
    private final ChartDataView bars = new ChartDataView();
    private final HeatLegend legend = new HeatLegend();
    private final Label how = new Label();
    private final Label check = new Label();
    private final Label empty = new Label();
    private final FlowPane legendRow;

    ResultPane(String id, ObservableValue<ShapleyRun> run, ObjectProperty<double[]> domain, String emptyText) {
        super(6);
        setId(id);
        getStyleClass().add("shapley-result");
        setPadding(new Insets(6));
        how.getStyleClass().add("shapley-how");
        how.setWrapText(true);
        how.setId(id + "-how");
        how.setMinHeight(Region.USE_PREF_SIZE); // wrap rather than cut what was asked
        check.getStyleClass().add("shapley-check");
        check.setWrapText(true);
        check.setMinHeight(Region.USE_PREF_SIZE);
        check.setId(id + "-check");
        strip.setId(id + "-strip");
        strip.scaleProperty().set(ColorScale.DIVERGING);
        strip.domainProperty().bind(domain);
        legend.scaleProperty().set(ColorScale.DIVERGING);
        legend.titleProperty().set("φ: lowers ← 0 → raises the value");
        Label grey = new Label("grey: not a player, never masked");
        grey.getStyleClass().add("shapley-field-label");
        legendRow = new FlowPane(14, 2, legend, grey); // wraps the note under the scale on a narrow side
        legendRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        domain.addListener((o, was, now) -> legendRange(now));
        legendRange(domain.get());
        bars.setId(id + "-bars");
        bars.setMinHeight(260); // below this the axis labels crowd out the bars; the pane scrolls instead
        ExportActions.install(bars, ExportActions.chartMenu(bars, bars::getChart));
        empty.setWrapText(true);
        empty.getStyleClass().add("shapley-empty");
        empty.setText(emptyText);
        VBox.setVgrow(bars, Priority.ALWAYS);
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        run.addListener((o, was, now) -> show(now));
        show(run.getValue());
    }

    private void legendRange(double[] d) {
        double m = d == null ? 1 : d[1];
        legend.lowTextProperty().set(String.format(Locale.ROOT, "%+.3g", -m));
        legend.highTextProperty().set(String.format(Locale.ROOT, "%+.3g", m));
    }

    private void show(ShapleyRun r) {
        if (r == null) {
            getChildren().setAll(empty);
            strip.getTokens().clear();
            bars.setChart(null);
            return;
        }
        how.setText(r.how());
        check.setText(r.efficiencyLine());
        strip.getTokens().setAll(StripTokens.of(r));
        bars.setChart(ShapleyCharts.bars(r));
        if (getChildren().size() != 5) {
            getChildren().setAll(how, strip, legendRow, check, bars);
        }
    }

    TokenStrip strip() {
        return strip;
    }

    ChartDataView bars() {
        return bars;
    }
}
