package org.tokenscope.views.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import org.tokenscope.views.export.ColorScale;

/**
 * The key to a tint: what the colour measures, the value at each end of the scale, and the gradient between
 * them, drawn from the same {@link ColorScale} as the tinted chips or cells so the two always agree.
 */
public final class HeatLegend extends HBox {
    private final ObjectProperty<ColorScale> scale = new SimpleObjectProperty<>(this, "scale", ColorScale.SEQUENTIAL);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty lowText = new SimpleStringProperty(this, "lowText", "");
    private final StringProperty highText = new SimpleStringProperty(this, "highText", "");
    private final Region bar = new Region();

    public HeatLegend() {
        super(6);
        getStyleClass().add("heat-legend");
        setAlignment(Pos.CENTER_LEFT);
        Label name = label("heat-legend-title", title);
        Label low = label("heat-legend-low", lowText);
        Label high = label("heat-legend-high", highText);
        bar.getStyleClass().add("heat-legend-bar");
        bar.setPrefSize(140, 12);
        bar.setMinSize(60, 12);
        bar.setMaxHeight(12);
        getChildren().addAll(name, low, bar, high);
        scale.addListener((o, was, now) -> paint());
        paint();
    }

    private static Label label(String styleClass, StringProperty text) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.textProperty().bind(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void paint() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            double t = i / 8.0;
            stops.add(new Stop(t, Color.web(scale.get().colorAt(t))));
        }
        LinearGradient g = new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
        bar.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(g, null, null)));
    }

    public ObjectProperty<ColorScale> scaleProperty() {
        return scale;
    }

    /** What the colour measures, e.g. "entropy (nats)". */
    public StringProperty titleProperty() {
        return title;
    }

    /** The value at the left end of the gradient. */
    public StringProperty lowTextProperty() {
        return lowText;
    }

    /** The value at the right end of the gradient. */
    public StringProperty highTextProperty() {
        return highText;
    }
}
