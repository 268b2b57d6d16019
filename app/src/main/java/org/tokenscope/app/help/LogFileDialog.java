package org.tokenscope.app.help;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Help › Log File: where the log is, in a field the user can select, with a button that copies the path. */
public final class LogFileDialog {
    private LogFileDialog() {
    }

    public static Alert create(Window owner, Optional<Path> log) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Tokenscope — Log File");
        alert.getDialogPane().setId("log-file-dialog");
        alert.setResizable(true);
        if (log.isEmpty()) {
            alert.setHeaderText("Tokenscope has no log file this time.");
            alert.setContentText("Its log folder could not be written; messages go to the terminal instead.");
            return alert;
        }
        alert.setHeaderText("Tokenscope writes its log here. Attach it to a bug report.");
        TextField path = new TextField(log.get().toString());
        path.setId("log-file-path");
        path.setEditable(false);
        path.setPrefColumnCount(48);
        HBox.setHgrow(path, Priority.ALWAYS);
        Button copy = new Button("Copy Path");
        copy.setId("copy-log-path");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(path.getText());
            Clipboard.getSystemClipboard().setContent(c);
            copy.setText("Copied");
        });
        alert.getDialogPane().setContent(new HBox(8, path, copy));
        return alert;
    }
}
