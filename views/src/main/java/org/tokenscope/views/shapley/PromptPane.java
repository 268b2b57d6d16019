package org.tokenscope.views.shapley;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.Span;

/**
 * The prompt, and the custom players and pinned parts drawn on it: select text with the mouse, then Add span
 * (a player; the players switch to spans) or Pin (never masked, e.g. an instruction). The spans show as
 * removable chips under the text.
 */
final class PromptPane extends VBox {
    private final ShapleySettings settings;
    private final TextArea text = new TextArea();
    private final FlowPane chips = new FlowPane(4, 4);

    PromptPane(ShapleyViewModel vm) {
        super(4);
        this.settings = vm.settings();
        ComboBox<String> prompts = new ComboBox<>(vm.projectPrompts());
        prompts.setId("shapley-project-prompts");
        prompts.setPromptText("Project prompts…");
        prompts.setMaxWidth(360);
        prompts.setOnAction(e -> {
            if (prompts.getValue() != null) {
                settings.promptProperty().set(prompts.getValue());
                prompts.getSelectionModel().clearSelection(); // a pick is an action, not a state to show
            }
        });
        text.setId("shapley-prompt");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText("The prompt whose parts are the players, e.g. Option (A): … price 12 … Option (B): … chose option (");
        text.textProperty().bindBidirectional(settings.promptProperty());
        Button add = button("shapley-add-span", "Add span", "Make the selected text a player of its own (players become spans)");
        add.setOnAction(e -> selection().ifPresent(s -> {
            settings.spans().removeIf(s::overlaps);
            settings.spans().add(s);
            settings.granularityProperty().set(Granularity.SPANS);
        }));
        Button pin = button("shapley-pin", "Pin", "Never mask the selected text (e.g. an instruction or the answer cue)");
        pin.setOnAction(e -> selection().ifPresent(s -> {
            settings.pins().removeIf(s::overlaps);
            settings.pins().add(s);
        }));
        Button clear = button("shapley-clear-spans", "Clear spans", "Remove every drawn span and pin");
        clear.setOnAction(e -> {
            settings.spans().clear();
            settings.pins().clear();
        });
        add.disableProperty().bind(text.selectedTextProperty().isEmpty());
        pin.disableProperty().bind(text.selectedTextProperty().isEmpty());
        Label title = new Label("Prompt");
        title.getStyleClass().add("shapley-heading");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(6, title, prompts, grow, add, pin, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        chips.setId("shapley-span-chips");
        getChildren().addAll(top, text, chips);
        ListChangeListener<Span> redraw = c -> drawChips();
        settings.spans().addListener(redraw);
        settings.pins().addListener(redraw);
        settings.promptProperty().addListener(o -> drawChips());
        drawChips();
    }

    /** The selection in code points (spans count code points; the text area counts UTF-16 units). */
    private java.util.Optional<Span> selection() {
        var r = text.getSelection();
        String t = text.getText();
        if (r.getLength() == 0 || t == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Span(t.codePointCount(0, r.getStart()), t.codePointCount(0, r.getEnd())));
    }

    private void drawChips() {
        chips.getChildren().clear();
        addChips(settings.spans(), "span", "shapley-span-chip");
        addChips(settings.pins(), "pinned", "shapley-pin-chip");
        chips.setVisible(!chips.getChildren().isEmpty());
        chips.setManaged(chips.isVisible());
    }

    private void addChips(ObservableList<Span> list, String kind, String style) {
        String prompt = settings.promptProperty().get();
        int length = prompt.codePointCount(0, prompt.length());
        for (Span s : java.util.List.copyOf(list)) {
            String shown = s.end() <= length
                    ? prompt.substring(prompt.offsetByCodePoints(0, s.start()), prompt.offsetByCodePoints(0, s.end()))
                    : "(beyond the prompt)";
            Button chip = new Button(kind + " " + s + ": " + shorten(shown) + "  ×");
            chip.getStyleClass().add(style);
            chip.setTooltip(new Tooltip("Remove this " + kind + " part"));
            chip.setOnAction(e -> list.remove(s));
            chips.getChildren().add(chip);
        }
    }

    private static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 28 ? t.substring(0, 27) + "…" : t;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
