package org.tokenscope.views.premium;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.jobs.Job;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The premium panel's state and actions: the setup, the last result, the table, chart and sentence models,
 * and the jobs that load corpora and tokenizers and compute. Properties only, changed on the FX thread; every
 * engine call goes through the {@link JobRunner}, so tests drive it with {@link JobRunner#sameThread}.
 */
public final class PremiumViewModel implements AutoCloseable {
    private final JobRunner jobs;
    private final ModelProvider models;
    private final PremiumWorkspace workspace = new PremiumWorkspace();
    private final PremiumSetup setup = new PremiumSetup();
    private final LanguageTableModel table = new LanguageTableModel();
    private final SentenceModel sentence;

    private final ReadOnlyObjectWrapper<PremiumResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<LanguageInfo> corpusLanguages = FXCollections.observableArrayList();
    private final ChartOptions charts = new ChartOptions();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final BooleanBinding modelLoaded;
    private Job<?> running;
    private boolean restoring;
    private int generation; // bumped by startOver(): a computation for the state shown before is dropped

    public PremiumViewModel(JobRunner jobs, ModelProvider models) {
        this.jobs = jobs;
        this.models = models;
        this.modelLoaded = Bindings.isNotNull(models.modelProperty());
        this.sentence = new SentenceModel(jobs, workspace, setup, this::modelTokenizer, this::restoring);
        table.resultProperty().bind(result.getReadOnlyProperty());
        setup.observables().forEach(o -> o.addListener(x -> settingsChanged()));
        setup.corpusProperty().addListener(x -> loadCorpus());
        setup.includePartialProperty().addListener(x -> loadCorpus());
        for (Observable o : List.of(table.observables(), sentence.observables(), charts.observables())
                .stream().flatMap(List::stream).toList()) {
            o.addListener(x -> changed());
        }
    }

    public PremiumSetup setup() {
        return setup;
    }

    public LanguageTableModel table() {
        return table;
    }

    public SentenceModel sentence() {
        return sentence;
    }

    public ReadOnlyObjectProperty<PremiumResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Languages of the loaded corpus, for the reference and sentence-view choosers. */
    public ObservableList<LanguageInfo> corpusLanguages() {
        return corpusLanguages;
    }

    public ChartOptions charts() {
        return charts;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction done of the running computation, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened last ("Compared 499 languages × 3 tokenizers"), or what is going on. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The one-line reason the last action was refused, empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the setup changed after the shown result was computed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Increases on every change that belongs in the project file. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public BooleanBinding modelLoadedProperty() {
        return modelLoaded;
    }

    /** Reads the corpus the setup names, to list its languages; a failure shows as the problem line. */
    public void loadCorpus() {
        CorpusSpec spec = setup.corpusProperty().get();
        boolean partial = setup.includePartialProperty().get();
        jobs.task("Reading " + spec.label(), (p, c) -> Outcome.attempt(() -> workspace.corpus(spec, partial).languages()
                .stream().map(LanguageInfo::of).toList()))
                .onSuccess(outcome -> {
                    if (!spec.equals(setup.corpusProperty().get())) {
                        return; // the user picked another corpus meanwhile
                    }
                    if (outcome.isRefused()) {
                        problem.set(outcome.refusal());
                        corpusLanguages.clear();
                    } else {
                        corpusLanguages.setAll(outcome.value());
                        sentence.refresh();
                    }
                }).start();
    }

    /**
     * Opens a corpus the user chose; on success it replaces the current one. A misaligned corpus is refused
     * unless {@code wholeDocument}. {@code done} gets null on success or the one-line refusal.
     */
    public void openCorpus(CorpusSpec spec, boolean wholeDocument, Consumer<String> done) {
        jobs.task("Opening " + spec.label(), (p, c) -> Outcome.attempt(() -> {
            workspace.forgetCorpus(); // the file may have changed since it was last read
            var corpus = workspace.corpus(spec, false);
            if (!wholeDocument) {
                corpus.requireAligned();
            }
            return corpus.languages().stream().map(LanguageInfo::of).toList();
        })).onSuccess(outcome -> {
            if (outcome.isRefused()) {
                done.accept(outcome.refusal());
                return;
            }
            setup.includePartialProperty().set(false);
            setup.wholeDocumentProperty().set(wholeDocument);
            setup.corpusProperty().set(spec);
            setup.languages().clear();
            List<LanguageInfo> languages = outcome.value();
            corpusLanguages.setAll(languages);
            if (languages.stream().noneMatch(l -> l.code().equals(setup.referenceProperty().get()))) {
                setup.referenceProperty().set(languages.get(0).code()); // keeps the table computable; the user may change it
            }
            problem.set("");
            done.accept(null);
        }).start();
    }

    /** Loads a tokenizer to check it, then adds it; {@code done} gets null on success or the one-line refusal. */
    public void addTokenizer(TokenizerSpec spec, Consumer<String> done) {
        if (setup.tokenizers().stream().anyMatch(t -> t.name().equals(spec.name()))) {
            done.accept("a tokenizer named '" + spec.name() + "' is already compared; remove it first or rename the file");
            return;
        }
        Path model = modelTokenizer();
        jobs.task("Loading tokenizer " + spec.name(), (p, c) -> Outcome.attempt(() -> workspace.tokenizer(spec, model).name()))
                .onSuccess(outcome -> {
                    if (!outcome.isRefused()) {
                        setup.tokenizers().add(spec);
                    }
                    done.accept(outcome.refusal());
                }).start();
    }

    /** Computes the table (and the model's scores when asked and a model is loaded); one computation at a time. */
    public void compute() {
        if (busy.get()) {
            return;
        }
        if (setup.tokenizers().isEmpty()) {
            problem.set("no tokenizers to compare: add at least one");
            return;
        }
        ComputeRequest request = ComputeRequest.of(setup, modelTokenizer(), modelLoaded.get());
        int shownAt = generation;
        long started = System.nanoTime();
        busy.set(true);
        problem.set("");
        status.set("Computing…");
        Job<Outcome<PremiumResult>> job = jobs.task("Computing token premiums", (p, c) ->
                        Outcome.attempt(() -> request.run(workspace, models, p, c)))
                .onSuccess(outcome -> {
                    if (shownAt != generation) {
                        return; // computed for a project no longer shown
                    }
                    if (outcome.isRefused()) {
                        problem.set(outcome.refusal());
                        status.set("Not computed");
                        return;
                    }
                    show(outcome.value());
                    status.set(String.format(Locale.ROOT, "Compared %d languages × %d tokenizers in %.1f s",
                            outcome.value().languages().size(), outcome.value().tokenizers().size(),
                            (System.nanoTime() - started) / 1e9));
                    changed();
                })
                .onFailure(t -> status.set(shownAt == generation ? "Failed; the previous result is kept" : ""))
                .whenDone(() -> {
                    busy.set(false);
                    progress.unbind();
                    progress.set(0);
                    running = null;
                    if (shownAt == generation && status.get().equals("Computing…")) {
                        status.set("Cancelled; the previous result is kept");
                    }
                }).start();
        if (job.state() == Job.State.RUNNING) {
            running = job;
            progress.bind(job.progressProperty());
        }
    }

    /** Another project is about to be shown: the running computation is stopped and its result will be dropped. */
    void startOver() {
        generation++;
        cancel();
        status.set("");
    }

    /** Stops the running computation; the previous result stays. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Shows a result, from a computation or a reopened project, and fills choices that depend on it. */
    void show(PremiumResult r) {
        result.set(r);
        stale.set(false);
        charts.follow(r);
        sentence.suggest(r);
    }

    /** Applies {@code edit} without counting it as a user change (restoring a saved project). */
    void restoring(Runnable edit) {
        boolean outer = restoring;
        restoring = true;
        try {
            edit.run();
        } finally {
            restoring = outer;
        }
    }

    /** Shows a problem found outside a job, e.g. a saved result that cannot be read. */
    void refuse(String message) {
        problem.set(message == null ? "" : message);
    }

    private void settingsChanged() {
        if (!restoring && result.get() != null) {
            stale.set(true);
        }
        changed();
    }

    private void changed() {
        if (!restoring) {
            revision.set(revision.get() + 1);
        }
    }

    /** The hosted model's tokenizer.json, null without a model (or a model without one). */
    private Path modelTokenizer() {
        LanguageModel m = models.modelProperty().get();
        return m == null ? null : m.folder().tokenizerJson().orElse(null);
    }

    /** Stops the computation; frees the tokenizers unless a job may still be using them (then the exit does). */
    @Override
    public void close() {
        cancel();
        if (running == null) {
            workspace.close();
        }
    }
}
