package org.tokenscope.views.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Stands in for a panel that is not built yet, saying what it will do and which paper it follows, so
 * the window is honest about its state and a reader can look the method up meanwhile.
 */
public final class PanelPlaceholder extends VBox {
    private final Label title;
    private final Label purpose;
    private final Label basis;

    public PanelPlaceholder(String titleText, String purposeText, String basisText) {
        getStyleClass().add("panel-placeholder");
        getStylesheets().add(PanelPlaceholder.class.getResource("panel-placeholder.css").toExternalForm());
        setAlignment(Pos.CENTER);

        title = wrapped(titleText, "placeholder-title");
        purpose = wrapped(purposeText, "placeholder-purpose");
        Label basisHeading = wrapped("Based on", "placeholder-basis-heading");
        basis = wrapped(basisText, "placeholder-basis");
        Label status = wrapped("This panel is not built yet.", "placeholder-status");

        VBox card = new VBox(title, purpose, basisHeading, basis, status);
        card.getStyleClass().add("placeholder-card");
        // A measure of about 70 characters keeps the description readable on wide windows.
        card.setMaxWidth(640);
        getChildren().add(card);
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    public String getTitle() {
        return title.getText();
    }

    public String getPurpose() {
        return purpose.getText();
    }

    public String getBasis() {
        return basis.getText();
    }
}
