package org.tokenscope.views.counterfactual;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * Token chips that wrap like text, each clickable. A small strip of this panel's own (the shared token strip
 * with tints is the Stepper's; this one needs only click targets and a few style classes). Shows a hint
 * while empty so the panel never looks broken.
 */
public final class ChipStrip extends FlowPane {
    /** One chip: what it shows, its style classes, its tooltip, and what the click handler receives. */
    public record Chip(String text, List<String> styleClasses, String tooltip, Object key) {
    }

    private final Label empty = new Label();
    private BiConsumer<Chip, Label> onClick = (chip, node) -> { };

    public ChipStrip() {
        super(2, 4);
        getStyleClass().add("cf-chip-strip");
        empty.getStyleClass().add("cf-empty");
        empty.setWrapText(true);
        getChildren().add(empty);
    }

    public void setEmptyText(String text) {
        empty.setText(text);
    }

    /** Called with the chip and its node (to anchor a menu) on a primary click. */
    public void setOnChipClicked(BiConsumer<Chip, Label> handler) {
        this.onClick = handler;
    }

    public void setChips(List<Chip> chips) {
        if (chips.isEmpty()) {
            getChildren().setAll(empty);
            return;
        }
        getChildren().setAll(chips.stream().map(this::node).toList());
    }

    private Label node(Chip chip) {
        Label l = new Label(chip.text());
        l.getStyleClass().add("cf-chip");
        l.getStyleClass().addAll(chip.styleClasses());
        l.setUserData(chip.key());
        l.setCursor(Cursor.HAND);
        if (chip.tooltip() != null) {
            l.setTooltip(new Tooltip(chip.tooltip()));
        }
        l.setOnMouseClicked(e -> onClick.accept(chip, l));
        return l;
    }
}
