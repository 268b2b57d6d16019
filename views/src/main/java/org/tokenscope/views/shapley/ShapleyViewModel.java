package org.tokenscope.views.shapley;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.attribution.AttributionException;
import org.tokenscope.host.attribution.Attributor;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.views.jobs.Job;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The Shapley panel's state and actions, as JavaFX properties only (no nodes), tested with
 * {@link JobRunner#sameThread} and the demo model. Every run is a job; permutation sampling's intermediate
 * estimates arrive through {@code fx} while it runs, so the bars refine live. Finished runs are kept (newest
 * last) so two can be shown side by side: a new run is compared with the one shown before it.
 */
public final class ShapleyViewModel {
    /** Runs kept in the panel and the project; the oldest goes beyond this. */
    static final int KEPT_RUNS = 24;

    private final ModelProvider models;
    private final JobRunner jobs;
    private final Executor fx;
    private final Attributor attributor = new Attributor(); // one per project window: v(S) is reused across runs

    private final ShapleySettings settings = new ShapleySettings();
    private final ObservableList<ShapleyRun> runs = FXCollections.observableArrayList();
    private final ObservableList<String> projectPrompts = FXCollections.observableArrayList();
    private final ObjectProperty<ShapleyRun> shown = new SimpleObjectProperty<>(this, "shown");
    private final ObjectProperty<ShapleyRun> compared = new SimpleObjectProperty<>(this, "compared");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyObjectWrapper<AttributionException.Kind> refusalKind = new ReadOnlyObjectWrapper<>(this, "refusalKind");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);
    private final BooleanBinding modelMissing;

    private Job<Outcome> job;
    private int runId; // bumped per run: estimates still in flight from an older run are dropped
    private boolean loading;

    public ShapleyViewModel(ModelProvider models, JobRunner jobs, Executor fx) {
        this.models = models;
        this.jobs = jobs;
        this.fx = fx;
        modelMissing = Bindings.isNull(models.modelProperty());
        models.modelProperty().addListener((o, was, now) -> attributor.clear()); // cached v(S) belong to the old model
        settings.all().forEach(p -> p.addListener(o -> changed()));
        settings.all().forEach(p -> p.addListener(o -> clearRefusal()));
        runs.addListener((javafx.beans.Observable o) -> changed());
        shown.addListener((o, was, now) -> {
            if (now == null || now.state() != ShapleyRun.State.REFINING) {
                changed();
            }
        });
        compared.addListener(o -> changed());
    }

    // ---- actions -----------------------------------------------------------------------------------------

    /** Attributes with the current settings; refused input shows in {@link #refusalProperty()}. */
    public void run() {
        if (busy.get()) {
            return;
        }
        clearRefusal();
        int id = ++runId;
        ShapleyRun before = shown.get();
        long started = System.nanoTime();
        double maxSeconds = settings.maxSecondsProperty().get();
        busy.set(true);
        status.set("Starting…");
        progress.set(-1);
        RefineRelay relay = new RefineRelay(id, before);
        ShapleyWork work = new ShapleyWork(models, attributor, settings.promptProperty().get(), settings.toEngine(),
                settings.tokenNoiseProperty().get(), relay::offer);
        job = jobs.task("Shapley attribution", work)
                .onSuccess(outcome -> {
                    if (id == runId) { // not a run of a state replaced since (another project)
                        finished(outcome, before);
                    }
                })
                .onFailure(t -> restore(before))
                .whenDone(() -> ended(id, before))
                .start();
        if (job.state() == Job.State.RUNNING) { // a same-thread runner has already finished it
            job.progressProperty().addListener((o, was, now) -> progressed(now.doubleValue(), started, maxSeconds));
            job.messageProperty().addListener((o, was, now) -> progressed(job.progressProperty().get(), started, maxSeconds));
        }
    }

    /** Stops the running attribution; sampling keeps the estimate it had reached, marked cancelled. */
    public void cancel() {
        if (job != null && job.state() == Job.State.RUNNING) {
            job.cancel();
            status.set("Cancelling…");
        }
    }

    /** The offer made when there are too many players for the exact estimator. */
    public void useSampling() {
        settings.methodProperty().set(Method.PERMUTATION);
        clearRefusal();
    }

    /** Shows a kept run's settings in the setup, so Run repeats it (e.g. with the other masking). */
    public void reuseSettings(ShapleyRun r) {
        settings.show(r.prompt(), r.result().settings());
    }

    /** Drops every kept run and what is shown. */
    public void clearRuns() {
        shown.set(null);
        compared.set(null);
        runs.clear();
    }

    // ---- job callbacks -----------------------------------------------------------------------------------

    private void finished(Outcome outcome, ShapleyRun before) {
        if (outcome instanceof Outcome.Done done) {
            keep(done.run());
            shown.set(done.run());
            compareWith(before, done.run());
            status.set(String.format(java.util.Locale.ROOT, "Done: %d coalitions evaluated, %d model calls, %.1f s",
                    done.run().result().evaluations(), done.run().result().modelCalls(), done.run().result().seconds()));
        } else if (outcome instanceof Outcome.Refused no) {
            restore(before);
            refusalKind.set(no.kind());
            refusal.set(no.message());
            status.set("");
        }
    }

    private void ended(int id, ShapleyRun before) {
        busy.set(false);
        progress.set(0);
        if (id == runId && job != null && job.state() == Job.State.CANCELLED) {
            ShapleyRun partial = shown.get();
            if (partial != null && partial.state() == ShapleyRun.State.REFINING) {
                ShapleyRun kept = partial.withState(ShapleyRun.State.CANCELLED);
                keep(kept);
                shown.set(kept);
                status.set("Cancelled after " + kept.result().estimate().samples() + " samples: the estimate so far is shown");
            } else {
                restore(before);
                status.set("Cancelled");
            }
        }
        if (id == runId) {
            job = null;
        }
    }

    private void restore(ShapleyRun before) {
        if (shown.get() != before) {
            shown.set(before);
        }
    }

    private void compareWith(ShapleyRun before, ShapleyRun now) {
        if (before != null && before != now && before.state() != ShapleyRun.State.REFINING) {
            compared.set(before);
        }
    }

    private void keep(ShapleyRun r) {
        runs.add(r);
        if (runs.size() > KEPT_RUNS) {
            runs.remove(0, runs.size() - KEPT_RUNS);
        }
    }

    private void progressed(double fraction, long startedNanos, double maxSeconds) {
        if (job == null) {
            return;
        }
        progress.set(fraction);
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        status.set(job.messageProperty().get() + Eta.text(fraction, elapsed, maxSeconds));
    }

    private void clearRefusal() {
        refusal.set("");
        refusalKind.set(null);
    }

    private void changed() {
        if (!loading) {
            revision.set(revision.get() + 1);
        }
    }

    /** Applies a saved state without counting it as a change (opening a project must not mark it edited). */
    void load(Runnable apply) {
        cancel();
        runId++; // a run started for the previous state neither shows nor keeps what it made
        status.set("");
        clearRefusal();
        loading = true;
        try {
            apply.run();
        } finally {
            loading = false;
        }
    }

    /**
     * Passes intermediate estimates from the worker to the FX thread, keeping only the latest while one is
     * queued, so a fast sampler cannot flood the event queue.
     */
    private final class RefineRelay {
        private final int id;
        private final ShapleyRun before;
        private final AtomicReference<ShapleyRun> pending = new AtomicReference<>();

        RefineRelay(int id, ShapleyRun before) {
            this.id = id;
            this.before = before;
        }

        void offer(ShapleyRun partial) {
            if (pending.getAndSet(partial) == null) {
                fx.execute(this::flush);
            }
        }

        private void flush() {
            ShapleyRun r = pending.getAndSet(null);
            if (r != null && id == runId && busy.get()) {
                shown.set(r);
                compareWith(before, r);
            }
        }
    }

    // ---- properties --------------------------------------------------------------------------------------

    public ShapleySettings settings() { return settings; }
    /** Finished and cancelled runs, oldest first; saved with the project. */
    public ObservableList<ShapleyRun> runs() { return runs; }
    /** The project's prompts, offered in the prompt picker. */
    public ObservableList<String> projectPrompts() { return projectPrompts; }
    /** The run in the main result pane: a kept run, or the estimate of the run in progress. */
    public ObjectProperty<ShapleyRun> shownProperty() { return shown; }
    /** The run beside it; null shows one result only. */
    public ObjectProperty<ShapleyRun> comparedProperty() { return compared; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Fraction done, -1 while unknown, 0 when idle. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** Progress and ETA while running; what the last run cost after it. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Why the engine refused the settings (one line), empty when it did not. */
    public ReadOnlyStringProperty refusalProperty() { return refusal.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AttributionException.Kind> refusalKindProperty() { return refusalKind.getReadOnlyProperty(); }
    /** Bumped by every change worth saving in the project. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public BooleanBinding modelMissingProperty() { return modelMissing; }
}
