package org.tokenscope.app.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Keeps every window of the app in the current {@link Theme} and {@link Zoom}: the main window, dialogs and
 * secondary windows (Help) as they appear, restyled when either changes. Popup windows are left alone: JavaFX
 * copies their owner scene's stylesheets when they show.
 */
public final class WindowStyler {
    private final ObjectProperty<Theme> theme;
    private final Zoom zoom;
    private final ListChangeListener<Window> newWindows = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::style);
        }
    };

    public WindowStyler(Theme initialTheme, Zoom zoom) {
        this.theme = new SimpleObjectProperty<>(this, "theme", initialTheme);
        this.zoom = zoom;
        Window.getWindows().addListener(newWindows);
        theme.addListener((obs, was, now) -> Window.getWindows().forEach(this::style));
        zoom.scaleProperty().addListener((obs, was, now) -> Window.getWindows().forEach(this::style));
    }

    /** Stops styling new windows; the main window calls it when it closes. */
    public void dispose() {
        Window.getWindows().removeListener(newWindows);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    public Zoom zoom() {
        return zoom;
    }

    /** Styles {@code w} now; windows shown later are styled as they appear. */
    public void style(Window w) {
        if (w instanceof PopupWindow || w.getScene() == null) {
            return;
        }
        apply(w.getScene());
    }

    /** Puts the theme's and the zoom's stylesheets last on {@code scene} and marks its root with the theme. */
    public void apply(Scene scene) {
        var sheets = scene.getStylesheets();
        for (Theme t : Theme.values()) {
            if (t != theme.get()) {
                sheets.remove(t.stylesheetUrl());
            }
        }
        sheets.removeIf(url -> Zoom.isZoomSheet(url) && !url.equals(zoom.stylesheetUrl()));
        if (!sheets.contains(theme.get().stylesheetUrl())) {
            sheets.add(theme.get().stylesheetUrl());
        }
        if (!sheets.contains(zoom.stylesheetUrl())) {
            sheets.add(zoom.stylesheetUrl());
        }
        if (scene.getRoot() != null) {
            var classes = scene.getRoot().getStyleClass();
            for (Theme t : Theme.values()) {
                if (t != theme.get()) {
                    classes.remove(t.styleClass());
                }
            }
            if (!classes.contains(theme.get().styleClass())) {
                classes.add(theme.get().styleClass());
            }
        }
    }
}
