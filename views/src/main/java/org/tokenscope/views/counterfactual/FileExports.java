package org.tokenscope.views.counterfactual;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.export.NodeImages;

/** Save dialogs for the panel's own exports (HTML, PNG of any node, JSON text); failures show the standard alert. */
final class FileExports {
    private FileExports() {
    }

    @FunctionalInterface
    interface Write {
        void to(Path file) throws IOException;
    }

    /** Asks where to save and writes; does nothing when the dialog is cancelled. */
    static void save(Node owner, String title, String suggested, String kind, String pattern, Write write) {
        Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(window);
        if (file == null) {
            return;
        }
        try {
            write.to(file.toPath());
        } catch (IOException | RuntimeException e) {
            ErrorAlert.create(window, "The export could not be written.", ErrorAlert.oneLine(e), e).show();
        }
    }

    static Write text(Supplier<String> text) {
        return file -> Files.writeString(file, text.get(), StandardCharsets.UTF_8);
    }

    /** HTML, PNG and PNG 2× of the comparison; disabled items while there is nothing to export. */
    static ContextMenu comparisonMenu(Node node, Supplier<String> html) {
        MenuItem h = item("cf-export-html", "Export HTML…", () -> save(node, "Export HTML", "counterfactual.html", "HTML page", "*.html",
                text(html)));
        MenuItem p1 = item("cf-export-png", "Export PNG…", () -> save(node, "Export PNG", "counterfactual.png", "PNG image", "*.png",
                f -> NodeImages.writePng(node, 1, f)));
        MenuItem p2 = item("cf-export-png-2x", "Export PNG (2×)…", () -> save(node, "Export PNG", "counterfactual@2x.png", "PNG image",
                "*.png", f -> NodeImages.writePng(node, 2, f)));
        return new ContextMenu(h, p1, p2);
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
