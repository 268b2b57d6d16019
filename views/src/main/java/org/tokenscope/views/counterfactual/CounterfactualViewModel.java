package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.decode.Intervention;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The counterfactual panel's state as JavaFX properties: the factual run, the branch tree, the comparison
 * on show, the sweep, and one message line for problems. Every engine call runs as a job through
 * {@link JobRunner}, one at a time ({@link JobSlot}): a new request cancels the one still running, and bad input
 * the engine reports with a {@link ModelException} becomes the message line rather than an error dialog.
 */
public final class CounterfactualViewModel {
    private final ModelProvider models;
    private final JobRunner jobs;
    private final ObjectProperty<FactualSettings> settings = new SimpleObjectProperty<>(this, "settings", FactualSettings.DEFAULT);
    private final ObservableList<String> prompts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ModelFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final ReadOnlyObjectWrapper<FactualRun> factual = new ReadOnlyObjectWrapper<>(this, "factual");
    private final ReadOnlyObjectWrapper<Branches> branches = new ReadOnlyObjectWrapper<>(this, "branches", Branches.EMPTY);
    private final ReadOnlyObjectWrapper<Integer> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<Trace> base = new ReadOnlyObjectWrapper<>(this, "base");
    private final ReadOnlyObjectWrapper<SweepResult> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ObjectNode> section = new ReadOnlyObjectWrapper<>(this, "section");
    /** Comparisons already computed this session, by node id: reselecting a node needs no replay. */
    private final Map<Integer, Comparison> shown = new HashMap<>();
    private final SavedSession saved = new SavedSession();
    private final JobSlot slot;

    public CounterfactualViewModel(ModelProvider models, JobRunner jobs) {
        this.models = models;
        this.jobs = jobs;
        this.slot = new JobSlot(jobs, message::set);
        models.modelProperty().addListener((obs, was, now) -> readModel(now));
        readModel(models.modelProperty().get());
    }

    /** Hashes the model and tabulates its tokens once, so the FX thread never calls the tokenizer. */
    private void readModel(LanguageModel model) {
        facts.set(null);
        if (model == null) {
            return;
        }
        jobs.task("Reading the tokens of " + model.name(), (p, c) -> borrowed(CounterfactualWork::facts))
                .onSuccess(f -> {
                    facts.set(f);
                    saved.mismatch(f).ifPresent(message::set);
                    if (saved.restorePending()) {
                        regenerate();
                    }
                })
                .start();
    }

    private <T> T borrowed(java.util.function.Function<LanguageModel, T> work) {
        try (ModelProvider.Lease lease = models.borrow().orElseThrow(() -> new ModelException("no model is loaded"))) {
            return work.apply(lease.model());
        }
    }

    /** Why nothing can be replayed now, or null when a replay can start. */
    private String notReady() {
        if (facts.get() == null) {
            return models.modelProperty().get() == null ? "No model is loaded: open one from the Model menu."
                    : "The model is still being read; try again in a moment.";
        }
        if (saved.mismatch(facts.get()).isPresent()) {
            return saved.mismatch(facts.get()).get();
        }
        return factual.get() == null ? "Generate the factual run first." : null;
    }

    /** Makes a new factual run from the settings; a new run starts a new branch tree. */
    public void generate() {
        if (facts.get() == null) {
            message.set(notReady());
            return;
        }
        FactualSettings s = settings.get();
        if (s.prompt().isBlank()) {
            message.set("Choose or type a prompt first.");
            return;
        }
        slot.start("Generating the factual run", (p, c) -> borrowed(m -> CounterfactualWork.factual(m, s, p, c)), run -> {
            saved.startOver(facts.get().sha256());
            shown.clear();
            branches.set(Branches.EMPTY);
            sweep.set(null);
            factual.set(run);
            select(null);
            publish();
        });
    }

    /** Replaces the token at {@code position} of the run on show by token {@code id}. */
    public void replaceToken(boolean inPrompt, int position, int id) {
        replace(inPrompt, position, null, id);
    }

    /** Replaces the token at {@code position} by the tokens of {@code text}, all forced in order. */
    public void replaceText(boolean inPrompt, int position, String text) {
        if (text == null || text.isEmpty()) {
            message.set("The replacement is empty: it tokenises to nothing. Type some text or pick a token.");
            return;
        }
        replace(inPrompt, position, text, -1);
    }

    private void replace(boolean inPrompt, int position, String text, int id) {
        Trace on = base.get();
        String problem = notReady() != null ? notReady() : Labels.outside(on, inPrompt, position);
        if (problem != null) {
            message.set(problem);
            return;
        }
        Integer parent = selected.get();
        FactualRun run = factual.get();
        Branches tree = branches.get();
        slot.start("Replaying " + (inPrompt ? "prompt position " : "position ") + position, (p, c) -> borrowed(m -> {
            int[] ids = text != null ? m.requireTokenizer().encodeIds(text) : new int[] {id};
            if (ids.length == 0) {
                throw new ModelException("the replacement \"" + text + "\" tokenises to nothing: type some text or pick a token");
            }
            return CounterfactualWork.replay(m, run, tree, parent, new Intervention(inPrompt, position, ids), tree.size(), p, c);
        }), cmp -> {
            String label = Labels.branch(facts.get(), on, cmp.intervention());
            branches.set(tree.add(parent, cmp.result(), label, cmp.counterfactualText(), cmp.interventionalText()));
            shown.put(cmp.nodeId(), cmp);
            select(cmp.nodeId());
            publish();
        });
    }

