package org.tokenscope.views.counterfactual;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * KL(q‖q′) per generated step after the intervention, as a small ChartFx line chart, with a line under it
 * for what a chart cannot draw: the mean, and the steps where KL is infinite (q′ dropped a token q could
 * produce, which truncating warpers do).
 */
public final class KlChart extends VBox {
    private final DefaultNumericAxis x = new DefaultNumericAxis("generated position");
    private final DefaultNumericAxis y = new DefaultNumericAxis("KL(q‖q′)", "nats");
    private final XYChart chart = new XYChart(x, y);
    private final DoubleDataSet data = new DoubleDataSet("KL(q‖q′)");
    private final Label note = new Label();

    public KlChart() {
        getStyleClass().add("cf-kl");
        x.setAutoRangeRounding(false);
        x.setUnit(null); // positions have no unit; without this ChartFx prints "[]"
        y.setForceZeroInRange(true);
        ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(true);
        renderer.getDatasets().add(data);
        chart.getRenderers().setAll(renderer);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        // A small chart: the comparison above is the point. Inline, because ChartFx's own stylesheet sets 450 px.
        chart.setStyle("-fx-pref-height: 190px; -fx-min-height: 140px; -fx-max-height: 220px;");
        note.getStyleClass().add("cf-kl-note");
        note.setWrapText(true);
        getChildren().addAll(chart, note);
        show(0, new double[0]);
    }

    /** KL values from generated position {@code start}; an empty array shows the empty state. */
    public void show(int start, double[] kl) {
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        List<Integer> infinite = new ArrayList<>();
        for (int i = 0; i < kl.length; i++) {
            if (Double.isFinite(kl[i])) {
                xs.add((double) (start + i));
                ys.add(kl[i]);
            } else {
                infinite.add(start + i);
            }
        }
        data.set(xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray());
        chart.setVisible(kl.length > 0);
        chart.setManaged(kl.length > 0);
        if (kl.length == 0) {
            note.setText("KL(q‖q′) per step appears here once a token is replaced: how far the counterfactual's next-token "
                    + "distribution q′ moved from the factual q at each later step.");
            return;
        }
        double mean = ys.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        note.setText("KL(q‖q′) at each generated step after the change, in nats; mean " + Labels.nats(mean)
                + (infinite.isEmpty() ? "." : "; infinite (not drawn) at " + infinite + ": q′ gives 0 to a token q could produce."));
    }

    /** The chart node, for PNG export. */
    public XYChart chart() {
        return chart;
    }
}
