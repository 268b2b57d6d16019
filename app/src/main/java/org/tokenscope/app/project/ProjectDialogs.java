package org.tokenscope.app.project;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** The questions the File menu asks the user; the window answers with dialogs, tests with fixed answers. */
public interface ProjectDialogs {
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum ModelChoice { USE_ANYWAY, LOCATE, KEEP_CURRENT }

    enum ChangedOnDiskChoice { OVERWRITE, SAVE_AS, CANCEL }

    /** The document has unsaved changes and {@code action} ("closing the window") would drop them. */
    UnsavedChoice askUnsaved(String documentName, String action);

    Optional<Path> chooseProjectToOpen(Path initialFolder);

    Optional<Path> chooseProjectToSave(String suggestedName, Path initialFolder);

    Optional<Path> choosePromptFile(Path initialFolder);

    /**
     * The project's file changed on disk since this window opened or saved it (another window, a sync client, a
     * checkout): overwrite it, save elsewhere, or cancel. {@code detail} says what changed, in a sentence.
     */
    ChangedOnDiskChoice askChangedOnDisk(String documentName, String detail);

    /** Revert drops the unsaved changes. */
    boolean confirmRevert(String documentName);

    /** The project's model is missing or changed; {@link ModelChoice#USE_ANYWAY} only when it exists. */
    ModelChoice askAboutModel(ModelCheck check);

    /** Lets the user point at the model (folder or ONNX file). */
    Optional<Path> locateModel(Path near);

    /**
     * Offers to restore unsaved work a crash left ({@link RecoveryStore.Recovery#describe()} says what, and
     * whether the project's file is newer than the autosave); answers later through {@code answer} (true: recover), so
     * it can be asked while the window is still starting.
     */
    void offerRecovery(RecoveryStore.Recovery recovery, Consumer<Boolean> answer);
}
