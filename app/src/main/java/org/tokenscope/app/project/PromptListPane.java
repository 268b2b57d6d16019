package org.tokenscope.app.project;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The project's prompt list in a side pane: what File › Open Prompts… and the samples fill. */
public final class PromptListPane extends VBox {
    private final ListView<String> list = new ListView<>();

    public PromptListPane(ProjectDocument document) {
        setId("prompt-pane");
        setSpacing(4);
        setPadding(new Insets(6));
        setMinWidth(160);

        Label heading = new Label();
        heading.getStyleClass().add("prompt-pane-heading");
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> "Prompts (" + document.project().prompts().size() + ")", document.projectProperty()));

        list.setId("prompt-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label("No prompts yet.\nFile › Open Prompts… adds some."));
        list.setCellFactory(v -> new PromptCell());
        list.getItems().setAll(document.project().prompts());
        document.projectProperty().addListener((obs, was, now) -> {
            if (!now.prompts().equals(list.getItems())) {
                list.getItems().setAll(now.prompts());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        MenuItem remove = new MenuItem("Remove");
        remove.setId("prompt-remove");
        remove.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedIndices()));
        remove.setOnAction(e -> removeSelected(document));
        list.setContextMenu(new ContextMenu(remove));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelected(document);
            }
        });
        getChildren().addAll(heading, list);
    }

    private void removeSelected(ProjectDocument document) {
        List<Integer> selected = new ArrayList<>(list.getSelectionModel().getSelectedIndices());
        if (selected.isEmpty()) {
            return;
        }
        List<String> kept = new ArrayList<>();
        List<String> prompts = document.project().prompts();
        for (int i = 0; i < prompts.size(); i++) {
            if (!selected.contains(i)) {
                kept.add(prompts.get(i));
            }
        }
        document.setPrompts(kept);
    }

    /** One prompt per row, shortened to two lines; the whole text in the tooltip. */
    private static final class PromptCell extends ListCell<String> {
        @Override
        protected void updateItem(String prompt, boolean empty) {
            super.updateItem(prompt, empty);
            if (empty || prompt == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String flat = prompt.replace('\n', ' ');
            setText(flat.length() > 120 ? flat.substring(0, 119) + "…" : flat);
            setWrapText(true);
            setTooltip(new javafx.scene.control.Tooltip(prompt));
        }
    }
}
