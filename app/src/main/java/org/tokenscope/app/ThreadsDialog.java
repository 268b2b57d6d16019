package org.tokenscope.app;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Model › Threads: the intra-op thread count of the model session. ONNX Runtime fixes it when the session is
 * created, so a new count reloads the model; the answer is the count, empty when cancelled.
 */
final class ThreadsDialog {
    private ThreadsDialog() {
    }

    static Dialog<Integer> create(Window owner, int current) {
        int max = Math.max(current, Runtime.getRuntime().availableProcessors());
        Spinner<Integer> spinner = new Spinner<>(1, max, current);
        spinner.setId("threads-spinner");
        spinner.setEditable(true);
        Label help = new Label("Threads one model computation may use (1 – " + max + "). More threads speed up large "
                + "models; on a small model or a busy machine fewer can be faster. Changing it reloads the model.");
        help.setWrapText(true);
        help.setPrefWidth(380);

        Dialog<Integer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Tokenscope — Threads");
        d.setHeaderText("Threads for the model session");
        d.getDialogPane().setId("threads-dialog");
        d.getDialogPane().setContent(new VBox(10, help, spinner));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? committed(spinner) : null);
        return d;
    }

    /** A typed value counts even if the user did not press Enter in the spinner first. */
    private static Integer committed(Spinner<Integer> spinner) {
        try {
            int typed = Integer.parseInt(spinner.getEditor().getText().trim());
            var factory = (javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
            return Math.max(factory.getMin(), Math.min(factory.getMax(), typed));
        } catch (NumberFormatException e) {
            return spinner.getValue();
        }
    }

    static Optional<Integer> ask(Window owner, int current) {
        return create(owner, current).showAndWait();
    }
}
