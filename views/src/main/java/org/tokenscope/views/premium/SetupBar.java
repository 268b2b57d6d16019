package org.tokenscope.views.premium;

import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.host.premium.Normalization;

/**
 * The top of the panel, collapsible: what to compare (corpus, languages, tokenizers, reference, convention,
 * the model sample). Rows wrap on narrow windows.
 */
final class SetupBar extends TitledPane {
    private final PremiumSetup setup;
    private final FlowPane tokenizerChips = new FlowPane(4, 4);

    SetupBar(PremiumViewModel vm, PremiumDialogs dialogs) {
        this.setup = vm.setup();
        Label corpusName = new Label();
        corpusName.setId("premium-corpus-name");
        corpusName.getStyleClass().add("premium-corpus-name");
        corpusName.textProperty().bind(Bindings.createStringBinding(() -> setup.corpusProperty().get().label() + " · "
                + vm.corpusLanguages().size() + " languages", setup.corpusProperty(), vm.corpusLanguages()));
        Button corpus = button("premium-add-corpus", "Change corpus…", "A FLORES-200 folder, a TSV or JSONL file, or the bundled UDHR");
        corpus.setOnAction(e -> dialogs.openCorpus(getScene().getWindow()));
        CheckBox partial = check("premium-include-partial", "Include partial translations", setup.includePartialProperty(),
                "UDHR translations that lack articles; they can only be compared as whole documents");
        partial.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> setup.corpusProperty().get().kind() == CorpusSpec.Kind.UDHR, setup.corpusProperty()));
        partial.managedProperty().bind(partial.visibleProperty());
        CheckBox whole = check("premium-whole-document", "Whole documents", setup.wholeDocumentProperty(),
                "Compare whole texts even when languages hold different segments");
        Node row1 = row(field("Corpus"), corpusName, corpus, partial, whole);

        Button addTokenizer = button("premium-add-tokenizer", "Add tokenizer…", "A built-in vocabulary, the model's tokenizer, or a tokenizer.json");
        addTokenizer.setOnAction(e -> dialogs.addTokenizer(getScene().getWindow()));
        tokenizerChips.setId("premium-tokenizers");
        tokenizerChips.setAlignment(Pos.CENTER_LEFT);
        setup.tokenizers().addListener((ListChangeListener<TokenizerSpec>) c -> showTokenizers(addTokenizer));
        showTokenizers(addTokenizer);
        HBox row2 = new HBox(6, field("Tokenizers"), tokenizerChips);
        row2.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tokenizerChips, javafx.scene.layout.Priority.ALWAYS);

        ChoiceBox<Convention> convention = choice("premium-convention", Convention.values(), setup.conventionProperty(),
                Convention::key);
        convention.setTooltip(new Tooltip(Arrays.stream(Convention.values()).map(c -> c.key() + ": " + c.description())
                .reduce((a, b) -> a + "\n" + b).orElse("")));
        ChoiceBox<Normalization> normalization = choice("premium-normalization", Normalization.values(),
                setup.normalizationProperty(), n -> n == Normalization.NONE ? "raw UTF-8" : n.key().toUpperCase(java.util.Locale.ROOT));
        CheckBox score = check("premium-score-model", "Score with the model:", setup.scoreModelProperty(),
                "Bits per byte and mean entropy of the loaded model on the first segments of each language");
        Spinner<Integer> segments = new Spinner<>(1, PremiumSetup.MAX_MODEL_SEGMENTS, setup.modelSegmentsProperty().get());
        segments.setId("premium-model-segments");
        segments.setPrefWidth(64);
        segments.getValueFactory().valueProperty().addListener((o, was, now) -> setup.modelSegmentsProperty().set(now));
        setup.modelSegmentsProperty().addListener((o, was, now) -> segments.getValueFactory().setValue(now.intValue()));
        Label perLanguage = new Label("segments per language");
        for (Node n : List.of(score, segments, perLanguage)) {
            n.disableProperty().bind(vm.modelLoadedProperty().not());
        }
        segments.disableProperty().unbind();
        segments.disableProperty().bind(vm.modelLoadedProperty().not().or(setup.scoreModelProperty().not()));
        Node row3 = row(field("Reference"), new LanguageChooser("premium-reference", vm.corpusLanguages(),
                setup.referenceProperty()), field("Convention"), convention, field("Text"), normalization,
                field("Languages"), languagesField());

        Node row4 = row(score, segments, perLanguage);
        VBox rows = new VBox(6, row1, row2, row3, row4);
        rows.getStyleClass().add("premium-setup");
        setContent(rows);
        setId("premium-setup");
        // Collapsed, the title still says what is being compared.
        textProperty().bind(Bindings.createStringBinding(() -> "Setup: " + setup.corpusProperty().get().label() + " · "
                        + (setup.languages().isEmpty() ? vm.corpusLanguages().size() + " languages" : setup.languages().size() + " chosen languages")
                        + " · " + String.join(", ", setup.tokenizers().stream().map(TokenizerSpec::name).toList())
                        + " · reference " + setup.referenceProperty().get(),
                setup.corpusProperty(), setup.languages(), vm.corpusLanguages(), setup.tokenizers(), setup.referenceProperty()));
    }

    private TextField languagesField() {
        TextField f = new TextField(String.join(", ", setup.languages()));
        f.setId("premium-languages");
        f.setPromptText("all, or codes: eng_Latn, tur_Latn");
        f.setPrefColumnCount(13);
        f.setTooltip(new Tooltip("Compare only these languages (comma-separated codes); empty compares all"));
        Runnable commit = () -> {
            List<String> codes = Arrays.stream(f.getText().split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!codes.equals(setup.languages())) {
                setup.languages().setAll(codes);
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        setup.languages().addListener((ListChangeListener<String>) c -> f.setText(String.join(", ", setup.languages())));
        return f;
    }

    /** The chips, then the add button, so the button follows the last chip on wide and narrow windows alike. */
    private void showTokenizers(Button add) {
        List<Node> nodes = new java.util.ArrayList<>(setup.tokenizers().stream().map(this::chip).toList());
        nodes.add(add);
        tokenizerChips.getChildren().setAll(nodes);
    }

    private Node chip(TokenizerSpec spec) {
        Label name = new Label(spec.name());
        Button remove = new Button("✕");
        remove.setId("premium-remove-" + spec.name());
        remove.setTooltip(new Tooltip("Stop comparing " + spec.name()));
        remove.setOnAction(e -> setup.tokenizers().remove(spec));
        HBox chip = new HBox(name, remove);
        chip.getStyleClass().add("premium-tokenizer-chip");
        Tooltip.install(chip, new Tooltip(spec.file() != null ? spec.file().toString()
                : spec.isModel() ? "the loaded model's tokenizer" : "built in"));
        return chip;
    }

    static Label field(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("premium-field-label");
        return l;
    }

    static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value, String tip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    static <T> ChoiceBox<T> choice(String id, T[] values, javafx.beans.property.Property<T> value,
                                   java.util.function.Function<T, String> text) {
        ChoiceBox<T> c = new ChoiceBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // choice boxes never parse
            }
        });
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(6, 4, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("premium-bar");
        return row;
    }
}
