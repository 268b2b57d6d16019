package org.tokenscope.app.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tokenscope.views.jobs.JobRunner;

/**
 * The File menu's project commands: New, Open, Open Sample, Open Prompts, Save, Save As, Revert, the
 * unsaved-changes question and crash recovery. Reading runs as a job; a file that cannot be read is
 * reported and leaves the open project exactly as it was. Saving is synchronous: a project is small, and
 * "Save, then close" must know the outcome before the window goes. Call on the FX thread.
 */
public final class ProjectActions {
    private static final System.Logger LOG = System.getLogger(ProjectActions.class.getName());

    private final ProjectDocument document;
    private final JobRunner jobs;
    private final ProjectDialogs dialogs;
    private final ModelLink models;
    private Autosave autosave;
    private RecoveryStore recoveries;
    private Path lastFolder;

    public ProjectActions(ProjectDocument document, JobRunner jobs, ProjectDialogs dialogs, ModelLink models) {
        this.document = document;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.models = models;
    }

    /** Enables crash recovery: {@code autosave} keeps this window's copy, {@code store} holds older sessions'. */
    public void useRecovery(Autosave autosave, RecoveryStore store) {
        this.autosave = autosave;
        this.recoveries = store;
    }

    public ProjectDocument document() {
        return document;
    }

    public void newProject() {
        if (confirmDiscard("creating a new project")) {
            document.replace(Project.empty(), null, false, null);
        }
    }

    /** Asks for a project file and opens it. */
    public void open() {
        if (confirmDiscard("opening another project")) {
            dialogs.chooseProjectToOpen(lastFolder).ifPresent(this::read);
        }
    }

    /** Opens {@code file} after the unsaved-changes question. */
    public void open(Path file) {
        open(file, () -> { });
    }

    /** Opens {@code file}; {@code thenRun} runs once it is the open project (not if declined or unreadable). */
    public void open(Path file, Runnable thenRun) {
        if (confirmDiscard("opening " + file.getFileName())) {
            read(file, thenRun);
        }
    }

    private void read(Path file) {
        read(file, () -> { });
    }

    private void read(Path file, Runnable thenRun) {
        String name = String.valueOf(file.getFileName());
        jobs.task("Opening " + name, (progress, cancel) -> ProjectFiles.load(file))
                .failureHeader("Could not open " + name + "; the open project is unchanged.")
                .onSuccess(loaded -> {
                    Project project = loaded.project();
                    document.replace(project, file, false, null, loaded.stamp());
                    lastFolder = file.toAbsolutePath().getParent();
                    checkModel(project, lastFolder);
                    thenRun.run();
                })
                .start();
    }

    /** Opens a bundled sample: a project as a new untitled document, a prompt file into the prompt list. */
    public void openSample(SampleCatalog.Sample sample) {
        if (!sample.isProject()) {
            readPrompts(sample.fileName(), sample::prompts);
            return;
        }
        if (!confirmDiscard("opening a sample")) {
            return;
        }
        jobs.task("Opening sample " + sample.fileName(), (progress, cancel) -> sample.project())
                .failureHeader("Could not open the sample " + sample.fileName() + ".")
                .onSuccess(project -> {
                    // Untitled: Save asks where, so the bundled copy is never the one overwritten.
                    document.replace(project, null, false, sample.fileName() + " (sample)");
                    checkModel(project, null);
                })
                .start();
    }

    /** Asks for a prompt file and appends its prompts to the project's list. */
    public void openPrompts() {
        dialogs.choosePromptFile(lastFolder).ifPresent(this::openPrompts);
    }

    public void openPrompts(Path file) {
        openPrompts(file, () -> { });
    }

    /** Adds the prompts of {@code file}; {@code thenRun} runs once they are in the list (not if unreadable). */
    public void openPrompts(Path file, Runnable thenRun) {
        readPrompts(String.valueOf(file.getFileName()), () -> PromptFiles.read(file), thenRun);
    }

    private void readPrompts(String name, java.util.function.Supplier<List<String>> read) {
        readPrompts(name, read, () -> { });
    }

    private void readPrompts(String name, java.util.function.Supplier<List<String>> read, Runnable thenRun) {
        jobs.task("Reading prompts from " + name, (progress, cancel) -> read.get())
                .failureHeader("Could not read prompts from " + name + ".")
                .onSuccess(prompts -> {
                    document.addPrompts(prompts);
                    thenRun.run();
                })
                .start();
    }

    /**
     * Saves to the project's file, or asks where when it has none; false when nothing was written. When the file
     * changed on disk since it was opened or saved here, asks first: overwrite, save elsewhere, or cancel.
     */
    public boolean save() {
        Optional<Path> file = document.file();
        if (file.isEmpty()) {
            return saveAs();
        }
        return switch (checkDisk(file.get())) {
            case OVERWRITE -> saveTo(file.get());
            case SAVE_AS -> saveAs();
            case CANCEL -> false;
        };
    }

