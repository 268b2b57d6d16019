package org.tokenscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.tokenscope.views.shell.ModelSummary;

/**
 * Help › About: version, the model in use, where the log is, and the licences of what ships in the installer
 * (the bundled model and corpus, tokenizers and libraries). The licence list is a resource, so the installers
 * ship the same text as their third-party notice.
 */
final class AboutDialog {
    static final String THIRD_PARTY = "/org/tokenscope/app/about/third-party.txt";

    private AboutDialog() {
    }

    static Alert create(Window owner, String version, Optional<ModelSummary> model, Optional<Path> log) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Tokenscope");
        alert.setHeaderText("Tokenscope " + version + "\nA workbench for studying how language models choose tokens.");
        TextArea text = new TextArea(text(model, log));
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(72);
        text.setPrefRowCount(22);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("about-dialog");
        alert.setResizable(true);
        return alert;
    }

    static String text(Optional<ModelSummary> model, Optional<Path> log) {
        String modelLines = model.map(m -> "Model: " + m.name() + "\nONNX file: " + m.onnxFile())
                .orElse("Model: none loaded");
        String logLine = "Log file: " + log.map(Path::toString).orElse("none (the log folder could not be written)");
        return modelLines + "\n" + logLine + "\n\nLicences\n\n" + licences();
    }

    static String licences() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(THIRD_PARTY)) {
            if (in == null) {
                throw new IllegalStateException("the licence list is missing from the application jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
