package org.tokenscope.views.export;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * Shows a {@link ChartData} on screen with the same layout as its SVG and PDF renderings: a simple chart for
 * panels that need no interaction, and a preview of what an export will look like. Redraws on resize.
 */
public final class ChartDataView extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ChartData> chart = new SimpleObjectProperty<>(this, "chart");

    public ChartDataView() {
        getStyleClass().add("chart-data-view");
        getChildren().add(canvas);
        chart.addListener((obs, was, now) -> requestLayout());
        setPrefSize(SvgChartWriter.DEFAULT_WIDTH, SvgChartWriter.DEFAULT_HEIGHT);
        setMinSize(160, 120);
    }

    public ChartDataView(ChartData data) {
        this();
        chart.set(data);
    }

    public ObjectProperty<ChartData> chartProperty() {
        return chart;
    }

    public ChartData getChart() {
        return chart.get();
    }

    public void setChart(ChartData data) {
        chart.set(data);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (chart.get() != null && w > 0 && h > 0) {
            ChartPainter.paint(chart.get(), new FxChartCanvas(g), w, h);
        }
    }
}
