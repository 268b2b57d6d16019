package org.tokenscope.views.premium;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Opens the panel's dialogs without blocking, so the window (and a test robot) keeps running meanwhile. */
final class PremiumDialogs {
    private final PremiumViewModel vm;

    PremiumDialogs(PremiumViewModel vm) {
        this.vm = vm;
    }

    void addTokenizer(Window owner) {
        new AddTokenizerDialog(owner, vm).show();
    }

    void openCorpus(Window owner) {
        new AddCorpusDialog(owner, vm).show();
    }

    /**
     * Makes {@code button} keep {@code dialog} open while {@code work} runs in the background: nothing chosen
     * says {@code missing}; otherwise the button waits, {@code busy} is shown, and the work's answer either
     * closes the dialog with the choice as its result (null) or is shown as the reason it was refused.
     */
    static <T> void stayOpenUntilDone(Dialog<T> dialog, Node button, Label message, Supplier<T> chosen, String missing,
            Function<T, String> busy, BiConsumer<T, Consumer<String>> work) {
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            T spec = chosen.get();
            if (spec == null) {
                message.setText(missing);
                return;
            }
            button.setDisable(true);
            message.setText(busy.apply(spec));
            work.accept(spec, refusal -> {
                button.setDisable(false);
                if (refusal == null) {
                    dialog.setResult(spec);
                    dialog.close();
                } else {
                    message.setText(refusal);
                }
            });
        });
        dialog.setResultConverter(b -> null);
    }
}
