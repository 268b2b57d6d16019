package org.tokenscope.views.stepper;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.TrialFormula;

/**
 * The sampler and CNTP settings. Each field names its sampler stage as the spec does; the trial-count formula
 * in use is spelled out under its chooser, because the paper's and the code's formulas give different counts.
 */
final class SettingsPane extends ScrollPane {
    private static final String CODE = "N = int(1 + (N_max − 1)·clamp((H − H_low)/(H_high − H_low), 0, 1)) — the authors' code";
    private static final String PAPER = "N = max(1, min(N_max, ⌊N_max·(H − H_low)/(H_high − H_low)⌋)) — the paper's Algorithm 1";

    SettingsPane(StepperViewModel vm) {
        StepperSettings s = vm.settings();
        GridPane sampler = grid();
        int r = 0;
        row(sampler, r++, "Seed", Spinners.integer("stepper-seed", 0, Integer.MAX_VALUE, 1, s.seedProperty()),
                "Key of the Gumbel noise: the same seed and settings give the same run.");
        row(sampler, r++, "τ (temperature)", Spinners.decimal("stepper-temperature", 0, 10, 0.1, s.temperatureProperty()),
                "0 is greedy (ties to the lowest id).");
        row(sampler, r++, "top-k", Spinners.integer("stepper-top-k", 0, 1_000_000, 1, s.topKProperty()), "0 = off.");
        row(sampler, r++, "top-p", Spinners.decimal("stepper-top-p", 0.01, 1, 0.05, s.topPProperty()),
                "Nucleus: keeps tokens whose cumulative probability before them is ≤ top-p. 1 = off.");
        row(sampler, r++, "min-p", Spinners.decimal("stepper-min-p", 0, 1, 0.01, s.minPProperty()),
                "Keeps tokens with p ≥ min-p · p_max. 0 = off.");
        row(sampler, r++, "Max tokens", Spinners.integer("stepper-max-tokens", 1, 100_000, 8, s.maxTokensProperty()),
                "The run stops here (or earlier at the end of the model's context).");
        row(sampler, r++, "Alternatives", Spinners.integer("stepper-top-n", 1, 100, 1, s.topNProperty()),
                "How many most probable tokens each step records, for the hover and the bars.");
        CheckBox eos = new CheckBox("Stop at EOS");
        eos.setId("stepper-stop-at-eos");
        eos.selectedProperty().bindBidirectional(s.stopAtEosProperty());
        sampler.add(eos, 0, r, 2, 1);

        CheckBox cautious = new CheckBox("Cautious decoding (CNTP)");
        cautious.setId("stepper-cautious");
        cautious.selectedProperty().bindBidirectional(s.cautiousProperty());
        cautious.setTooltip(new Tooltip("Where the entropy is high, run several trials to the next punctuation from the same "
                + "state and keep the one with the lowest perplexity (Wang et al., 2025)."));
        GridPane cntp = grid();
        r = 0;
        row(cntp, r++, "H_low", Spinners.decimal("stepper-h-low", 0, 50, 0.05, s.hLowProperty()),
                "Entropy (nats) below which a step runs one trial.");
        row(cntp, r++, "H_high", Spinners.decimal("stepper-h-high", 0, 50, 0.05, s.hHighProperty()),
                "Entropy (nats) from which a step runs N_max trials.");
        row(cntp, r++, "N_max", Spinners.integer("stepper-max-trials", 1, 64, 1, s.maxTrialsProperty()), "The most trials per step.");
        ChoiceBox<TrialFormula> formula = choice("stepper-formula", TrialFormula.values(), TrialFormula::label);
        formula.valueProperty().bindBidirectional(s.formulaProperty());
        row(cntp, r++, "Formula", formula, "How the entropy becomes a trial count.");
        Label formulaText = new Label();
        formulaText.setId("stepper-formula-text");
        formulaText.getStyleClass().add("stepper-note");
        formulaText.setWrapText(true);
        formulaText.textProperty().bind(Bindings.createStringBinding(
                () -> "In use: " + (s.formulaProperty().get() == TrialFormula.PAPER ? PAPER : CODE), s.formulaProperty()));
        cntp.add(formulaText, 0, r++, 2, 1);
        ChoiceBox<Punctuation.Mode> punct = choice("stepper-punctuation", Punctuation.Mode.values(),
                m -> m == Punctuation.Mode.TEXT ? "by decoded text" : "exact ids (parity)");
        punct.valueProperty().bindBidirectional(s.punctuationProperty());
        row(cntp, r, "Ends at", punct, "Punctuation by decoded text (also merged tokens like \".\\n\"), or the authors' "
                + "exact-id set of . , \\n ? ! : ; ) ] }.");
        cntp.disableProperty().bind(s.cautiousProperty().not());

        Label note = new Label("Settings apply to a new run: after Reset, or before the first step.");
        note.getStyleClass().add("stepper-note");
        note.setWrapText(true);
        VBox box = new VBox(8, heading("Sampler"), sampler, heading("Cautious mode"), cautious, cntp, note);
        box.setPadding(new Insets(8));
        box.setPrefWidth(250);
        setContent(box);
        setFitToWidth(true);
        setId("stepper-settings");
        getStyleClass().add("stepper-settings");
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        return g;
    }

    private static void row(GridPane g, int r, String label, Node field, String help) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(help);
        l.setTooltip(tip);
        if (field instanceof javafx.scene.control.Control c) {
            c.setTooltip(new Tooltip(help));
        }
        g.add(l, 0, r);
        g.add(field, 1, r);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("stepper-heading");
        return l;
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, java.util.function.Function<T, String> name) {
        ChoiceBox<T> c = new ChoiceBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }
}
