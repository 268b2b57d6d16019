package org.tokenscope.views.premium;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.NodeImages;
import org.tokenscope.views.export.SvgChartWriter;
import org.tokenscope.views.export.TableData;
import org.tokenscope.views.export.TableJson;

/**
 * The panel's exports: the table as shown and with all metrics (CSV, JSON), and the current chart (PNG at 1×
 * and 2×, SVG). The write methods are what the menu items call, so tests exercise the same code without a
 * file chooser.
 */
final class PremiumExports {
    private final PremiumViewModel vm;
    private final Supplier<ChartTab> currentChart;

    PremiumExports(PremiumViewModel vm, Supplier<ChartTab> currentChart) {
        this.vm = vm;
        this.currentChart = currentChart;
    }

    /** The table as shown (metric per tokenizer, in table order); null before the first result. */
    TableData shownTable() {
        PremiumResult r = vm.resultProperty().get();
        return r == null ? null : PremiumTables.shown(r, vm.table().metricProperty().get(), vm.table().languageRows());
    }

    /** Every metric of every (language, tokenizer); null before the first result. */
    TableData allMetrics() {
        PremiumResult r = vm.resultProperty().get();
        return r == null ? null : PremiumTables.all(r);
    }

    void writeCsv(TableData table, Path file) throws IOException {
        CsvWriter.write(require(table), file);
    }

    void writeJson(TableData table, Path file) throws IOException {
        TableJson.write(require(table), file);
    }

    void writePng(ChartTab chart, double scale, Path file) throws IOException {
        NodeImages.writePng(requireChart(chart).view(), scale, file);
    }

    void writeSvg(ChartTab chart, Path file) throws IOException {
        ChartData d = requireChart(chart).chart();
        SvgChartWriter.write(d, file);
    }

    /** The toolbar's Export button: tables always, the chart when a chart tab is showing. */
    MenuButton menuButton() {
        MenuButton b = new MenuButton("Export");
        b.setId("premium-export");
        b.getItems().setAll(
                item("premium-export-csv", "Table as CSV…", "premium-table.csv", "*.csv", f -> writeCsv(shownTable(), f)),
                item("premium-export-json", "Table as JSON…", "premium-table.json", "*.json", f -> writeJson(shownTable(), f)),
                item("premium-export-all-csv", "All metrics as CSV…", "premium-all.csv", "*.csv", f -> writeCsv(allMetrics(), f)),
                item("premium-export-all-json", "All metrics as JSON…", "premium-all.json", "*.json", f -> writeJson(allMetrics(), f)),
                new SeparatorMenuItem(),
                item("premium-export-png", "Chart as PNG…", "premium-chart.png", "*.png", f -> writePng(currentChart.get(), 1, f)),
                item("premium-export-png-2x", "Chart as PNG (2×)…", "premium-chart@2x.png", "*.png",
                        f -> writePng(currentChart.get(), 2, f)),
                item("premium-export-svg", "Chart as SVG…", "premium-chart.svg", "*.svg", f -> writeSvg(currentChart.get(), f)));
        b.disableProperty().bind(vm.resultProperty().isNull());
        return b;
    }

    /** Right-click on the table: the same four table exports. */
    ContextMenu tableMenu() {
        return new ContextMenu(
                item(null, "Export table as CSV…", "premium-table.csv", "*.csv", f -> writeCsv(shownTable(), f)),
                item(null, "Export table as JSON…", "premium-table.json", "*.json", f -> writeJson(shownTable(), f)),
                item(null, "Export all metrics as CSV…", "premium-all.csv", "*.csv", f -> writeCsv(allMetrics(), f)),
                item(null, "Export all metrics as JSON…", "premium-all.json", "*.json", f -> writeJson(allMetrics(), f)));
    }

    @FunctionalInterface
    private interface Write {
        void to(Path file) throws IOException;
    }

    private MenuItem item(String id, String text, String suggested, String pattern, Write write) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            Window owner = item.getParentPopup() != null ? item.getParentPopup().getOwnerWindow() : null;
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.replace("…", ""));
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern.substring(2).toUpperCase(java.util.Locale.ROOT), pattern));
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return;
            }
            try {
                write.to(file.toPath());
            } catch (IOException | RuntimeException ex) {
                ErrorAlert.create(owner, "The export could not be written.", Outcome.oneLine(ex), ex).show();
            }
        });
        return item;
    }

    private static TableData require(TableData table) {
        if (table == null) {
            throw new IllegalStateException("nothing to export yet: press Compute first");
        }
        return table;
    }

    private static ChartTab requireChart(ChartTab chart) {
        if (chart == null || chart.chart() == null) {
            throw new IllegalStateException("show a chart tab with a chart to export it");
        }
        return chart;
    }
}
