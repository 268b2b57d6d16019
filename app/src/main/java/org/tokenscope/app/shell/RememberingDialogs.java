package org.tokenscope.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.tokenscope.app.project.ModelCheck;
import org.tokenscope.app.project.ProjectDialogs;
import org.tokenscope.app.project.RecoveryStore;

/**
 * The File menu's dialogs with one addition: a prompt file the user picks goes on the Open Recent list.
 * (Projects need no such hook: the window watches which file the open project lives in.)
 */
public final class RememberingDialogs implements ProjectDialogs {
    private final ProjectDialogs inner;
    private final RecentFiles recent;

    public RememberingDialogs(ProjectDialogs inner, RecentFiles recent) {
        this.inner = inner;
        this.recent = recent;
    }

    @Override
    public Optional<Path> choosePromptFile(Path initialFolder) {
        Optional<Path> picked = inner.choosePromptFile(initialFolder);
        picked.ifPresent(p -> recent.add(p, RecentFiles.Kind.PROMPTS));
        return picked;
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName, String action) {
        return inner.askUnsaved(documentName, action);
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialFolder) {
        return inner.chooseProjectToOpen(initialFolder);
    }

    @Override
    public Optional<Path> chooseProjectToSave(String suggestedName, Path initialFolder) {
        return inner.chooseProjectToSave(suggestedName, initialFolder);
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String documentName, String detail) {
        return inner.askChangedOnDisk(documentName, detail);
    }

    @Override
    public boolean confirmRevert(String documentName) {
        return inner.confirmRevert(documentName);
    }

    @Override
    public ModelChoice askAboutModel(ModelCheck check) {
        return inner.askAboutModel(check);
    }

    @Override
    public Optional<Path> locateModel(Path near) {
        return inner.locateModel(near);
    }

    @Override
    public void offerRecovery(RecoveryStore.Recovery recovery, Consumer<Boolean> answer) {
        inner.offerRecovery(recovery, answer);
    }
}
