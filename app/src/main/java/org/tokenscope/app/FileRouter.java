package org.tokenscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.tokenscope.app.project.ProjectActions;
import org.tokenscope.app.shell.DroppedFiles;
import org.tokenscope.app.shell.RecentFiles;

/**
 * Opens files the user dropped on the window or picked from Open Recent, each the way its kind is opened from
 * the menus: a model folder or .onnx file loads as the model, a project replaces the open project (after the
 * unsaved-changes question), a prompt file adds its prompts. One model and one project per drop: the last
 * model and the first project win, since only one of each can be open.
 */
final class FileRouter {
    private final Window owner;
    private final ProjectActions projects;
    private final Consumer<Path> openModel;
    private final RecentFiles recent;

    FileRouter(Window owner, ProjectActions projects, Consumer<Path> openModel, RecentFiles recent) {
        this.owner = owner;
        this.projects = projects;
        this.openModel = openModel;
        this.recent = recent;
    }

    void open(List<Path> paths) {
        Path model = null;
        Path project = null;
        List<Path> prompts = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Path p : paths) {
            RecentFiles.Kind kind = DroppedFiles.kindOf(p);
            if (kind == null) {
                unknown.add(String.valueOf(p.getFileName()));
            } else if (kind == RecentFiles.Kind.MODEL) {
                model = p;
            } else if (kind == RecentFiles.Kind.PROJECT && project == null) {
                project = p;
            } else if (kind == RecentFiles.Kind.PROMPTS) {
                prompts.add(p);
            }
        }
        if (model != null) {
            openModel.accept(model);
        }
        // Prompt files join the project dropped with them, so they are read once it is open (not at all if the
        // user keeps the current one).
        Runnable addPrompts = () -> prompts.forEach(this::openPrompts);
        if (project != null) {
            projects.open(project, addPrompts);
        } else {
            addPrompts.run();
        }
        if (!unknown.isEmpty()) {
            tell("unsupported-file-dialog", "Tokenscope cannot open " + String.join(", ", unknown) + ".",
                    "Drop a model folder or .onnx file, a project (*.tokenscope.json) or a prompt file (.txt, .jsonl).");
        }
    }

    /** Opens a recent entry; one that has gone away is said so and dropped from the list. */
    void open(RecentFiles.Entry entry) {
        Path p = entry.file();
        if (!Files.exists(p)) {
            recent.remove(entry);
            tell("missing-recent-dialog", p.getFileName() + " is no longer there.",
                    p + " was moved or deleted; it has been removed from Open Recent.");
            return;
        }
        switch (entry.kind()) {
            case MODEL -> openModel.accept(p);
            case PROJECT -> projects.open(p);
            case PROMPTS -> openPrompts(p);
        }
    }

    /** A prompt file goes on Open Recent once it has been read. */
    private void openPrompts(Path p) {
        projects.openPrompts(p, () -> recent.add(p, RecentFiles.Kind.PROMPTS));
    }

    private void tell(String id, String header, String content) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, content);
        a.initOwner(owner);
        a.setTitle("Tokenscope");
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        a.show();
    }
}
