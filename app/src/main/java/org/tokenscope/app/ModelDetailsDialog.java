package org.tokenscope.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.tokenscope.views.shell.ModelDetails;
import org.tokenscope.views.shell.ModelDetailsPane;

/** Model › Model Details: the detected signature and config of the loaded model, with a button to copy them. */
final class ModelDetailsDialog {
    static final ButtonType COPY = new ButtonType("Copy as Text", ButtonBar.ButtonData.LEFT);

    private ModelDetailsDialog() {
    }

    static Alert create(Window owner, ModelDetails details) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", COPY, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Tokenscope — Model Details");
        alert.setHeaderText(null);
        alert.getDialogPane().setId("model-details-dialog");
        alert.getDialogPane().setContent(new ModelDetailsPane(details));
        alert.getDialogPane().setPrefSize(720, 580);
        alert.setResizable(true);
        // Copy must not close the dialog: consume the button's action after copying.
        alert.getDialogPane().lookupButton(COPY).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(details.asText());
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        return alert;
    }
}
