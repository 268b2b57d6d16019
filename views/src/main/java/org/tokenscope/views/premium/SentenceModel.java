package org.tokenscope.views.premium;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.premium.CorpusLanguage;
import org.tokenscope.host.premium.ParallelCorpus;
import org.tokenscope.host.premium.Segment;
import org.tokenscope.views.jobs.JobRunner;

/**
 * The side-by-side view: one segment in two languages under two tokenizers, four cells of token chips.
 * Any change of a choice tokenizes again on a job thread (four short encodes, after the corpus and tokenizers
 * are loaded once by the workspace).
 */
public final class SentenceModel {
    private final JobRunner jobs;
    private final PremiumWorkspace workspace;
    private final PremiumSetup setup;
    private final Supplier<Path> modelTokenizer;
    /** Runs a change that is not the user's (filling in the segment), so the project does not turn dirty. */
    private final Consumer<Runnable> quietly;

    private final StringProperty languageA = new SimpleStringProperty(this, "languageA");
    private final StringProperty languageB = new SimpleStringProperty(this, "languageB");
    private final StringProperty tokenizerA = new SimpleStringProperty(this, "tokenizerA");
    private final StringProperty tokenizerB = new SimpleStringProperty(this, "tokenizerB");
    private final StringProperty segment = new SimpleStringProperty(this, "segment");
    private final ObservableList<String> segments = FXCollections.observableArrayList();
    private final ObservableList<TokenizedSentence> cells = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Bumped per request, so a slow answer to an old choice never overwrites a newer one. */
    private long request;

    SentenceModel(JobRunner jobs, PremiumWorkspace workspace, PremiumSetup setup, Supplier<Path> modelTokenizer,
                  Consumer<Runnable> quietly) {
        this.jobs = jobs;
        this.workspace = workspace;
        this.setup = setup;
        this.modelTokenizer = modelTokenizer;
        this.quietly = quietly;
        for (Observable o : List.of(languageA, languageB, tokenizerA, tokenizerB, segment)) {
            o.addListener(x -> refresh());
        }
    }

    public StringProperty languageAProperty() {
        return languageA;
    }

    public StringProperty languageBProperty() {
        return languageB;
    }

    public StringProperty tokenizerAProperty() {
        return tokenizerA;
    }

    public StringProperty tokenizerBProperty() {
        return tokenizerB;
    }

    /** The segment id ({@code a1}, {@code dev:12}) shown in both languages. */
    public StringProperty segmentProperty() {
        return segment;
    }

    /** Segment ids of language A, for the chooser. */
    public ObservableList<String> segments() {
        return segments;
    }

    /** Four cells: A under tokenizer A, A under B, B under A, B under B (fewer while choices are missing). */
    public ObservableList<TokenizedSentence> cells() {
        return cells;
    }

    /** Why nothing can be shown (a corpus or tokenizer that does not load), empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    List<Observable> observables() {
        return List.of(languageA, languageB, tokenizerA, tokenizerB, segment);
    }

    /** Fills missing choices from a result: the reference against the language of highest premium. */
    void suggest(PremiumResult r) {
        if (r == null || r.tokenizers().isEmpty() || r.languages().isEmpty()) {
            return;
        }
        String first = r.tokenizers().get(0);
        if (languageA.get() == null) {
            languageA.set(r.counting().reference());
        }
        if (languageB.get() == null) {
            languageB.set(PremiumCharts.ranked(r, PremiumMetric.PREMIUM, first, PremiumCharts.Subset.ALL).get(0).code());
        }
        if (tokenizerA.get() == null) {
            tokenizerA.set(first);
        }
        if (tokenizerB.get() == null) {
            tokenizerB.set(r.tokenizers().get(r.tokenizers().size() - 1));
        }
    }

    /** Tokenizes the chosen segment again; called on every change and when the corpus or tokenizers change. */
    public void refresh() {
        String a = languageA.get();
        String b = languageB.get();
        List<TokenizerSpec> specs = new ArrayList<>();
        for (String name : new String[] {tokenizerA.get(), tokenizerB.get()}) {
            setup.tokenizers().stream().filter(t -> t.name().equals(name)).findFirst().ifPresent(specs::add);
        }
        if (a == null || b == null || specs.isEmpty()) {
            cells.clear();
            return;
        }
        long mine = ++request;
        CorpusSpec corpus = setup.corpusProperty().get();
        boolean partial = setup.includePartialProperty().get();
        Path model = modelTokenizer.get();
        String wanted = segment.get();
        jobs.task("Tokenizing the sentence view", (progress, cancel) -> Outcome.attempt(() -> {
            ParallelCorpus c = workspace.corpus(corpus, partial);
            CorpusLanguage first = c.language(a);
            List<String> ids = first.segments().stream().map(Segment::id).toList();
            String id = wanted != null && ids.contains(wanted) ? wanted : preferred(ids);
            List<TokenizedSentence> out = new ArrayList<>();
            for (String code : new String[] {a, b}) {
                CorpusLanguage language = c.language(code);
                String text = language.segments().stream().filter(s -> s.id().equals(id)).map(Segment::text).findFirst()
                        .orElse(null);
                for (TokenizerSpec spec : specs) {
                    out.add(text == null
                            ? TokenizedSentence.missing(code, language.name(), spec.name(), id, language.name() + " has no segment " + id)
                            : TokenizedSentence.of(code, language.name(), workspace.tokenizer(spec, model), id, text));
                }
            }
            return new Shown(ids, id, out);
        })).onSuccess(outcome -> {
            if (mine != request) {
                return; // a newer choice is on its way
            }
            if (outcome.isRefused()) {
                problem.set(outcome.refusal());
                cells.clear();
                return;
            }
            problem.set("");
            Shown shown = outcome.value();
            if (!segments.equals(shown.ids())) {
                segments.setAll(shown.ids());
            }
            cells.setAll(shown.cells());
            if (!shown.id().equals(segment.get())) {
                quietly.accept(() -> segment.set(shown.id())); // refreshes once more, with the same answer
            }
        }).start();
    }

    /** Article 1 of the UDHR reads like a sentence; other corpora start at their first segment. */
    private static String preferred(List<String> ids) {
        return ids.contains("a1") ? "a1" : ids.isEmpty() ? "" : ids.get(0);
    }

    private record Shown(List<String> ids, String id, List<TokenizedSentence> cells) {
    }
}