    /** Shows the factual run (null) or a branch: its run becomes the one clicks change; replayed if not yet shown. */
    public void select(Integer nodeId) {
        selected.set(nodeId);
        Comparison known = nodeId == null ? null : shown.get(nodeId);
        comparison.set(known);
        base.set(nodeId == null ? (factual.get() == null ? null : factual.get().trace())
                : known == null ? null : known.result().counterfactual());
        if (nodeId == null || known != null || notReady() != null) {
            return;
        }
        FactualRun run = factual.get();
        Branches tree = branches.get();
        slot.start("Replaying branch " + nodeId, (p, c) -> borrowed(m -> CounterfactualWork.show(m, run, tree, nodeId, p, c)), cmp -> {
            shown.put(nodeId, cmp);
            if (nodeId.equals(selected.get())) {
                select(nodeId);
            }
        });
    }

    /** Replaces the token at {@code position} of the run on show by each of its top-{@code m} alternatives. */
    public void sweep(int position, int m) {
        Trace on = base.get();
        String problem = notReady() != null ? notReady() : Labels.outside(on, false, position);
        if (problem != null) {
            message.set(problem);
            return;
        }
        Integer node = selected.get();
        FactualRun run = factual.get();
        Branches tree = branches.get();
        slot.start("Sweeping position " + position, (p, c) -> borrowed(mod -> CounterfactualWork.sweep(mod, run, tree, node, on,
                position, m, p, c)), result -> {
                    sweep.set(result);
                    publish();
                });
    }

    /**
     * Loads a project section (null: none) without marking anything changed. {@code projectModelSha} is the
     * project's model hash, used when the section records none. A saved factual run is regenerated and checked.
     */
    public void restore(ObjectNode json, String projectModelSha) {
        slot.cancel();
        shown.clear();
        message.set("");
        SectionCodec.Saved s = saved.restore(json, prompts, projectModelSha, message::set);
        boolean fresh = json == null && !prompts.isEmpty();
        settings.set(fresh ? s.settings().withPrompt(prompts.get(0)) : s.settings()); // a new panel starts on the first prompt
        factual.set(null);
        branches.set(s.branches());
        sweep.set(s.sweep());
        select(null);
        if (facts.get() != null && saved.restorePending()) {
            saved.mismatch(facts.get()).ifPresentOrElse(message::set, this::regenerate);
        }
    }

    /** Starts over from another section (the Stepper's run, imported): restored, then saved as this panel's. */
    public void startFrom(ObjectNode json) {
        restore(json, null);
        publish();
    }

    /** Remakes the saved factual run on the loaded model and shows the last branch if the ids agree. */
    private void regenerate() {
        saved.restoreStarted();
        if (saved.mismatch(facts.get()).isPresent()) {
            return;
        }
        FactualSettings s = settings.get();
        slot.start("Regenerating the factual run", (p, c) -> borrowed(m -> CounterfactualWork.factual(m, s, p, c)), run -> {
            SectionCodec.SavedRun was = saved.factual();
            int[] ids = run.trace().generatedIds();
            // A prefix is enough: a stepper trace may stop where the user stopped stepping.
            if (was.ids().length > ids.length || !Arrays.equals(was.ids(), Arrays.copyOf(ids, was.ids().length))
                    || !Arrays.equals(was.promptIds(), run.trace().promptIds())) {
                message.set("The saved factual run does not reproduce on the loaded model: it was made with a different model "
                        + "or settings. The branch tree is shown as saved; press Generate to start a new run on this model.");
                return;
            }
            factual.set(run);
            select(branches.get().isEmpty() ? null : branches.get().size() - 1);
        });
    }

    private void publish() {
        section.set(saved.write(settings.get(), factual.get(), branches.get(), sweep.get(), prompts));
    }

    /** Shows a problem the view found (a field it cannot read) on the message line. */
    public void showProblem(String text) {
        message.set(text);
    }

    public ObjectProperty<FactualSettings> settingsProperty() { return settings; }
    public ObservableList<String> prompts() { return prompts; }
    public ReadOnlyObjectProperty<ModelFacts> factsProperty() { return facts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<FactualRun> factualProperty() { return factual.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Branches> branchesProperty() { return branches.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Integer> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    /** The run clicks change: the factual run, or the selected branch's counterfactual once replayed. */
    public ReadOnlyObjectProperty<Trace> baseProperty() { return base.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SweepResult> sweepProperty() { return sweep.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return slot.busyProperty(); }
    /** The section to save; changes only on the user's actions, never on restore. */
    public ReadOnlyObjectProperty<ObjectNode> sectionProperty() { return section.getReadOnlyProperty(); }
}