    /** Overwrite when the file is as this window left it; otherwise the user's answer. */
    private ProjectDialogs.ChangedOnDiskChoice checkDisk(Path file) {
        Optional<FileStamp> known = document.diskStamp();
        boolean changed;
        try {
            changed = known.isPresent() && known.get().changedOnDisk(file);
        } catch (IOException e) {
            changed = false; // unreadable now: the save itself reports what is wrong
        }
        if (!changed) {
            return ProjectDialogs.ChangedOnDiskChoice.OVERWRITE;
        }
        String name = String.valueOf(file.getFileName());
        String when;
        try {
            when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                    .withZone(java.time.ZoneId.systemDefault()).format(java.nio.file.Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            when = "an unknown time";
        }
        return dialogs.askChangedOnDisk(name, name + " on disk was modified at " + when
                + ", after this window " + (known.get().sha256() == null ? "autosaved your changes" : "opened or saved it") + ".");
    }

    public boolean saveAs() {
        // A sample suggests its own file name; titles make poor file names (colons, slashes).
        String shown = document.displayNameProperty().get().replace(" (sample)", "");
        String suggested = shown.endsWith(ProjectFiles.EXTENSION) ? shown : "untitled" + ProjectFiles.EXTENSION;
        return dialogs.chooseProjectToSave(suggested, lastFolder).map(f -> saveTo(ProjectFiles.withExtension(f))).orElse(false);
    }

    /** Writes the project, with the loaded model as its reference, atomically to {@code file}. */
    public boolean saveTo(Path file) {
        Project project = projectToSave();
        FileStamp written;
        try {
            written = ProjectFiles.write(project, file);
        } catch (ProjectException e) {
            jobs.report("Could not save " + file.getFileName() + "; your changes are still open.", e);
            return false;
        }
        document.markSaved(project, file, written);
        lastFolder = file.toAbsolutePath().getParent();
        return true;
    }

    /** The project as it would be saved now: with the loaded model as its reference, when known. */
    public Project projectToSave() {
        Project p = document.project();
        return models.current().map(p::withModel).orElse(p);
    }

    /** Reloads the project from its file, dropping unsaved changes after asking. */
    public void revert() {
        Optional<Path> file = document.file();
        if (file.isEmpty() || (document.isDirty() && !dialogs.confirmRevert(document.displayNameProperty().get()))) {
            return;
        }
        read(file.get());
    }

    /** The window is about to close: true when it may (saved, discarded, or nothing to lose). */
    public boolean confirmClose() {
        return confirmDiscard("closing the window");
    }

    private boolean confirmDiscard(String action) {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsaved(document.displayNameProperty().get(), action)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Compares the project's model reference with the disk, then loads it or asks what to do. */
    private void checkModel(Project project, Path projectFolder) {
        project.model().ifPresent(ref -> jobs.task("Checking the project's model",
                        (progress, cancel) -> ModelCheck.of(ref, projectFolder, models::embeddedOnnx))
                .onSuccess(this::afterModelCheck)
                .start());
    }

    private void afterModelCheck(ModelCheck check) {
        ProjectDialogs.ModelChoice choice = check.isProblem() ? dialogs.askAboutModel(check) : ProjectDialogs.ModelChoice.USE_ANYWAY;
        switch (choice) {
            case USE_ANYWAY -> {
                if (check.status() == ModelCheck.Status.MISSING || models.isLoaded(check.onnxFile())) {
                    return;
                }
                if (check.reference().embedded()) {
                    models.openEmbedded();
                } else {
                    models.open(check.onnxFile());
                }
            }
            case LOCATE -> dialogs.locateModel(check.onnxFile().getParent()).ifPresent(models::open);
            case KEEP_CURRENT -> { }
        }
    }

    /**
     * What a recovered project's file is taken to hold: as it is now when the autosave is newer (the file is
     * what the user had open), unknown when the file changed after the autosave, so that saving over it asks.
     */
    private static FileStamp stampOf(RecoveryStore.Recovery recovery) {
        if (recovery.origin().isEmpty() || recovery.originIsNewer()) {
            return FileStamp.UNKNOWN;
        }
        try {
            return FileStamp.read(recovery.origin().get());
        } catch (IOException e) {
            return null; // gone: nothing to overwrite
        }
    }

    /** At start: offers the newest work a crash left behind, if any. */
    public void offerRecovery() {
        if (recoveries == null) {
            return;
        }
        List<RecoveryStore.Recovery> found = recoveries.orphans();
        if (found.isEmpty()) {
            return;
        }
        RecoveryStore.Recovery recovery = found.get(0); // older ones stay on disk and are offered next time
        dialogs.offerRecovery(recovery, accepted -> {
            try {
                if (accepted) {
                    Project project = recovery.load();
                    document.replace(project, recovery.origin().orElse(null), true, null, stampOf(recovery));
                    if (autosave != null) {
                        autosave.saveNow(); // now in this session's care before the old copy goes
                        autosave.flush();
                    }
                }
                recovery.discard();
            } catch (ProjectException e) {
                jobs.report("The autosaved project could not be recovered.", e);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot remove " + recovery.dir(), e);
            }
        });
    }
}
