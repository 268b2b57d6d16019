package org.tokenscope.app.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Drag and drop onto the window: model folders, project files and prompt files. The drop is accepted only when
 * at least one dragged file is something {@link DroppedFiles} knows, so the cursor tells the user before they
 * let go; while a usable drag hovers, the root carries the style class {@code drop-target}.
 */
public final class FileDrop {
    static final String HOVER_CLASS = "drop-target";

    private FileDrop() {
    }

    /** {@code open} receives the dropped paths, on the FX thread. */
    public static void install(Scene scene, Consumer<List<Path>> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (usable(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_ENTERED_TARGET, e -> {
            if (usable(e.getDragboard()) && !scene.getRoot().getStyleClass().contains(HOVER_CLASS)) {
                scene.getRoot().getStyleClass().add(HOVER_CLASS);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, e -> scene.getRoot().getStyleClass().remove(HOVER_CLASS));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            scene.getRoot().getStyleClass().remove(HOVER_CLASS);
            Dragboard db = e.getDragboard();
            if (!db.hasFiles()) {
                return;
            }
            List<Path> paths = db.getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            // After the drop has returned: a dialog it raises (unsaved changes) must not hold the drag source.
            Platform.runLater(() -> open.accept(paths));
        });
    }

    private static boolean usable(Dragboard db) {
        return db.hasFiles() && db.getFiles().stream().anyMatch(f -> DroppedFiles.kindOf(f.toPath()) != null);
    }
}
