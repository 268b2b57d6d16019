package org.tokenscope.app;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * The menu bar: File, Edit, View, Model, Help. Each menu is built by the class that owns its actions; this
 * only puts them in order. Every fixed item has a shortcut; lists (samples, recent files, variants) are
 * reached with the menus' mnemonics (Alt+F, Alt+M, …) and the arrow keys.
 */
final class MainMenu {
    private MainMenu() {
    }

    /** {@code fileItems}: New … Export Report, Open Recent and Quit, in order. */
    static MenuBar create(List<MenuItem> fileItems, Menu edit, Menu view, Menu model, Menu help) {
        Menu file = new Menu("_File");
        file.getItems().addAll(fileItems);
        file.setId("menu-file");
        MenuBar bar = new MenuBar(file, edit, view, model, help);
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true); // the screen menu bar on macOS; ignored elsewhere
        return bar;
    }
}
