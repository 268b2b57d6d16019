package org.tokenscope.views.premium;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tokenscope.host.tokenize.TokenizerCatalog;

/**
 * Adds a tokenizer column: a built-in vocabulary, the loaded model's tokenizer, or any {@code tokenizer.json}.
 * The choice is loaded before the dialog closes; a file that does not load keeps the dialog open with the
 * engine's one-line reason under the path.
 */
final class AddTokenizerDialog extends Dialog<TokenizerSpec> {
    static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);

    private final ToggleGroup source = new ToggleGroup();
    private final RadioButton builtIn = radio("premium-tokenizer-builtin", "Built in:");
    private final RadioButton model = radio("premium-tokenizer-model", "The loaded model's tokenizer");
    private final RadioButton file = radio("premium-tokenizer-file", "A tokenizer.json file:");
    private final ChoiceBox<String> names = new ChoiceBox<>();
    private final TextField path = new TextField();
    private final Label message = new Label();

    AddTokenizerDialog(Window owner, PremiumViewModel vm) {
        initOwner(owner);
        setTitle("Add a tokenizer");
        setHeaderText("Compare one more tokenizer");
        getDialogPane().setId("premium-add-tokenizer-dialog");
        getDialogPane().getButtonTypes().setAll(ADD, ButtonType.CANCEL);

        names.setId("premium-tokenizer-name");
        TokenizerCatalog.names().stream().filter(n -> !n.equals(TokenizerCatalog.CHARS))
                .filter(n -> vm.setup().tokenizers().stream().noneMatch(t -> t.name().equals(n)))
                .forEach(names.getItems()::add);
        names.getSelectionModel().selectFirst();
        model.setDisable(!vm.modelLoadedProperty().get());
        path.setId("premium-tokenizer-path");
        path.setPromptText("/models/my-model/tokenizer.json");
        path.setPrefColumnCount(34);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        message.setId("premium-tokenizer-message");
        message.getStyleClass().add("premium-problem");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A wrapped message needs more height than the dialog was laid out with: grow the window to fit it.
        message.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        message.setMaxWidth(520);
        path.textProperty().addListener((o, was, now) -> {
            file.setSelected(true);
            message.setText("");
        });
        names.valueProperty().addListener((o, was, now) -> builtIn.setSelected(true));
        (names.getItems().isEmpty() ? file : builtIn).setSelected(true);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, builtIn, names);
        grid.add(model, 0, 1, 2, 1);
        grid.addRow(2, file, path, browse);
        grid.add(message, 0, 3, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getStylesheets().add(PremiumView.stylesheet());

        // Stays open until the tokenizer has loaded.
        PremiumDialogs.stayOpenUntilDone(this, getDialogPane().lookupButton(ADD), message, this::chosen,
                "choose a tokenizer, or give the path of a tokenizer.json", spec -> "Loading " + spec.name() + "…",
                vm::addTokenizer);
    }

    private TokenizerSpec chosen() {
        if (source.getSelectedToggle() == builtIn) {
            return names.getValue() == null ? null : TokenizerSpec.builtIn(names.getValue());
        }
        if (source.getSelectedToggle() == model) {
            return TokenizerSpec.model();
        }
        String p = path.getText() == null ? "" : path.getText().strip();
        return p.isEmpty() ? null : TokenizerSpec.file(Path.of(p));
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a tokenizer.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Hugging Face tokenizer", "*.json"));
        File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (f != null) {
            path.setText(f.getPath());
        }
    }

    private RadioButton radio(String id, String text) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(source);
        return r;
    }
}
