package org.tokenscope.views.premium;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Chooses the parallel corpus: the bundled UDHR, a FLORES-200 folder ({@code dev/} and {@code devtest/}) or a
 * TSV/JSONL file of aligned segments. The corpus is read before the dialog closes; an empty file, a malformed
 * line or a misaligned corpus (unless whole-document mode is ticked) keeps it open with the reason.
 */
final class AddCorpusDialog extends Dialog<CorpusSpec> {
    static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    private final ToggleGroup kind = new ToggleGroup();
    private final RadioButton udhr = radio("premium-corpus-udhr", "The bundled Universal Declaration of Human Rights");
    private final RadioButton flores = radio("premium-corpus-flores", "A FLORES-200 folder (with dev/ and devtest/):");
    private final RadioButton file = radio("premium-corpus-file", "A TSV (lang, id, text) or JSONL file:");
    private final TextField path = new TextField();
    private final CheckBox whole = new CheckBox("Whole-document mode: accept languages that hold different segments");
    private final Label message = new Label();

    AddCorpusDialog(Window owner, PremiumViewModel vm) {
        initOwner(owner);
        setTitle("Choose a parallel corpus");
        setHeaderText("Which texts to compare across languages");
        getDialogPane().setId("premium-add-corpus-dialog");
        getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);

        CorpusSpec current = vm.setup().corpusProperty().get();
        (switch (current.kind()) {
            case UDHR -> udhr;
            case FLORES -> flores;
            case FILE -> file;
        }).setSelected(true);
        path.setId("premium-corpus-path");
        path.setPrefColumnCount(34);
        path.setText(current.path() == null ? "" : current.path().toString());
        path.disableProperty().bind(udhr.selectedProperty());
        Button browse = new Button("Browse…");
        browse.disableProperty().bind(udhr.selectedProperty());
        browse.setOnAction(e -> browse());
        whole.setId("premium-corpus-whole");
        whole.setSelected(vm.setup().wholeDocumentProperty().get());
        message.setId("premium-corpus-message");
        message.getStyleClass().add("premium-problem");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A wrapped message needs more height than the dialog was laid out with: grow the window to fit it.
        message.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        message.setMaxWidth(560);
        kind.selectedToggleProperty().addListener((o, was, now) -> message.setText(""));
        path.textProperty().addListener((o, was, now) -> message.setText(""));
        Label format = new Label("TSV: one line per segment, lang<TAB>id<TAB>text. JSONL: {\"lang\", \"id\", \"text\"} per line.\n"
                + "Segments with the same id are translations of each other.");
        format.getStyleClass().add("premium-note");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(udhr, 0, 0, 3, 1);
        grid.add(flores, 0, 1, 3, 1);
        grid.add(file, 0, 2, 3, 1);
        grid.addRow(3, new Label("Path:"), path, browse);
        grid.add(format, 0, 4, 3, 1);
        grid.add(whole, 0, 5, 3, 1);
        grid.add(message, 0, 6, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getStylesheets().add(PremiumView.stylesheet());

        // Stays open until the corpus has been read.
        PremiumDialogs.stayOpenUntilDone(this, getDialogPane().lookupButton(OPEN), message, this::chosen,
                "give the path of a FLORES-200 folder or of a TSV/JSONL file", spec -> "Reading " + spec.label() + "…",
                (spec, done) -> vm.openCorpus(spec, whole.isSelected(), done));
    }

    private CorpusSpec chosen() {
        if (kind.getSelectedToggle() == udhr) {
            return CorpusSpec.UDHR;
        }
        String p = path.getText() == null ? "" : path.getText().strip();
        if (p.isEmpty()) {
            return null;
        }
        return kind.getSelectedToggle() == flores ? CorpusSpec.flores(Path.of(p)) : CorpusSpec.file(Path.of(p));
    }

    private void browse() {
        Window w = getDialogPane().getScene().getWindow();
        File f;
        if (kind.getSelectedToggle() == flores) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose a FLORES-200 folder");
            f = chooser.showDialog(w);
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a TSV or JSONL file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Aligned segments", "*.tsv", "*.jsonl", "*.txt"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            f = chooser.showOpenDialog(w);
        }
        if (f != null) {
            path.setText(f.getPath());
        }
    }

    private RadioButton radio(String id, String text) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(kind);
        return r;
    }
}
