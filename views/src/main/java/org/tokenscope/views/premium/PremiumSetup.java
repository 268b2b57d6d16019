package org.tokenscope.views.premium;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
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
import javafx.collections.ObservableMap;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.host.premium.Lexicon;
import org.tokenscope.host.premium.Normalization;
import org.tokenscope.host.premium.PremiumSettings;

/**
 * What the user chose to compare: corpus, tokenizers, reference, counting convention and the model sample.
 * Properties only (FX thread); {@link #observables()} lists them so the project link can save on any change.
 */
public final class PremiumSetup {
    /** The tokenizers a new comparison starts with: the three OpenAI vocabularies Petrov et al. compare. */
    static final List<String> DEFAULT_TOKENIZERS = List.of("r50k", "cl100k", "o200k");
    /** Segments per language the model scores by default: a UDHR preamble and two articles stay quick. */
    static final int DEFAULT_MODEL_SEGMENTS = 3;
    static final int MAX_MODEL_SEGMENTS = 50;

    private final ObjectProperty<CorpusSpec> corpus = new SimpleObjectProperty<>(this, "corpus", CorpusSpec.UDHR);
    private final ObservableList<TokenizerSpec> tokenizers = FXCollections.observableArrayList(
            DEFAULT_TOKENIZERS.stream().map(TokenizerSpec::builtIn).toList());
    private final StringProperty reference = new SimpleStringProperty(this, "reference", PremiumSettings.DEFAULT_REFERENCE);
    private final ObjectProperty<Convention> convention = new SimpleObjectProperty<>(this, "convention", Convention.PETROV);
    private final ObjectProperty<Normalization> normalization =
            new SimpleObjectProperty<>(this, "normalization", Normalization.NONE);
    private final BooleanProperty wholeDocument = new SimpleBooleanProperty(this, "wholeDocument", false);
    private final BooleanProperty includePartial = new SimpleBooleanProperty(this, "includePartial", false);
    /** Codes to compare; empty compares every language of the corpus. */
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    /** Lexicon files by language code, for %valid and %pure. */
    private final ObservableMap<String, Path> lexicons = FXCollections.observableMap(new LinkedHashMap<>());
    private final BooleanProperty scoreModel = new SimpleBooleanProperty(this, "scoreModel", true);
    private final IntegerProperty modelSegments = new SimpleIntegerProperty(this, "modelSegments", DEFAULT_MODEL_SEGMENTS);

    PremiumSetup() {
        // Partial UDHR translations hold different articles: only whole-document mode can compare them.
        includePartial.addListener((obs, was, now) -> {
            if (now) {
                wholeDocument.set(true);
            }
        });
        wholeDocument.addListener((obs, was, now) -> {
            if (!now) {
                includePartial.set(false);
            }
        });
        modelSegments.addListener((obs, was, now) -> {
            int clamped = Math.max(1, Math.min(MAX_MODEL_SEGMENTS, now.intValue()));
            if (clamped != now.intValue()) {
                modelSegments.set(clamped);
            }
        });
    }

    public ObjectProperty<CorpusSpec> corpusProperty() {
        return corpus;
    }

    public ObservableList<TokenizerSpec> tokenizers() {
        return tokenizers;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<Convention> conventionProperty() {
        return convention;
    }

    public ObjectProperty<Normalization> normalizationProperty() {
        return normalization;
    }

    public BooleanProperty wholeDocumentProperty() {
        return wholeDocument;
    }

    public BooleanProperty includePartialProperty() {
        return includePartial;
    }

    public ObservableList<String> languages() {
        return languages;
    }

    public ObservableMap<String, Path> lexicons() {
        return lexicons;
    }

    public BooleanProperty scoreModelProperty() {
        return scoreModel;
    }

    public IntegerProperty modelSegmentsProperty() {
        return modelSegments;
    }

    /** Every property and list that is saved in the project. */
    List<Observable> observables() {
        return List.of(corpus, tokenizers, reference, convention, normalization, wholeDocument, includePartial, languages,
                lexicons, scoreModel, modelSegments);
    }

    /** The engine's settings with lexicons already loaded (loading reads files, so it happens on the job thread). */
    PremiumSettings settings(Map<String, Lexicon> loadedLexicons, int threads) {
        return new PremiumSettings(reference.get(), convention.get(), normalization.get(), wholeDocument.get(),
                loadedLexicons, threads);
    }

    /** Back to a fresh panel's choices, before a project without a premium section is shown. */
    void reset() {
        corpus.set(CorpusSpec.UDHR);
        tokenizers.setAll(DEFAULT_TOKENIZERS.stream().map(TokenizerSpec::builtIn).toList());
        reference.set(PremiumSettings.DEFAULT_REFERENCE);
        convention.set(Convention.PETROV);
        normalization.set(Normalization.NONE);
        includePartial.set(false);
        wholeDocument.set(false);
        languages.clear();
        lexicons.clear();
        scoreModel.set(true);
        modelSegments.set(DEFAULT_MODEL_SEGMENTS);
    }
}
