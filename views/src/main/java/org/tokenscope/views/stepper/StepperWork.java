package org.tokenscope.views.stepper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tokenscope.host.decode.CautiousInfo;
import org.tokenscope.host.decode.DecodeSession;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.StageSummary;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The stepper's background work: advancing a run and scoring a text. Runs off the FX thread and touches no
 * property; a run's progress leaves through {@code post} as immutable {@link Run} snapshots. Input the model
 * refuses (an empty prompt, a prompt longer than the context, no model) comes back as a one-line refusal for
 * the panel to show, not as a failure: it is the user's next edit, not an error to report.
 */
final class StepperWork {
    static final String NO_MODEL = "No model is loaded: open a model folder, or use the embedded demo model (Model menu).";

    /** How far one job advances a run. */
    enum Until { ONE_STEP, PUNCTUATION, END }

    /** A value, or the one line saying why the input cannot be used. */
    record Outcome<T>(T value, String refusal) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> refused(String why) {
            return new Outcome<>(null, why);
        }
    }

    /** A new run: the prompt text and the settings it is made with. */
    record Start(String prompt, Trace settings, int topN) {
    }

    private StepperWork() {
    }

    /** Advances {@code current} (or starts {@code start} when it is null) until {@code until}, finished or cancelled. */
    static Outcome<Run> advance(SessionCache cache, ModelProvider models, Run current, Start start, Until until,
            Progress progress, Cancellation cancel, Consumer<Run> post) {
        Optional<ModelProvider.Lease> borrowed = models.borrow();
        if (borrowed.isEmpty()) {
            return Outcome.refused(NO_MODEL);
        }
        ModelProvider.Lease lease = borrowed.get();
        LanguageModel model = lease.model();
        Trace want = current != null ? current.trace() : start.settings();
        String prompt = current != null ? current.prompt() : start.prompt();
        int topN = current != null ? current.topN() : start.topN();
        if (current == null) {
            try {
                int[] ids = model.encodePrompt(prompt);
                want = new Trace(want.sampler(), want.cautious(), want.maxTokens(), want.stopAtEos(), ids, List.of(), Trace.RUNNING);
            } catch (ModelException e) {
                lease.close();
                return Outcome.refused(ErrorAlert.oneLine(e));
            }
        }
        DecodeSession session = cache.at(lease, want, topN, cancel); // the cache owns the lease from here
        if (session.finished() && want.steps().isEmpty()) {
            return Outcome.refused("The prompt fills the model's context of " + model.contextLength()
                    + " tokens: there is no room to generate. Shorten the prompt.");
        }
        Tokenizer tok = model.tokenizer().orElse(null);
        boolean[] punctuation = tok == null ? null : Punctuation.table(tok,
                want.cautious() != null ? want.cautious().punctuation() : Punctuation.Mode.TEXT, model.logitsWidth());
        Map<Integer, String> texts = new HashMap<>(current != null ? current.texts() : Map.of());
        Run run = current;
        while (!session.finished()) {
            cancel.check();
            List<Step> added = session.step();
            if (added.isEmpty()) {
                break;
            }
            added.forEach(s -> remember(texts, tok, s));
            Trace t = session.trace();
            run = new Run(prompt, t, continuation(tok, t), texts, topN);
            post.accept(run);
            progress.update(t.steps().size(), t.maxTokens(), "token " + t.steps().size() + " of " + t.maxTokens());
            int last = added.get(added.size() - 1).id();
            if (until == Until.ONE_STEP || until == Until.PUNCTUATION && punctuation != null && punctuation[last]) {
                break;
            }
        }
        return Outcome.ok(run);
    }

    /** Display texts of the chosen token, every stage's alternatives and every trial's tokens. */
    private static void remember(Map<Integer, String> texts, Tokenizer tok, Step s) {
        if (tok == null) {
            return;
        }
        texts.computeIfAbsent(s.id(), tok::displayText);
        for (StageSummary st : s.stages()) {
            for (int id : st.topIds()) {
                texts.computeIfAbsent(id, tok::displayText);
            }
        }
        if (s.cautious() != null) {
            for (CautiousInfo.Trial trial : s.cautious().details()) {
                for (int id : trial.ids()) {
                    texts.computeIfAbsent(id, tok::displayText);
                }
            }
        }
    }

    /** The generated text without the EOS that ended it, as {@code generate} prints it. */
    private static String continuation(Tokenizer tok, Trace t) {
        if (tok == null) {
            return "";
        }
        return t.continuationText(tok);
    }
}
