package org.tokenscope.views.stepper;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tokenscope.views.controls.TokenStrip;

/**
 * The CNTP trials of the selected token's step: one line per trial with its perplexity, its tokens tinted by
 * their probabilities (the same scale as the main strip, fixed to [0, 1]), and the winner marked.
 */
final class TrialsPane extends VBox {

    TrialsPane(StepperSelection selection) {
        super(6);
        setId("stepper-trials");
        setPadding(new Insets(6));
        Label caption = new Label();
        caption.setId("stepper-trials-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(selection.trialsCaptionProperty());
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap onto more lines rather than cut the numbers
        VBox list = new VBox(4);
        list.getStyleClass().add("stepper-trial-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        selection.trials().addListener((ListChangeListener<TrialRow>) c -> fill(list, selection));
        getChildren().addAll(caption, scroll);
    }

    private static void fill(VBox list, StepperSelection selection) {
        list.getChildren().clear();
        for (TrialRow t : selection.trials()) {
            Label name = new Label(String.format(Locale.ROOT, "%s trial %d  PPL %.3f", t.chosen() ? "★" : "  ", t.trial(), t.ppl()));
            name.getStyleClass().add(t.chosen() ? "stepper-trial-winner" : "stepper-trial-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            TokenStrip strip = new TokenStrip(false);
            strip.domainProperty().set(new double[] {0, 1});
            for (int k = 0; k < t.tokens().size(); k++) {
                double p = t.probs().get(k);
                strip.getTokens().add(new TokenStrip.Token(t.tokens().get(k), p,
                        String.format(Locale.ROOT, "%s%np %.4f  (surprisal %.3f nats)", t.tokens().get(k), p, -Math.log(p)), false));
            }
            HBox.setHgrow(strip, Priority.ALWAYS);
            HBox line = new HBox(6, name, strip);
            line.getStyleClass().add("stepper-trial");
            if (t.chosen()) {
                line.getStyleClass().add("winner");
            }
            line.setId("stepper-trial-" + t.trial());
            list.getChildren().add(line);
        }
    }
}
