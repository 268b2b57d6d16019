package org.tokenscope.app.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * File › Open Recent, rebuilt whenever the list changes. The first nine entries take Shortcut+Alt+1 … 9;
 * Clear Recent Files empties the list.
 */
public final class RecentMenu {
    private RecentMenu() {
    }

    public static Menu create(RecentFiles recent, Consumer<RecentFiles.Entry> open) {
        Menu menu = new Menu("Open _Recent");
        menu.setId("menu-open-recent");
        recent.entries().addListener((ListChangeListener<RecentFiles.Entry>) c -> fill(menu, recent, open));
        fill(menu, recent, open);
        return menu;
    }

    private static void fill(Menu menu, RecentFiles recent, Consumer<RecentFiles.Entry> open) {
        menu.getItems().clear();
        int n = 0;
        for (RecentFiles.Entry e : recent.entries()) {
            MenuItem item = new MenuItem(label(e));
            item.setMnemonicParsing(false); // file names may contain underscores
            item.setId("menu-recent-" + n);
            if (n < 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(n + 1)),
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
            }
            item.setOnAction(a -> open.accept(e));
            menu.getItems().add(item);
            n++;
        }
        if (n == 0) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        MenuItem clear = new MenuItem("Clear Recent Files");
        clear.setId("menu-recent-clear");
        clear.setDisable(n == 0);
        clear.setOnAction(a -> recent.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    /** "austen.tokenscope.json — ~/work (project)": the name first, where it lives after. */
    static String label(RecentFiles.Entry e) {
        Path p = e.file();
        Path parent = p.getParent();
        String where = parent == null ? "" : " — " + home(parent.toString());
        String kind = switch (e.kind()) {
            case PROJECT -> "project";
            case PROMPTS -> "prompts";
            case MODEL -> "model";
        };
        return p.getFileName() + where + " (" + kind + ")";
    }

    private static String home(String dir) {
        String home = System.getProperty("user.home");
        return home != null && !home.isEmpty() && dir.startsWith(home) ? "~" + dir.substring(home.length()) : dir;
    }
}
