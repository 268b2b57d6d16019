package org.tokenscope.views.controls;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.host.tokenize.TokenizerException;

/**
 * An error dialog: the one-line message for the user up front, the stack trace behind "Show details"
 * for a bug report. Built here once so every panel reports failures the same way.
 */
public final class ErrorAlert {
    private ErrorAlert() {
    }

    /** Builds (does not show) the alert; {@code owner} may be null. */
    public static Alert create(Window owner, String header, String message, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Tokenscope — error");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setId("error-dialog");
        alert.setResizable(true);
        if (cause != null) {
            alert.getDialogPane().setExpandableContent(details(cause));
        }
        return alert;
    }

    private static GridPane details(Throwable cause) {
        TextArea trace = new TextArea(stackTrace(cause));
        trace.setId("error-details");
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefColumnCount(80);
        trace.setPrefRowCount(14);
        trace.setStyle("-fx-font-family: monospace;");
        GridPane.setHgrow(trace, Priority.ALWAYS);
        GridPane.setVgrow(trace, Priority.ALWAYS);
        GridPane pane = new GridPane();
        pane.add(new Label("Details (include them in a bug report):"), 0, 0);
        pane.add(trace, 0, 1);
        pane.setMaxWidth(Double.MAX_VALUE);
        return pane;
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /**
     * The line to show for any failure: the message of the engine's typed exceptions as written (they
     * are worded for users), otherwise the exception type so that an unexpected bug is not mistaken for
     * bad input.
     */
    public static String oneLine(Throwable t) {
        String msg = t.getMessage();
        String first = msg == null ? "" : msg.lines().findFirst().orElse("");
        if ((t instanceof ModelException || t instanceof TokenizerException) && !first.isBlank()) {
            return first;
        }
        return first.isBlank() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + first;
    }
}
