package org.tokenscope.views.stepper;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The stepper panel's state and actions, as JavaFX properties only (no nodes), so it is tested with
 * {@link JobRunner#sameThread} and the demo model. Every engine call runs as a job; a run's steps arrive through
 * {@code fx} one by one, so the strip grows while the job runs. What the selected token shows (distribution,
 * stage table, trials) is derived in {@link StepperSelection}.
 */
public final class StepperViewModel {
    /** What the strip shows: a generated run, or a pasted text scored teacher-forced. */
    public enum Mode { GENERATE, SCORE }

    private final ModelProvider models;
    private final StepperJobs work;

    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StepperSettings settings = new StepperSettings();
    private final ObjectProperty<TintMetric> metric = new SimpleObjectProperty<>(this, "metric", TintMetric.ENTROPY);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.GENERATE);
    private final StringProperty scoreText = new SimpleStringProperty(this, "scoreText", "");
    private final BooleanProperty scoreAfterPrompt = new SimpleBooleanProperty(this, "scoreAfterPrompt", false);
    private final ObservableList<String> projectPrompts = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);

    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<Run> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<ScoreRun> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ObservableList<TokenRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TokenRow> comparisonRows = FXCollections.observableArrayList();
    private final ObservableList<TokenRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<TokenRow> comparisonRowsView = FXCollections.unmodifiableObservableList(comparisonRows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);
    private final StepperSelection selection;

    private int epoch; // bumped by Reset: steps still in flight from an older run are dropped
    private boolean loading;

    public StepperViewModel(ModelProvider models, JobRunner jobs, Executor fx) {
        this.models = models;
        this.work = new StepperJobs(this, models, jobs, fx);
        this.selection = new StepperSelection(this);
        mode.addListener((o, was, now) -> showRows());
        comparison.addListener((o, was, now) -> comparisonRows.setAll(Rows.of(now)));
        for (javafx.beans.Observable setting : settings.all()) {
            setting.addListener(o -> changed());
        }
        prompt.addListener(o -> changed());
        metric.addListener(o -> changed());
        mode.addListener(o -> changed());
    }

    // ---- actions -----------------------------------------------------------------------------------------

    /** One step: a token, or a whole winning trial in cautious mode. */
    public void step() {
        work.advance(StepperWork.Until.ONE_STEP, "Stepping one token");
    }

    /** Steps until a token that ends a CNTP trial (punctuation), EOS or the length limit. */
    public void stepToPunctuation() {
        work.advance(StepperWork.Until.PUNCTUATION, "Stepping to the next punctuation");
    }

    /** Steps until EOS or the length limit; {@link #pause()} stops it and keeps what it made. */
    public void run() {
        work.advance(StepperWork.Until.END, "Running the stepper");
    }

    /** Stops a running job after its current step; the tokens it made stay. */
    public void pause() {
        work.pause();
    }

    /** Scores {@link #scoreTextProperty()} teacher-forced, after BOS or after the prompt. */
    public void score() {
        work.score();
    }

    /** Puts the text of a UTF-8 file into the score input, to score it. */
    public void openScoreText(java.nio.file.Path file) {
        work.openScoreText(file);
    }

    /** A snapshot of the run from the job; the strip appends the new tokens. */
    void accept(int from, Run next) {
        if (from != epoch) {
            return;
        }
        int lastBefore = rows.size() - 1;
        boolean follow = selectedIndex.get() < 0 || selectedIndex.get() == lastBefore;
        run.set(next);
        if (mode.get() == Mode.GENERATE) {
            int keep = Math.min(rows.size(), next.steps().size());
            rows.remove(keep, rows.size());
            rows.addAll(Rows.of(next, keep, keep == 0 ? null : rows.get(keep - 1)));
            if (follow) {
                selectedIndex.set(rows.size() - 1);
            }
        }
    }

    /** Undoes the last step (a token, or a whole cautious trial). Needs no model: the session follows later. */
    public void back() {
        Run current = run.get();
        if (work.busy() || current == null || current.steps().isEmpty()) {
            return;
        }
        Trace shorter = current.withoutLastStep();
        message.set("");
        run.set(new Run(current.prompt(), shorter, ContinuationText.of(models, shorter, current), current.texts(), current.topN()));
        showRows();
        changed();
    }

    /** Drops the run (or the score); the next step starts a new run with the current settings. */
    public void reset() {
        pause();
        epoch++;
        message.set("");
        if (mode.get() == Mode.SCORE) {
            score.set(null);
        } else {
            run.set(null);
        }
        showRows();
        changed();
    }

    /** Keeps the run as the comparison (a second strip and entropy line) and resets, to rerun with other settings. */
    public void keepForComparison() {
        if (run.get() != null && !work.busy()) {
            comparison.set(run.get());
            reset();
        }
    }

    /** Drops the kept comparison run. */
    public void clearComparison() {
        comparison.set(null);
        changed();
    }

    private void showRows() {
        rows.setAll(mode.get() == Mode.SCORE ? Rows.of(score.get()) : Rows.of(run.get()));
        selectedIndex.set(Math.min(selectedIndex.get(), rows.size() - 1));
    }

    void changed() {
        if (!loading) {
            revision.set(revision.get() + 1);
        }
    }

    /** Replaces the whole state from a saved section (no revision bump: nothing changed for the project). */
    void restore(Runnable apply) {
        pause();
        epoch++;
        message.set("");
        loading = true;
        try {
            apply.run();
            showRows();
        } finally {
            loading = false;
        }
    }

    int epoch() {
        return epoch;
    }

    void scored(ScoreRun result) {
        score.set(result);
        showRows();
    }

    void setMessage(String line) {
        message.set(line);
    }

    void setSaved(Run savedRun, Run savedComparison, ScoreRun savedScore) {
        run.set(savedRun);
        comparison.set(savedComparison);
        score.set(savedScore);
    }

    // ---- properties --------------------------------------------------------------------------------------

    public StringProperty promptProperty() {
        return prompt;
    }

    public StepperSettings settings() {
        return settings;
    }

    public ObjectProperty<TintMetric> metricProperty() {
        return metric;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty scoreTextProperty() {
        return scoreText;
    }

    /** Score the text after the prompt instead of after BOS alone. */
    public BooleanProperty scoreAfterPromptProperty() {
        return scoreAfterPrompt;
    }

    /** The open project's prompts, to pick one from. */
    public ObservableList<String> projectPrompts() {
        return projectPrompts;
    }

    /** The selected token (its step's distribution and trials show), -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Run> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreRun> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** The tokens the strip shows: the run's, or the scored text's in score mode. */
    public ObservableList<TokenRow> rows() {
        return rowsView;
    }

    public ObservableList<TokenRow> comparisonRows() {
        return comparisonRowsView;
    }

    /** True while a job of this panel runs; the step buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** One line for the user: why an input cannot be used, or that a run paused. Empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Counts changes worth saving in the project (runs, settings, prompt, metric, mode). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** What the selected token and the charts show. */
    public StepperSelection selection() {
        return selection;
    }
}
