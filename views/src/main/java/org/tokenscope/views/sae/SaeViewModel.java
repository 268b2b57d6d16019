package org.tokenscope.views.sae;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.sae.ActivationCollector;
import org.tokenscope.host.sae.ActivationStore;
import org.tokenscope.host.sae.CorpusText;
import org.tokenscope.host.sae.FeatureSearch;
import org.tokenscope.host.sae.FeatureStats;
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.host.sae.PromptFeatures;
import org.tokenscope.host.sae.Sae;
import org.tokenscope.host.sae.SaeException;
import org.tokenscope.host.sae.SaeLensFormat;
import org.tokenscope.host.sae.SaeMetadata;
import org.tokenscope.host.sae.SaeModelCheck;
import org.tokenscope.host.sae.SaeTrainer;
import org.tokenscope.host.sae.StatsSettings;
import org.tokenscope.host.sae.StepMetrics;
import org.tokenscope.host.sae.TrainerSettings;
import org.tokenscope.host.sae.TrainingResult;
import org.tokenscope.host.sae.Unembedding;
import org.tokenscope.views.jobs.Job;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The SAE panel's state: the opened SAE and the statistics of its features over a bounded number of the
 * bundled corpus's tokens, the filtered feature list, the selected feature's card, the prompt view and the
 * training runs. Every engine call goes through the {@link JobRunner}; results come back on the FX thread.
 */
public final class SaeViewModel {
    /** How many corpus tokens the feature statistics (and the activations they read) cover. */
    public static final int STATS_TOKENS = 20_000;

    /** A finished training run, for the comparison table. */
    public record TrainedRun(int number, TrainingForm form, TrainingResult result) {
        public String label() {
            return "#" + number + " " + form.architecture().cliName() + " d_sae=" + form.dSae() + " k=" + form.k();
        }
    }

    private final ModelProvider models;
    private final JobRunner jobs;
    private final Executor fx;

