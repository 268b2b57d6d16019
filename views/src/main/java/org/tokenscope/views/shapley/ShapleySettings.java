package org.tokenscope.views.shapley;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.attribution.AttributionSettings;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.host.attribution.Span;
import org.tokenscope.host.attribution.ValueKind;

/**
 * What the user set up for the next attribution, as editable properties: the prompt, what a player is, the
 * question asked of the model (a target, or options to choose among) and the budget. {@link #toEngine()} turns
 * them into the engine's settings; the engine, not this class, judges whether they make sense, so every
 * refusal reads the same in the panel and on the command line.
 */
public final class ShapleySettings {
    /** The question: the probability of one continuation, or the share of one option among several. */
    public enum Question { TARGET, OPTIONS }

    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(this, "granularity", Granularity.WORDS);
    /** The players when the granularity is SPANS, in the order drawn. */
    private final ObservableList<Span> spans = FXCollections.observableArrayList();
    private final ObservableList<Span> pins = FXCollections.observableArrayList();
    private final ObjectProperty<Question> question = new SimpleObjectProperty<>(this, "question", Question.TARGET);
    /** Null: logprob for a target, choice for options. */
    private final ObjectProperty<ValueKind> value = new SimpleObjectProperty<>(this, "value");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    /** Options separated by "|", taken literally (a leading space is part of an option), as on the command line. */
    private final StringProperty options = new SimpleStringProperty(this, "options", "");
    /** Empty: the first option. */
    private final StringProperty choice = new SimpleStringProperty(this, "choice", "");
    private final ObjectProperty<MaskingKind> masking = new SimpleObjectProperty<>(this, "masking", MaskingKind.REMOVE);
    private final StringProperty filler = new SimpleStringProperty(this, "filler", AttributionSettings.DEFAULT_FILLER);
    /** Null: exact up to 12 players, else permutation sampling. */
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(this, "method");
    /** Permutations or KernelSHAP coalitions; 0: the engine's default. */
    private final LongProperty samples = new SimpleLongProperty(this, "samples", 0);
    /** Sampling stops after this long; 0: no limit. */
    private final DoubleProperty maxSeconds = new SimpleDoubleProperty(this, "maxSeconds", 0);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 0);
    /** Whether φ is plotted against surprisal (one extra forward pass per run). */
    private final BooleanProperty tokenNoise = new SimpleBooleanProperty(this, "tokenNoise", true);

    /** Every property, so the view model can notice any change worth saving. */
    List<Observable> all() {
        return List.of(prompt, granularity, spans, pins, question, value, target, options, choice, masking, filler, method,
                samples, maxSeconds, seed, tokenNoise);
    }

    /** The engine's settings; null fields are left for the engine to choose. */
    public AttributionSettings toEngine() {
        AttributionSettings.Builder b = AttributionSettings.builder()
                .granularity(granularity.get())
                .spans(List.copyOf(spans))
                .pins(List.copyOf(pins))
                .value(value.get())
                .masking(masking.get())
                .filler(filler.get())
                .method(method.get())
                .samples(samples.get())
                .seed(seed.get())
                .maxSeconds(maxSeconds.get());
        if (question.get() == Question.TARGET) {
            b.target(target.get().isEmpty() ? null : target.get()); // empty means "none": the engine says what to do
        } else {
            b.options(optionList()).choice(choice.get().isEmpty() ? null : choice.get());
        }
        return b.build();
    }

    /** The options as a list; "A|B" gives [A, B], an empty field none. */
    public List<String> optionList() {
        String o = options.get();
        return o.isEmpty() ? List.of() : Arrays.asList(o.split(Pattern.quote("|"), -1));
    }

    /** Shows the settings a run was made with, so Run again repeats it. */
    public void show(String text, AttributionSettings s) {
        prompt.set(text);
        granularity.set(s.granularity());
        spans.setAll(s.spans());
        pins.setAll(s.pins());
        question.set(s.options().isEmpty() ? Question.TARGET : Question.OPTIONS);
        value.set(s.value());
        target.set(s.target() == null ? "" : s.target());
        options.set(String.join("|", s.options()));
        choice.set(s.choice() == null ? "" : s.choice());
        masking.set(s.masking());
        filler.set(s.filler() == null ? AttributionSettings.DEFAULT_FILLER : s.filler());
        method.set(s.method());
        samples.set(s.samples());
        maxSeconds.set(s.maxSeconds());
        seed.set(s.seed());
    }

    public StringProperty promptProperty() { return prompt; }
    public ObjectProperty<Granularity> granularityProperty() { return granularity; }
    public ObservableList<Span> spans() { return spans; }
    public ObservableList<Span> pins() { return pins; }
    public ObjectProperty<Question> questionProperty() { return question; }
    public ObjectProperty<ValueKind> valueProperty() { return value; }
    public StringProperty targetProperty() { return target; }
    public StringProperty optionsProperty() { return options; }
    public StringProperty choiceProperty() { return choice; }
    public ObjectProperty<MaskingKind> maskingProperty() { return masking; }
    public StringProperty fillerProperty() { return filler; }
    public ObjectProperty<Method> methodProperty() { return method; }
    public LongProperty samplesProperty() { return samples; }
    public DoubleProperty maxSecondsProperty() { return maxSeconds; }
    public LongProperty seedProperty() { return seed; }
    public BooleanProperty tokenNoiseProperty() { return tokenNoise; }
}
