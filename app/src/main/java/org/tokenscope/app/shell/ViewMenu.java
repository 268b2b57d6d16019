package org.tokenscope.app.shell;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * View: light or dark theme, zoom in and out (Shortcut with + / − / 0), a panel by number (Shortcut+1 … 5)
 * and full screen.
 */
public final class ViewMenu {
    private ViewMenu() {
    }

    public static Menu create(WindowStyler styler, Consumer<WorkbenchPanel> showPanel, Stage stage) {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = theme(styler, Theme.LIGHT, "menu-theme-light", "_Light Theme", "Shortcut+Shift+L", themes);
        RadioMenuItem dark = theme(styler, Theme.DARK, "menu-theme-dark", "_Dark Theme", "Shortcut+Shift+D", themes);
        styler.themeProperty().addListener((obs, was, now) -> (now == Theme.DARK ? dark : light).setSelected(true));

        Zoom zoom = styler.zoom();
        Menu view = new Menu("_View", null, light, dark, new SeparatorMenuItem(),
                MenuItems.item("menu-zoom-in", "Zoom In", "Shortcut+Plus", e -> zoom.zoomIn()),
                MenuItems.item("menu-zoom-out", "Zoom Out", "Shortcut+Minus", e -> zoom.zoomOut()),
                MenuItems.item("menu-zoom-reset", "Actual Size", "Shortcut+0", e -> zoom.reset()),
                new SeparatorMenuItem());
        int n = 1;
        for (WorkbenchPanel p : WorkbenchPanel.values()) {
            view.getItems().add(MenuItems.item("menu-panel-" + p.id(), p.title(), "Shortcut+" + n++, e -> showPanel.accept(p)));
        }
        MenuItem full = MenuItems.item("menu-full-screen", "Full Screen", "F11", e -> stage.setFullScreen(!stage.isFullScreen()));
        view.getItems().addAll(new SeparatorMenuItem(), full);
        view.setId("menu-view");
        return view;
    }

    /**
     * The keys a menu item cannot also hold: Shortcut with = (the unshifted + on US keyboards) and the keypad's
     * + and −, so zooming works whichever key the user reaches for.
     */
    public static void addZoomAliases(Scene scene, Zoom zoom) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), zoom::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), zoom::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), zoom::zoomIn);
        acc.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), zoom::zoomOut);
        acc.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), zoom::reset);
    }

    private static RadioMenuItem theme(WindowStyler styler, Theme theme, String id, String text, String shortcut,
            ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setSelected(styler.theme() == theme);
        item.setOnAction(e -> styler.themeProperty().set(theme));
        return item;
    }
}
