package org.tokenscope.views.premium;

import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ChartDataView;
import org.tokenscope.views.export.ExportActions;
import org.tokenscope.views.export.HeatmapData;

/**
 * A tab holding one chart: the {@link ChartDataView} grows with the data (a bar or a column per language)
 * inside a scroll pane, so 500 languages stay readable, and an empty-state line stands in when there is no data.
 * Right-click exports PNG and SVG.
 */
final class ChartTab {
    /** Canvas textures above this size fail on some GPUs; the widest chart is drawn tighter instead. */
    private static final double MAX_EXTENT = 8000;

    private final Tab tab;
    private final ChartDataView view = new ChartDataView();
    private final ScrollPane scroll = new ScrollPane(view);
    private final Supplier<ChartData> data;
    private final Label empty = new Label();

    /**
     * @param data     the chart to show, null when there is nothing to draw
     * @param emptyText what to do to get a chart
     * @param triggers what the chart depends on
     */
    ChartTab(String id, String title, Supplier<ChartData> data, String emptyText, Node options, Observable... triggers) {
        this.data = data;
        view.setId(id);
        scroll.getStyleClass().add("premium-chart-scroll");
        empty.setText(emptyText);
        empty.getStyleClass().add("premium-empty");
        empty.setWrapText(true);
        StackPane body = new StackPane(scroll, empty);
        BorderPane content = new BorderPane(body);
        if (options != null) {
            content.setTop(options);
        }
        tab = new Tab(title, content);
        tab.setId(id.replace("chart", "tab"));
        for (Observable o : triggers) {
            o.addListener(x -> refresh());
        }
        scroll.viewportBoundsProperty().addListener(x -> size());
        ExportActions.install(view, ExportActions.chartMenu(view, view::getChart));
        refresh();
    }

    Tab tab() {
        return tab;
    }

    ChartDataView view() {
        return view;
    }

    /** The chart as last drawn, null while empty. */
    ChartData chart() {
        return view.getChart();
    }

    void refresh() {
        ChartData d = data.get();
        view.setChart(d);
        empty.setVisible(d == null);
        scroll.setVisible(d != null);
        size();
    }

    /** Bars widen with their categories and heatmaps grow with their rows; both fill the viewport at least. */
    private void size() {
        Bounds b = scroll.getViewportBounds();
        double w = Math.max(200, b.getWidth());
        double h = Math.max(200, b.getHeight());
        ChartData d = view.getChart();
        if (d instanceof BarChartData bars) {
            double perCategory = Math.max(14, bars.series().size() * 7 + 6);
            w = Math.max(w, Math.min(MAX_EXTENT, 90 + bars.categories().size() * perCategory));
        } else if (d instanceof HeatmapData heat) {
            w = Math.max(w, Math.min(MAX_EXTENT, 200 + heat.columns().size() * 14)); // 14 px columns fit rotated labels
        }
        view.setPrefSize(w, h);
        view.setMinSize(w, h);
    }
}
