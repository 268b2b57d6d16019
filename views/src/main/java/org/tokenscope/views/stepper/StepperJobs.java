package org.tokenscope.views.stepper;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/**
 * Starts the stepper's jobs from the view model's state: checks the input on the FX thread (a missing prompt or
 * a setting out of range becomes the message line, not a job), runs {@link StepperWork} in the background, and
 * hands the steps back through {@code fx} as they come. One job at a time ({@link JobSlot}).
 */
final class StepperJobs {
    private final StepperViewModel vm;
    private final ModelProvider models;
    private final JobRunner jobs;
    private final Executor fx;
    private final SessionCache cache = new SessionCache();
    private final JobSlot slot = new JobSlot();
    private boolean scoring; // the running job scores a text (FX thread only)
    private int startedIn; // the view model's epoch when the running job started

    StepperJobs(StepperViewModel vm, ModelProvider models, JobRunner jobs, Executor fx) {
        this.vm = vm;
        this.models = models;
        this.jobs = jobs;
        this.fx = fx;
        models.modelProperty().addListener((o, was, now) -> releaseSession());
    }

    boolean busy() {
        return slot.busy();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return slot.busyProperty();
    }

    void pause() {
        slot.pause();
    }

    void advance(StepperWork.Until until, String title) {
        if (slot.busy()) {
            return;
        }
        vm.modeProperty().set(StepperViewModel.Mode.GENERATE);
        Run current = vm.runProperty().get();
        StepperWork.Start start = null;
        if (current == null) {
            String prompt = vm.promptProperty().get();
            if (prompt.isBlank()) {
                vm.setMessage("Type a prompt, or pick one of the project's prompts, then press Step.");
                return;
            }
            StepperSettings s = vm.settings();
            try {
                start = new StepperWork.Start(prompt, new Trace(s.sampler(), s.cautiousSettings(), s.maxTokensProperty().get(),
                        s.stopAtEosProperty().get(), new int[0], List.of(), Trace.RUNNING), s.topNProperty().get());
            } catch (IllegalArgumentException e) {
                vm.setMessage("Settings: " + e.getMessage());
                return;
            }
        } else if (current.finished()) {
            vm.setMessage("The run has ended (" + current.trace().stop() + "): Back undoes steps, Reset starts a new run.");
            return;
        }
        StepperWork.Start newRun = start;
        int epoch = vm.epoch();
        start(jobs.task(title, slot.tracked((progress, cancel) -> StepperWork.advance(cache, models, current, newRun, until,
                progress, cancel, r -> fx.execute(() -> vm.accept(epoch, r))))).onSuccess(o -> {
                    if (epoch == vm.epoch()) {
                        refusal(o.refusal());
                    }
                }));
    }

    void score() {
        if (slot.busy()) {
            return;
        }
        vm.modeProperty().set(StepperViewModel.Mode.SCORE);
        String text = vm.scoreTextProperty().get();
        if (text.isEmpty()) {
            vm.setMessage("Paste or type a text to score, then press Score.");
            return;
        }
        String context = vm.scoreAfterPromptProperty().get() ? vm.promptProperty().get() : null;
        scoring = true;
        int epoch = vm.epoch();
        // Pause (or the job's cancel in the status bar) stops a long text between windows; nothing is kept.
        start(jobs.task("Scoring the text", slot.tracked((progress, cancel) -> ScoreWork.score(models, text, context, progress,
                cancel))).onSuccess(o -> {
            refusal(o.refusal());
            if (o.value() != null && epoch == vm.epoch()) { // not after Reset or another project was shown
                vm.scored(o.value());
            }
        }));
    }

    /**
     * Reads a text file into the score input (strict UTF-8; a file is I/O, so it is read off the FX thread too). A
     * file that is not text is the message line, not an error dialog.
     */
    void openScoreText(java.nio.file.Path file) {
        if (slot.busy()) {
            return;
        }
        start(jobs.task("Opening " + file.getFileName(), (progress, cancel) -> ScoreWork.readText(file))
                .failureHeader("Could not read " + file.getFileName() + ".")
                .onSuccess(o -> {
                    refusal(o.refusal());
                    if (o.value() != null) {
                        vm.modeProperty().set(StepperViewModel.Mode.SCORE);
                        vm.scoreTextProperty().set(o.value());
                    }
                }));
    }

    private void start(JobRunner.Launch<?> launch) {
        vm.setMessage("");
        startedIn = vm.epoch();
        slot.start(launch, this::done);
    }

    private void done(boolean paused) {
        releaseSession();
        boolean wasScoring = scoring;
        scoring = false;
        if (startedIn != vm.epoch()) {
            return; // Reset or another project replaced the state this job worked on: nothing of it is to save
        }
        if (paused && wasScoring) {
            vm.setMessage("Scoring stopped before the end of the text: Score starts it again.");
            vm.changed();
            return;
        }
        Run run = vm.runProperty().get();
        if (paused && run != null) {
            vm.setMessage("Paused after " + run.steps().size() + " tokens: Run or Step goes on.");
        }
        vm.changed();
    }

    private void refusal(String why) {
        if (why != null) {
            vm.setMessage(why);
        }
    }

    /**
     * Lets a replaced model close: the session's lease keeps it open. Closing a session takes microseconds, so it
     * happens on the spot; while a job runs, the job's end does it.
     */
    private void releaseSession() {
        if (!slot.busy()) {
            cache.releaseUnless(models.modelProperty().get());
        }
    }
}
