package org.tokenscope.views.controls;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.tokenscope.views.export.ColorScale;

/**
 * Text as a wrapping strip of token chips, each tinted by one number per token on a colour-blind-safe scale
 * (viridis by default), with the details of a token in its tooltip. Clicking a chip (or the arrow keys) moves
 * the selection. Appending tokens adds chips without rebuilding the others, so a strip can grow live while a
 * computation streams tokens in.
 */
public final class TokenStrip extends StackPane {

    /**
     * One chip: the visible text (never blank: use the tokenizer's display form), the value that sets its tint
     * (NaN: no value, grey), the tooltip text, and whether to draw it emphasised (an outline).
     */
    public record Token(String text, double value, String details, boolean emphasis) {
    }

    private final ObservableList<Token> tokens = FXCollections.observableArrayList();
    private final ObjectProperty<ColorScale> scale = new SimpleObjectProperty<>(this, "scale", ColorScale.SEQUENTIAL);
    /** [low, high] of the tint; null spans the tokens' finite values. */
    private final ObjectProperty<double[]> domain = new SimpleObjectProperty<>(this, "domain");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final StringProperty placeholder = new SimpleStringProperty(this, "placeholder", "");
    private final FlowPane flow = new FlowPane(3, 4);
    private final ScrollPane scroll; // null for a strip as tall as its chips
    private final Label empty = new Label();
    private double[] shownDomain = {0, 1};

    public TokenStrip() {
        this(true);
    }

    /**
     * {@code scrolling}: a strip of its own height that scrolls (the main text); false: as tall as its chips, for
     * short strips stacked in a list (e.g. one per CNTP trial).
     */
    public TokenStrip(boolean scrolling) {
        getStyleClass().add("token-strip");
        getStylesheets().add(TokenStrip.class.getResource("token-strip.css").toExternalForm());
        flow.getStyleClass().add("token-flow");
        scroll = scrolling ? new ScrollPane(flow) : null;
        if (scroll != null) {
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("token-scroll");
        }
        empty.getStyleClass().add("token-strip-placeholder");
        empty.setWrapText(true);
        empty.textProperty().bind(placeholder);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tokens));
        empty.setMouseTransparent(true);
        getChildren().addAll(scroll != null ? scroll : flow, empty);
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        setFocusTraversable(true);

        tokens.addListener(this::tokensChanged);
        scale.addListener((o, was, now) -> retint());
        domain.addListener((o, was, now) -> {
            if (!java.util.Arrays.equals(was, now)) {
                retint();
            }
        });
        selectedIndex.addListener((o, was, now) -> {
            mark(was.intValue(), false);
            mark(now.intValue(), true);
        });
        setOnKeyPressed(e -> {
            int i = selectedIndex.get();
            if (e.getCode() == KeyCode.RIGHT && i + 1 < tokens.size()) {
                selectedIndex.set(i + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT && i > 0) {
                selectedIndex.set(i - 1);
                e.consume();
            }
        });
    }

    public ObservableList<Token> getTokens() {
        return tokens;
    }

    public ObjectProperty<ColorScale> scaleProperty() {
        return scale;
    }

    public ObjectProperty<double[]> domainProperty() {
        return domain;
    }

    /** Index of the selected chip, -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Shown while there are no tokens: say what to do to get some. */
    public StringProperty placeholderProperty() {
        return placeholder;
    }

    /** The chip nodes in token order, for tests and snapshots. */
    public List<Node> chips() {
        return List.copyOf(flow.getChildren());
    }

    /** Hex colour of a value under the current scale and domain (what a chip of that value shows). */
    public String colorOf(double value) {
        return scale.get().color(value, shownDomain);
    }

    private void tokensChanged(ListChangeListener.Change<? extends Token> c) {
        boolean appendOnly = true;
        while (c.next()) {
            appendOnly &= c.wasAdded() && !c.wasRemoved() && c.getFrom() == flow.getChildren().size();
        }
        double[] before = shownDomain;
        shownDomain = currentDomain();
        if (appendOnly && java.util.Arrays.equals(before, shownDomain)) {
            for (int i = flow.getChildren().size(); i < tokens.size(); i++) {
                flow.getChildren().add(chip(i));
            }
        } else {
            rebuild();
        }
        if (selectedIndex.get() >= tokens.size()) {
            selectedIndex.set(tokens.isEmpty() ? -1 : tokens.size() - 1);
        }
    }

    private void rebuild() {
        List<Node> chips = new java.util.ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            chips.add(chip(i));
        }
        flow.getChildren().setAll(chips);
        mark(selectedIndex.get(), true);
    }

    private void retint() {
        shownDomain = currentDomain();
        rebuild();
    }

    private double[] currentDomain() {
        if (domain.get() != null) {
            return domain.get();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Token t : tokens) {
            if (Double.isFinite(t.value())) {
                lo = Math.min(lo, t.value());
                hi = Math.max(hi, t.value());
            }
        }
        return lo > hi ? new double[] {0, 1} : scale.get().domain(lo, hi);
    }

    private Label chip(int index) {
        Token t = tokens.get(index);
        Label chip = new Label(t.text());
        chip.getStyleClass().add("token-chip");
        if (t.emphasis()) {
            chip.getStyleClass().add("emphasis");
        }
        chip.setUserData(index);
        String fill = scale.get().color(t.value(), shownDomain);
        chip.setStyle("-fx-background-color: " + fill + "; -fx-text-fill: " + textOn(fill) + ";");
        if (t.details() != null && !t.details().isBlank()) {
            Tooltip tip = new Tooltip(t.details());
            tip.setShowDelay(Duration.millis(250));
            tip.setShowDuration(Duration.INDEFINITE);
            tip.getStyleClass().add("token-tooltip");
            chip.setTooltip(tip);
        }
        chip.setOnMouseClicked(e -> {
            selectedIndex.set(index);
            requestFocus();
        });
        return chip;
    }

    private void mark(int index, boolean on) {
        if (index >= 0 && index < flow.getChildren().size()) {
            Node n = flow.getChildren().get(index);
            n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
            if (on) {
                scrollIntoView(n);
            }
        }
    }

    private void scrollIntoView(Node n) {
        if (scroll == null) {
            return;
        }
        double h = flow.getHeight() - scroll.getViewportBounds().getHeight();
        if (h > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, n.getBoundsInParent().getMinY() / h)));
        }
    }

    /** Black or white text, whichever reads better on {@code hex} (WCAG relative luminance). */
    static String textOn(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double l = 0.2126 * lin(rgb >> 16 & 0xff) + 0.7152 * lin(rgb >> 8 & 0xff) + 0.0722 * lin(rgb & 0xff);
        return l > 0.179 ? "#000000" : "#ffffff";
    }

    private static double lin(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TokenStrip[%d tokens]", tokens.size());
    }
}
