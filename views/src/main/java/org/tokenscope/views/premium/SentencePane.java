package org.tokenscope.views.premium;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.tokenscope.views.controls.HeatLegend;
import org.tokenscope.views.controls.TokenStrip;

/**
 * One segment in two languages (rows) under two tokenizers (columns), each as token chips with its count and
 * its ratio to the first language under the same tokenizer. Chips are tinted by the UTF-8 bytes they cover on
 * one shared scale, so long, efficient tokens and byte-by-byte spelling stand out alike in all four cells.
 */
final class SentencePane extends VBox {
    /** Bytes per token at the top of the tint: longer tokens are rare outside English. */
    private static final double MAX_BYTES = 8;

    private final SentenceModel model;
    private final GridPane grid = new GridPane();

    SentencePane(PremiumViewModel vm) {
        this.model = vm.sentence();
        setId("premium-sentence");
        setSpacing(6);
        ChoiceBox<String> tokA = tokenizerChoice("premium-sentence-tokenizer-a", vm, model.tokenizerAProperty());
        ChoiceBox<String> tokB = tokenizerChoice("premium-sentence-tokenizer-b", vm, model.tokenizerBProperty());
        ComboBox<String> segment = new ComboBox<>(model.segments());
        segment.setId("premium-sentence-segment");
        segment.setVisibleRowCount(16);
        segment.valueProperty().bindBidirectional(model.segmentProperty());
        Label problem = new Label();
        problem.getStyleClass().add("premium-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HeatLegend legend = new HeatLegend();
        legend.titleProperty().set("UTF-8 bytes per token");
        legend.lowTextProperty().set("1");
        legend.highTextProperty().set("≥ " + (int) MAX_BYTES);
        Label fallback = new Label("Dashed outline: a token that is not a whole character (byte fallback).");
        fallback.getStyleClass().add("premium-note");

        getChildren().addAll(
                SetupBar.row(SetupBar.field("Languages"), new LanguageChooser("premium-sentence-language-a", vm.corpusLanguages(),
                        model.languageAProperty()), new LanguageChooser("premium-sentence-language-b", vm.corpusLanguages(),
                        model.languageBProperty()), SetupBar.field("Tokenizers"), tokA, tokB, SetupBar.field("Segment"), segment),
                problem, grid, SetupBar.row(legend, fallback));
        VBox.setVgrow(grid, Priority.ALWAYS);
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setVgrow(Priority.ALWAYS);
            r.setPercentHeight(50);
            grid.getRowConstraints().add(r);
        }
        model.cells().addListener((ListChangeListener<TokenizedSentence>) c -> show());
        show();
    }

    private void show() {
        grid.getChildren().clear();
        List<TokenizedSentence> cells = model.cells();
        if (cells.isEmpty()) {
            grid.add(LanguageTableView.emptyLabel(), 0, 0, 2, 1);
            return;
        }
        int perRow = cells.size() / 2 == 0 ? 1 : cells.size() / 2;
        for (int i = 0; i < cells.size(); i++) {
            TokenizedSentence base = cells.get(i % perRow); // the first language under the same tokenizer
            grid.add(cell(cells.get(i), base, i), i % perRow, i / perRow);
        }
    }

    private VBox cell(TokenizedSentence s, TokenizedSentence base, int index) {
        String ratio = base.tokens() == 0 || s.missing() != null ? ""
                : String.format(Locale.ROOT, " · %.2f× %s", (double) s.tokens() / base.tokens(), base.languageName());
        Label header = new Label(s.languageName() + " · " + s.tokenizer() + " — "
                + (s.missing() != null ? s.missing() : s.tokens() + " tokens" + ratio));
        header.setId("premium-sentence-header-" + index);
        header.getStyleClass().add("premium-sentence-header");
        TokenStrip strip = new TokenStrip();
        strip.setId("premium-sentence-strip-" + index);
        strip.domainProperty().set(new double[] {1, MAX_BYTES});
        strip.placeholderProperty().set(s.missing() == null ? "(empty segment)" : s.missing());
        strip.getTokens().setAll(s.chips().stream().map(c -> {
            int bytes = c.bytes();
            return new TokenStrip.Token(c.text(), Math.min(MAX_BYTES, bytes), "id " + c.id() + " · " + bytes + " byte"
                    + (bytes == 1 ? "" : "s") + (c.fallback() ? " · not a whole character" : ""), c.fallback());
        }).toList());
        VBox box = new VBox(header, strip);
        box.getStyleClass().add("premium-sentence-cell");
        VBox.setVgrow(strip, Priority.ALWAYS);
        return box;
    }

    private static ChoiceBox<String> tokenizerChoice(String id, PremiumViewModel vm, StringProperty value) {
        ChoiceBox<String> c = new ChoiceBox<>();
        c.setId(id);
        Runnable fill = () -> {
            String keep = value.get();
            c.getItems().setAll(vm.setup().tokenizers().stream().map(TokenizerSpec::name).toList());
            if (keep != null && c.getItems().contains(keep)) {
                c.setValue(keep);
            }
        };
        vm.setup().tokenizers().addListener((ListChangeListener<TokenizerSpec>) ch -> fill.run());
        fill.run();
        c.valueProperty().bindBidirectional(value);
        return c;
    }
}
