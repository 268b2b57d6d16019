package org.tokenscope.app;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.tokenscope.views.shell.ModelSummary;

/** Help › About: version, the model in use and the licences of what ships in the installer. */
final class AboutDialog {
    static final String LICENCES = String.join("\n",
            "Licences",
            "• Demo model: trained on public-domain Jane Austen texts (Project Gutenberg)",
            "• ONNX Runtime: MIT",
            "• DJL (Hugging Face tokenizers): Apache-2.0",
            "• JTokkit: MIT",
            "• JavaFX: GPL-2.0 with the Classpath Exception",
            "• ControlsFX: BSD-3-Clause");

    private AboutDialog() {
    }

    static Alert create(Window owner, String version, Optional<ModelSummary> model) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Tokenscope");
        alert.setHeaderText("Tokenscope " + version);
        alert.setContentText(text(model));
        alert.getDialogPane().setId("about-dialog");
        alert.getDialogPane().setMinWidth(580); // one line per licence at the default font
        alert.setResizable(true);
        return alert;
    }

    static String text(Optional<ModelSummary> model) {
        String modelLines = model.map(m -> "Model: " + m.name() + "\nONNX file: " + m.onnxFile())
                .orElse("Model: none loaded");
        return "A workbench for studying how language models choose tokens.\n\n" + modelLines + "\n\n" + LICENCES;
    }
}
