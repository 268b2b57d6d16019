package org.tokenscope.views.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tokenscope.views.controls.ErrorAlert;

/**
 * The export menu a panel attaches to its charts and tables: PNG at 1× and 2×, SVG from the chart's data,
 * CSV and JSON from the table's data. A panel writes one line per chart:
 * {@code ExportActions.install(chartNode, ExportActions.chartMenu(chartNode, viewModel::chartData))}.
 */
public final class ExportActions {
    private ExportActions() {
    }

    /** PNG 1×, PNG 2× and SVG for a chart shown by {@code node} and described by {@code data}. */
    public static ContextMenu chartMenu(Node node, Supplier<ChartData> data) {
        return new ContextMenu(
                item("export-png-1x", "Export PNG…", node, "chart.png", "PNG image", "*.png",
                        file -> NodeImages.writePng(node, 1, file)),
                item("export-png-2x", "Export PNG (2×)…", node, "chart@2x.png", "PNG image", "*.png",
                        file -> NodeImages.writePng(node, 2, file)),
                item("export-svg", "Export SVG…", node, "chart.svg", "SVG image", "*.svg",
                        file -> SvgChartWriter.write(data.get(), file)));
    }

    /** CSV and JSON for a table shown by {@code node} and described by {@code data}. */
    public static ContextMenu tableMenu(Node node, Supplier<TableData> data) {
        return new ContextMenu(
                item("export-csv", "Export CSV…", node, "table.csv", "CSV table", "*.csv", file -> CsvWriter.write(data.get(), file)),
                item("export-json", "Export JSON…", node, "table.json", "JSON table", "*.json", file -> TableJson.write(data.get(), file)));
    }

    /** Shows {@code menu} on a right click (or the keyboard's context-menu key) on {@code node}. */
    public static void install(Node node, ContextMenu menu) {
        node.setOnContextMenuRequested(e -> menu.show(node, e.getScreenX(), e.getScreenY()));
    }

    @FunctionalInterface
    private interface FileWrite {
        void write(Path file) throws IOException;
    }

    private static MenuItem item(String id, String text, Node node, String suggested, String kind, String pattern, FileWrite write) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            Window owner = node.getScene() == null ? null : node.getScene().getWindow();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.replace("…", ""));
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
            File file = chooser.showSaveDialog(owner);
            if (file == null) {
                return;
            }
            try {
                write.write(file.toPath());
            } catch (IOException | RuntimeException ex) {
                ErrorAlert.create(owner, "The export could not be written.", ErrorAlert.oneLine(ex), ex).show();
            }
        });
        return item;
    }
}