    private final ObjectProperty<Path> saePath = new SimpleObjectProperty<>(this, "saePath");
    private final ObjectProperty<Sae> sae = new SimpleObjectProperty<>(this, "sae");
    private final StringProperty tap = new SimpleStringProperty(this, "tap", "");
    private final ObjectProperty<FeatureStats> stats = new SimpleObjectProperty<>(this, "stats");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "No SAE open.");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<FeatureSummary> features = FXCollections.observableArrayList();
    private final FilteredList<FeatureSummary> filtered = new FilteredList<>(features, f -> true);
    private final SortedList<FeatureSummary> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<FeatureSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final ObservableList<PromptFeatures.TokenFeatures> promptTokens = FXCollections.observableArrayList();
    private final ObjectProperty<TrainingForm> trainingForm = new SimpleObjectProperty<>(this, "trainingForm",
            TrainingForm.defaults());
    private final ObservableList<StepMetrics> curve = FXCollections.observableArrayList();
    private final ObservableList<TrainedRun> runs = FXCollections.observableArrayList();
    private final ObservableList<SaeResults.RunRow> savedRuns = FXCollections.observableArrayList();
    private final ObjectProperty<Job<?>> trainingJob = new SimpleObjectProperty<>(this, "trainingJob");
    private final StringProperty trainingStatus = new SimpleStringProperty(this, "trainingStatus", "");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");

    private final ObservableList<String> taps = FXCollections.observableArrayList();
    private final IntegerProperty trainingStoreTokens = new SimpleIntegerProperty(this, "trainingStoreTokens", 200_000);
    private ActivationStore store; // activations of the statistics' tap, reused while model and tap stay
    private String storeKey;
    private boolean storeExhausted;
    private int epoch; // bumped by clear(): what jobs started before it make is dropped

    public SaeViewModel(ModelProvider models, JobRunner jobs, Executor fx) {
        this.models = models;
        this.jobs = jobs;
        this.fx = fx;
        readTaps(models.modelProperty().get());
        models.modelProperty().addListener((o, was, now) -> {
            readTaps(now);
            if (was != null && now != was && sae.get() != null) {
                message.set("The model changed: reopen the SAE to check it against " + (now == null ? "a model" : now.name()) + ".");
            }
        });
    }

    private void readTaps(LanguageModel m) {
        taps.setAll(m == null ? List.of() : m.tapNames());
    }

    /** The loaded model's taps, for the training pane. */
    public ObservableList<String> taps() {
        return taps;
    }

    // ----- opening ---------------------------------------------------------------------------------------------

    private record Opened(Sae sae, String tap, String error) {
    }

    /** Reads the SAE folder, checks it against the model, then computes the feature statistics. */
    public void open(Path dir) {
        message.set("");
        busy.set(true);
        int started = epoch;
        jobs.task("Opening SAE " + dir.getFileName(), (progress, cancel) -> {
            Sae read;
            try {
                read = SaeLensFormat.read(dir);
            } catch (SaeException | UncheckedIOException e) {
                return new Opened(null, null, "Cannot open " + dir + ": " + e.getMessage());
            }
            try (ModelProvider.Lease lease = models.borrow().orElse(null)) {
                if (lease == null) {
                    return new Opened(null, null, "Load a model first: the SAE is checked against the model's taps.");
                }
                return new Opened(read, SaeModelCheck.tapFor(read, lease.model(), null), null);
            } catch (SaeException e) {
                return new Opened(null, null, oneLine(e.getMessage()));
            }
        }).onSuccess(o -> {
            if (started != epoch) {
                busy.set(false);
                return; // the panel was cleared for another project meanwhile
            }
            if (o.error() != null) {
                message.set(o.error());
                busy.set(false);
                return;
            }
            saePath.set(dir);
            sae.set(o.sae());
            tap.set(o.tap());
            stats.set(null);
            features.clear();
            selected.set(null);
            promptTokens.clear();
            status.set(describe(o.sae(), o.tap()) + " — computing feature statistics over " + STATS_TOKENS + " tokens…");
            TrainingForm f = trainingForm.get();
            trainingForm.set(f.withTap(o.tap()));
            revision.set(revision.get() + 1);
            computeStats();
        }).whenDone(() -> { }).onFailure(e -> busy.set(false)).start();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ');
    }

    private static String describe(Sae s, String tap) {
        return s.config().architecture().toString().toLowerCase(Locale.ROOT) + " SAE, " + s.dSae() + " features on "
                + tap + " (d_in " + s.dIn() + ")";
    }

    private ActivationStore storeFor(LanguageModel model, String tapName, long tokens, Progress progress,
            Cancellation cancel) throws IOException {
        String key = model.name() + "|" + tapName;
        synchronized (this) {
            if (key.equals(storeKey) && store != null && (store.size() >= tokens || storeExhausted)) {
                return store; // enough vectors of this tap already collected
            }
        }
        // Removed at exit, on Ctrl-C, or by the next run after a kill (deleteOnExit cannot delete a full folder).
        Path dir = org.tokenscope.host.io.TempFolders.create("tokenscope-sae-");
        ActivationStore s = ActivationCollector.collect(model, tapName, CorpusText.bundled(CorpusText.DEMO_TRAIN),
                tokens, dir.resolve("store"), progress, cancel);
        synchronized (this) {
            store = s;
            storeKey = key;
            storeExhausted = s.size() < tokens; // the corpus had fewer vectors than asked: this is all of them
        }
        return s;
    }

    /** Feature statistics of the open SAE over {@link #STATS_TOKENS} tokens of the bundled corpus. */
    public void computeStats() {
        Sae s = sae.get();
        String t = tap.get();
        if (s == null) {
            return;
        }
        busy.set(true);
        jobs.task("SAE feature statistics", (progress, cancel) -> {
            try (ModelProvider.Lease lease = models.borrow().orElseThrow(() -> new SaeException("no model is loaded"))) {
                LanguageModel m = lease.model();
                ActivationStore st = storeFor(m, t, STATS_TOKENS, progress, cancel);
                return FeatureStats.compute(s, st, STATS_TOKENS, m.requireTokenizer(),
                        Unembedding.of(m).orElse(null), StatsSettings.defaults(), progress, cancel);
            }
        }).onSuccess(fs -> {
            if (fs.sae() != sae.get()) {
                return;
            }
            stats.set(fs);
            features.setAll(fs.features());
            status.set(describe(s, t) + " — statistics over " + fs.tokens() + " tokens; " + fs.deadCount()
                    + " features never fire there");
            applySearch();
            revision.set(revision.get() + 1); // the project keeps the densest features for the report
        }).whenDone(() -> busy.set(false)).start();
    }

    // ----- list and search -------------------------------------------------------------------------------------

    /**
     * Filters the list: a number selects that feature index; other text lists the features active where the
     * phrase occurs in the examined tokens (most often firing first); empty shows every feature.
     */
    public void applySearch() {
        String q = search.get() == null ? "" : search.get().strip();
        FeatureStats fs = stats.get();
        if (q.isEmpty() || fs == null) {
            filtered.setPredicate(f -> true);
            return;
        }
        if (q.matches("\\d+")) {
            int i = Integer.parseInt(q);
            filtered.setPredicate(f -> f.index() == i);
            return;
        }
        jobs.task("Searching SAE features", (progress, cancel) -> {
            try (ModelProvider.Lease lease = models.borrow().orElseThrow(() -> new SaeException("no model is loaded"))) {
                return fs.search(q, lease.model().requireTokenizer(), 200);
            }
        }).onSuccess(hits -> {
            java.util.Set<Integer> keep = new java.util.HashSet<>();
            for (FeatureSearch.Hit h : hits) {
                keep.add(h.feature());
            }
            Predicate<FeatureSummary> p = f -> keep.contains(f.index());
            filtered.setPredicate(p);
            if (hits.isEmpty()) {
                message.set("No feature fires on \"" + q + "\" in the examined tokens.");
            } else {
                message.set("");
            }
        }).start();
    }

    /** Shows the card of a feature (also from a neighbour or the prompt view). */
    public void openFeature(int index) {
        FeatureStats fs = stats.get();
        if (fs != null && index >= 0 && index < fs.sae().dSae()) {
            selected.set(fs.feature(index));
        }
    }

    /** Sorts the full list by density, densest first (the table's own header sort does the same). */
    public static Comparator<FeatureSummary> byDensity() {
        return Comparator.comparingDouble(FeatureSummary::density).reversed();
    }

    // ----- prompt view -----------------------------------------------------------------------------------------

    public void runPrompt() {
        Sae s = sae.get();
        String t = tap.get();
        String text = prompt.get();
        if (s == null || text == null || text.isBlank()) {
            message.set(s == null ? "Open an SAE first." : "Type a prompt first.");
            return;
        }
        int started = epoch;
        jobs.task("SAE features of the prompt", (progress, cancel) -> {
            try (ModelProvider.Lease lease = models.borrow().orElseThrow(() -> new SaeException("no model is loaded"))) {
                return PromptFeatures.run(lease.model(), s, t, text);
            }
        }).onSuccess(tokens -> {
            if (started == epoch) {
                promptTokens.setAll(tokens);
            }
        }).start();
    }

    // ----- training --------------------------------------------------------------------------------------------

    /** Trains an SAE with the form's settings on the form's tap (activations collected first); live curve. */
    public void train(TrainingForm form) {
        if (trainingJob.get() != null) {
            return;
        }
        TrainerSettings settings;
        try {
            settings = form.settings();
        } catch (SaeException | IllegalArgumentException e) {
            trainingStatus.set(oneLine(e.getMessage()));
            return;
        }
        long storeTokens = Math.max(STATS_TOKENS, Math.min(form.tokens(), trainingStoreTokens.get()));
        int started = epoch;
        trainingForm.set(form);
        revision.set(revision.get() + 1);
        curve.clear();
        trainingStatus.set("Collecting activations of " + form.tap() + "…");
        Job<TrainingResult> job = jobs.task("Training SAE", (progress, cancel) -> {
            try (ModelProvider.Lease lease = models.borrow().orElseThrow(() -> new SaeException("no model is loaded"))) {
                LanguageModel m = lease.model();
                ActivationStore st = storeFor(m, form.tap(), storeTokens, progress, cancel);
                List<StepMetrics> pending = new ArrayList<>();
                SaeMetadata meta = new SaeMetadata(m.name(), form.tap(), -1, null, true,
                        CorpusText.DEMO_TRAIN, form.architecture().cliName());
                return SaeTrainer.train(st, settings, meta, step -> {
                    synchronized (pending) {
                        pending.add(step);
                        if (pending.size() > 1) {
                            return; // a flush is already queued
                        }
                    }
                    fx.execute(() -> {
                        List<StepMetrics> batch;
                        synchronized (pending) {
                            batch = new ArrayList<>(pending);
                            pending.clear();
                        }
                        if (started == epoch) {
                            curve.addAll(batch);
                        }
                    });
                }, progress, cancel);
            }
        }).onSuccess(r -> {
            if (started != epoch) {
                return; // trained for a project no longer shown
            }
            TrainedRun run = new TrainedRun(savedRuns.size() + runs.size() + 1, form, r); // numbered after the project's
            runs.add(run);
            revision.set(revision.get() + 1); // and the runs with their curves
            trainingStatus.set(String.format(Locale.ROOT, "Run #%d: normalised MSE %.4f, L0 %.1f, %d dead of %d (%.1f s)",
                    run.number(), r.heldOut().normalizedMse(), r.heldOut().l0(), r.heldOut().deadFeatures(),
                    r.heldOut().dSae(), r.seconds()));
        }).onFailure(e -> {
            if (started == epoch) {
                trainingStatus.set("Training failed: " + oneLine(e.getMessage()));
            }
        }).whenDone(() -> {
                    if (started != epoch) {
                        return; // clear() has let go of this job already
                    }
                    Job<?> j = trainingJob.get();
                    trainingJob.set(null);
                    if (j != null && j.state() == Job.State.CANCELLED) {
                        trainingStatus.set("Training cancelled after " + curve.size() + " steps.");
                    }
                }).start();
        trainingJob.set(job.state() == Job.State.RUNNING ? job : null);
    }

    /** A fresh panel, for another project: no SAE, no runs or curves, default training settings, nothing running. */
    void clear() {
        epoch++;
        cancelTraining();
        trainingJob.set(null);
        saePath.set(null);
        sae.set(null);
        tap.set("");
        stats.set(null);
        features.clear();
        search.set("");
        filtered.setPredicate(f -> true);
        selected.set(null);
        prompt.set("");
        promptTokens.clear();
        trainingForm.set(TrainingForm.defaults());
        curve.clear();
        runs.clear();
        savedRuns.clear();
        message.set("");
        status.set("No SAE open.");
        trainingStatus.set("");
    }

    public void cancelTraining() {
        Job<?> j = trainingJob.get();
        if (j != null) {
            j.cancel();
        }
    }

    // ----- properties ------------------------------------------------------------------------------------------

    public ObjectProperty<Path> saePathProperty() {
        return saePath;
    }

    public ObjectProperty<Sae> saeProperty() {
        return sae;
    }

    public StringProperty tapProperty() {
        return tap;
    }

    public ObjectProperty<FeatureStats> statsProperty() {
        return stats;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<FeatureSummary> features() {
        return features;
    }

    /** The list the table shows: filtered by the search, sorted by the table's comparator. */
    public SortedList<FeatureSummary> shownFeatures() {
        return sorted;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<FeatureSummary> selectedProperty() {
        return selected;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public ObservableList<PromptFeatures.TokenFeatures> promptTokens() {
        return promptTokens;
    }

    public ObjectProperty<TrainingForm> trainingFormProperty() {
        return trainingForm;
    }

    public ObservableList<StepMetrics> curve() {
        return curve;
    }

    /** The runs trained since the project was opened. */
    public ObservableList<TrainedRun> runs() {
        return runs;
    }

    /** The runs the opened project holds (their SAEs are not kept, their metrics and curves are). */
    public ObservableList<SaeResults.RunRow> savedRuns() {
        return savedRuns;
    }

    public ObjectProperty<Job<?>> trainingJobProperty() {
        return trainingJob;
    }

    public StringProperty trainingStatusProperty() {
        return trainingStatus;
    }

    /** At most this many activation vectors are collected for training; the trainer passes over them repeatedly. */
    public IntegerProperty trainingStoreTokensProperty() {
        return trainingStoreTokens;
    }

    /** Bumped when something worth saving in the project changes. */
    public IntegerProperty revisionProperty() {
        return revision;
    }
}
