package org.tokenscope.app.project;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** The questions the File menu asks the user; the window answers with dialogs, tests with fixed answers. */
public interface ProjectDialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum ModelChoice { USE_ANYWAY, LOCATE, KEEP_CURRENT }

    /** The document has unsaved changes and {@code action} ("closing the window") would drop them. */
    UnsavedChoice askUnsaved(String documentName, String action);

    Optional<Path> chooseProjectToOpen(Path initialFolder);

    Optional<Path> chooseProjectToSave(String suggestedName, Path initialFolder);

    Optional<Path> choosePromptFile(Path initialFolder);

    /** Revert drops the unsaved changes. */
    boolean confirmRevert(String documentName);

    /** The project's model is missing or changed; {@link ModelChoice#USE_ANYWAY} only when it exists. */
    ModelChoice askAboutModel(ModelCheck check);

    /** Lets the user point at the model (folder or ONNX file). */
    Optional<Path> locateModel(Path near);

    /**
     * Offers to restore unsaved work a crash left; answers later through {@code answer} (true: recover), so
     * it can be asked while the window is still starting.
     */
    void offerRecovery(RecoveryStore.Recovery recovery, Consumer<Boolean> answer);
}
