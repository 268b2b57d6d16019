package org.tokenscope.app.project;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ProjectDialogs} as JavaFX dialogs and file choosers owned by the main window. */
public final class FxProjectDialogs implements ProjectDialogs {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType USE_ANYWAY = new ButtonType("Use It Anyway", ButtonBar.ButtonData.OTHER);
    static final ButtonType LOCATE = new ButtonType("Locate…", ButtonBar.ButtonData.YES);
    static final ButtonType KEEP = new ButtonType("Keep Current Model", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
    static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonBar.ButtonData.YES);

    private final Window owner;

    public FxProjectDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName, String action) {
        Alert a = alert(Alert.AlertType.WARNING, "unsaved-changes-dialog", "Unsaved changes",
                "Save the changes to " + documentName + " before " + action + "?",
                "Your changes are lost if you don't save them.", SAVE, DONT_SAVE, ButtonType.CANCEL);
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == SAVE ? UnsavedChoice.SAVE : b == DONT_SAVE ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialFolder) {
        FileChooser c = projectChooser("Open Project", initialFolder);
        return path(c.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseProjectToSave(String suggestedName, Path initialFolder) {
        FileChooser c = projectChooser("Save Project As", initialFolder);
        c.setInitialFileName(suggestedName);
        return path(c.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> choosePromptFile(Path initialFolder) {
        FileChooser c = new FileChooser();
        c.setTitle("Open Prompts");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Prompt files (text blocks, JSONL)", "*.txt", "*.jsonl"),
                new FileChooser.ExtensionFilter("All files", "*"));
        initial(c, initialFolder);
        return path(c.showOpenDialog(owner));
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String documentName, String detail) {
        Alert a = alert(Alert.AlertType.WARNING, "changed-on-disk-dialog", "File changed on disk",
                documentName + " was changed by another program since you opened or saved it.",
                detail + "\n\nOverwrite replaces those changes with yours; Save As keeps both.",
                SAVE_AS, OVERWRITE, ButtonType.CANCEL);
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == OVERWRITE ? ChangedOnDiskChoice.OVERWRITE : b == SAVE_AS ? ChangedOnDiskChoice.SAVE_AS : ChangedOnDiskChoice.CANCEL;
    }

    @Override
    public boolean confirmRevert(String documentName) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, "revert-dialog", "Revert",
                "Discard your changes and reload " + documentName + " from disk?", "This cannot be undone.",
                ButtonType.OK, ButtonType.CANCEL);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public ModelChoice askAboutModel(ModelCheck check) {
        boolean exists = check.status() != ModelCheck.Status.MISSING;
        Alert a = exists
                ? alert(Alert.AlertType.WARNING, "model-check-dialog", "Model changed", "The project's model has changed.",
                        check.message(), USE_ANYWAY, LOCATE, KEEP)
                : alert(Alert.AlertType.WARNING, "model-check-dialog", "Model missing", "The project's model is missing.",
                        check.message(), LOCATE, KEEP);
        ButtonType b = a.showAndWait().orElse(KEEP);
        return b == USE_ANYWAY ? ModelChoice.USE_ANYWAY : b == LOCATE ? ModelChoice.LOCATE : ModelChoice.KEEP_CURRENT;
    }

    @Override
    public Optional<Path> locateModel(Path near) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Locate the Model Folder");
        if (near != null && Files.isDirectory(near)) {
            c.setInitialDirectory(near.toFile());
        }
        return path(c.showDialog(owner));
    }

    @Override
    public void offerRecovery(RecoveryStore.Recovery recovery, Consumer<Boolean> answer) {
        Alert a = alert(recovery.originIsNewer() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, "recovery-dialog",
                "Recover unsaved work", "Tokenscope did not close normally last time.", recovery.describe(), RECOVER, DISCARD);
        // Shown without waiting: this can be asked while the window is still starting up.
        a.resultProperty().addListener((obs, was, result) -> {
            if (result == RECOVER || result == DISCARD) {
                answer.accept(result == RECOVER); // closed some other way: leave it for the next start
            }
        });
        a.show();
    }

    private Alert alert(Alert.AlertType type, String id, String title, String header, String content, ButtonType... buttons) {
        Alert a = new Alert(type, content, buttons);
        a.initOwner(owner);
        a.setTitle("Tokenscope — " + title);
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        a.setResizable(true);
        return a;
    }

    private static FileChooser projectChooser(String title, Path initialFolder) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Tokenscope projects", "*" + ProjectFiles.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        initial(c, initialFolder);
        return c;
    }

    private static void initial(FileChooser c, Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            c.setInitialDirectory(folder.toFile());
        }
    }

    private static Optional<Path> path(File f) {
        return Optional.ofNullable(f).map(File::toPath);
    }
}
