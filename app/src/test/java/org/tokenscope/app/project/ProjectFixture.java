package org.tokenscope.app.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tokenscope.views.jobs.JobRunner;

/** ProjectActions on a same-thread job runner, with scripted dialog answers and a fake model session. */
final class ProjectFixture {
    record Reported(String header, Throwable cause) {
    }

    /** Answers the tests set in advance; records what was asked. */
    static final class Dialogs implements ProjectDialogs {
        UnsavedChoice unsaved = UnsavedChoice.CANCEL;
        Path saveAs;
        Path openFile;
        boolean revert = true;
        ModelChoice modelChoice = ModelChoice.KEEP_CURRENT;
        Path locate;
        Boolean recover;
        ChangedOnDiskChoice changedOnDisk = ChangedOnDiskChoice.CANCEL;
        String lastRecoveryText;
        String lastChangedDetail;
        final List<String> asked = new ArrayList<>();
        ModelCheck lastCheck;

        @Override
        public UnsavedChoice askUnsaved(String documentName, String action) {
            asked.add("unsaved:" + documentName + ":" + action);
            return unsaved;
        }

        @Override
        public Optional<Path> chooseProjectToOpen(Path initialFolder) {
            return Optional.ofNullable(openFile);
        }

        @Override
        public Optional<Path> chooseProjectToSave(String suggestedName, Path initialFolder) {
            asked.add("save-as:" + suggestedName);
            return Optional.ofNullable(saveAs);
        }

        @Override
        public Optional<Path> choosePromptFile(Path initialFolder) {
            return Optional.empty();
        }

        @Override
        public ChangedOnDiskChoice askChangedOnDisk(String documentName, String detail) {
            asked.add("changed-on-disk:" + documentName);
            lastChangedDetail = detail;
            return changedOnDisk;
        }

        @Override
        public boolean confirmRevert(String documentName) {
            asked.add("revert:" + documentName);
            return revert;
        }

        @Override
        public ModelChoice askAboutModel(ModelCheck check) {
            lastCheck = check;
            asked.add("model:" + check.status());
            return modelChoice;
        }

        @Override
        public Optional<Path> locateModel(Path near) {
            return Optional.ofNullable(locate);
        }

        @Override
        public void offerRecovery(RecoveryStore.Recovery recovery, Consumer<Boolean> answer) {
            asked.add("recover:" + recovery.origin().map(Path::toString).orElse("untitled"));
            lastRecoveryText = recovery.describe();
            if (recover != null) {
                answer.accept(recover);
            }
        }
    }

    /** A model session that records what it was asked to load. */
    static final class Models implements ModelLink {
        ModelReference current;
        Path loadedFile;
        Path embedded = Path.of("/nonexistent/embedded/model.onnx");
        final List<String> opened = new ArrayList<>();

        @Override
        public Optional<ModelReference> current() {
            return Optional.ofNullable(current);
        }

        @Override
        public boolean isLoaded(Path onnxFile) {
            return onnxFile.equals(loadedFile);
        }

        @Override
        public void open(Path model) {
            opened.add(model.toString());
        }

        @Override
        public void openEmbedded() {
            opened.add("embedded");
        }

        @Override
        public Path embeddedOnnx() {
            return embedded;
        }
    }

    final List<Reported> errors = new ArrayList<>();
    final JobRunner jobs = JobRunner.sameThread((header, cause) -> errors.add(new Reported(header, cause)));
    final ProjectDocument document = new ProjectDocument();
    final Dialogs dialogs = new Dialogs();
    final Models models = new Models();
    final ProjectActions actions = new ProjectActions(document, jobs, dialogs, models);
}
