package org.tokenscope.views.controls;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.StackPane;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.Markup;
import org.tokenscope.views.export.SeriesPalette;

/**
 * A ChartFx line chart of a {@link LineChartData}: one line per series in the export palette, each threshold
 * as a dashed horizontal line with its label, and an optional vertical marker at a chosen x (the selected
 * step). The chart on screen and its SVG export are drawn from the same data, so they cannot disagree.
 * Setting new data replaces the points in place; the data sets are reused, so a chart can follow a growing
 * series step by step.
 */
public final class FxLineChart extends StackPane {
    private final ObjectProperty<LineChartData> data = new SimpleObjectProperty<>(this, "data");
    private final DoubleProperty markerX = new SimpleDoubleProperty(this, "markerX", Double.NaN);
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("x");
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("y");
    private final XYChart chart = new XYChart(xAxis, yAxis);
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private final List<YValueIndicator> thresholds = new ArrayList<>();
    private XValueIndicator marker;

    public FxLineChart() {
        getStyleClass().add("fx-line-chart");
        getStylesheets().add(FxLineChart.class.getResource("fx-line-chart.css").toExternalForm());
        xAxis.setUnit(null); // no unit: ChartFx would print an empty "[]" after the name
        yAxis.setUnit(null);
        xAxis.setAutoRangeRounding(false);
        xAxis.setForceZeroInRange(true);
        yAxis.setForceZeroInRange(true); // entropies and surprisals start at 0: a floating axis exaggerates noise
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(true);
        chart.getRenderers().setAll(renderer);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefSize(480, 260);
        chart.setMinSize(160, 120);
        getChildren().add(chart);
        data.addListener((o, was, now) -> show(now));
        markerX.addListener((o, was, now) -> showMarker(now.doubleValue()));
    }

    public ObjectProperty<LineChartData> dataProperty() {
        return data;
    }

    /** x of the vertical marker; NaN hides it. */
    public DoubleProperty markerXProperty() {
        return markerX;
    }

    /** The ChartFx chart, for snapshots and plugins. */
    public XYChart chart() {
        return chart;
    }

    private void show(LineChartData d) {
        if (d == null) {
            renderer.getDatasets().clear();
            sets.clear();
            setThresholds(List.of());
            return;
        }
        chart.setTitle(d.title());
        xAxis.setName(d.xTitle());
        yAxis.setName(d.yTitle());
        List<ChartData.Series> series = d.series();
        while (sets.size() > series.size()) {
            renderer.getDatasets().remove(sets.remove(sets.size() - 1));
        }
        for (int i = 0; i < series.size(); i++) {
            ChartData.Series s = series.get(i);
            double[] xs = s.points().stream().mapToDouble(ChartData.Point::x).toArray();
            double[] ys = s.points().stream().mapToDouble(p -> Double.isFinite(p.y()) ? p.y() : Double.NaN).toArray();
            if (i == sets.size()) {
                DoubleDataSet set = new DoubleDataSet(s.name());
                String c = SeriesPalette.color(i);
                set.setStyle("-fx-stroke: " + c + "; -fx-fill: " + c + "; -fx-stroke-width: 1.5; -fx-marker-color: " + c + ";");
                sets.add(set);
                renderer.getDatasets().add(set);
            }
            DoubleDataSet set = sets.get(i);
            set.setName(s.name());
            set.set(xs, ys);
        }
        setThresholds(d.thresholds());
    }

    private void setThresholds(List<ChartData.Threshold> wanted) {
        chart.getPlugins().removeAll(thresholds);
        thresholds.clear();
        for (ChartData.Threshold t : wanted) {
            // Labelled "name = value" as the export painter labels them, so screen and file read the same.
            String label = (t.label() == null || t.label().isBlank() ? "" : t.label() + " = ") + Markup.number(t.y());
            YValueIndicator line = new YValueIndicator(yAxis, t.y(), label);
            line.setEditable(false);
            line.setLabelVerticalAnchor(javafx.geometry.VPos.BOTTOM); // above its line, clear of the x axis at y = 0
            line.setLabelPosition(0.92);
            thresholds.add(line);
        }
        chart.getPlugins().addAll(thresholds);
    }

    private void showMarker(double x) {
        if (marker != null) {
            chart.getPlugins().remove(marker);
            marker = null;
        }
        if (Double.isFinite(x)) {
            marker = new XValueIndicator(xAxis, x);
            marker.setEditable(false);
            chart.getPlugins().add(marker);
        }
    }
}
