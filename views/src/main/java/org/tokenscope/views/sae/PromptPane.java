package org.tokenscope.views.sae;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.host.sae.PromptFeatures;
import org.tokenscope.host.sae.SaeCode;
import org.tokenscope.views.controls.TokenStrip;

/**
 * The prompt view: each token of a prompt as a chip tinted by how many features fire on it; click a token to
 * list its active features (strongest first), click a feature to open its card.
 */
final class PromptPane extends VBox {
    private final SaeViewModel vm;
    private final TokenStrip strip = new TokenStrip();
    private final FlowPane active = new FlowPane(6, 4);
    private final Label tokenTitle = new Label();
    private final IntConsumer openCard;

    PromptPane(SaeViewModel vm, IntConsumer openCard) {
        super(6);
        this.vm = vm;
        this.openCard = openCard;
        setId("sae-prompt-pane");
        setPadding(new Insets(8));
        TextArea text = new TextArea();
        text.setId("sae-prompt");
        text.setPromptText("Type a prompt; its tokens' active features are shown below.");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(vm.promptProperty());
        Button run = new Button("Show features");
        run.setId("sae-prompt-run");
        run.setOnAction(e -> vm.runPrompt());
        run.disableProperty().bind(vm.saeProperty().isNull());
        HBox.setHgrow(text, Priority.ALWAYS);
        strip.setId("sae-prompt-strip");
        strip.setPrefHeight(140);
        strip.placeholderProperty().set("Open an SAE, type a prompt and press Show features. Chips are tinted by the "
                + "number of active features; click one to list them.");
        active.setId("sae-prompt-features");
        tokenTitle.setId("sae-prompt-token");
        ScrollPane activeScroll = new ScrollPane(active);
        activeScroll.setFitToWidth(true);
        VBox.setVgrow(activeScroll, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, text, run), strip, tokenTitle, activeScroll);
        vm.promptTokens().addListener((javafx.collections.ListChangeListener<PromptFeatures.TokenFeatures>) c -> refresh());
        strip.selectedIndexProperty().addListener((o, was, now) -> showToken(now.intValue()));
    }

    private void refresh() {
        List<TokenStrip.Token> tokens = new ArrayList<>();
        for (PromptFeatures.TokenFeatures t : vm.promptTokens()) {
            SaeCode code = t.code();
            tokens.add(new TokenStrip.Token(t.display(), code == null ? Double.NaN : code.size(),
                    code == null ? t.text() + ": not encoded" : t.text() + ": " + code.size() + " active features", false));
        }
        strip.selectedIndexProperty().set(-1);
        strip.getTokens().setAll(tokens);
        showToken(-1);
    }

    /** Lists the active features of token i (strongest first); -1 clears. */
    void showToken(int i) {
        active.getChildren().clear();
        if (i < 0 || i >= vm.promptTokens().size()) {
            tokenTitle.setText(vm.promptTokens().isEmpty() ? "" : "Click a token to list its active features.");
            return;
        }
        PromptFeatures.TokenFeatures t = vm.promptTokens().get(i);
        SaeCode code = t.code();
        if (code == null) {
            tokenTitle.setText("Token " + i + " (" + t.display() + ") is not encoded.");
            return;
        }
        tokenTitle.setText("Token " + i + " (" + t.display() + "): " + code.size() + " active features");
        Integer[] order = new Integer[code.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(code.values()[b], code.values()[a]));
        for (int j : order) {
            int feature = code.indices()[j];
            String hint = "";
            if (vm.statsProperty().get() != null) {
                FeatureSummary s = vm.statsProperty().get().feature(feature);
                hint = s.topLogits().isEmpty() ? "" : " → " + s.topLogits().get(0).display();
            }
            Hyperlink link = new Hyperlink(String.format(Locale.ROOT, "#%d %.2f%s", feature, code.values()[j], hint));
            link.setId("sae-prompt-feature-" + feature);
            link.setOnAction(e -> openCard.accept(feature));
            active.getChildren().add(link);
        }
    }

    TokenStrip strip() {
        return strip;
    }
}
