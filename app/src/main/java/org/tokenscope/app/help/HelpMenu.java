package org.tokenscope.app.help;

import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import org.tokenscope.app.shell.MenuItems;

/** Help: the method pages (F1 opens the current panel's), where the log is, and About. */
public final class HelpMenu {
    private HelpMenu() {
    }

    public static Menu create(Runnable methodPages, Runnable logFile, Runnable about) {
        Menu help = new Menu("_Help", null,
                MenuItems.item("menu-method-pages", "Method of This Panel…", "F1", e -> methodPages.run()),
                MenuItems.item("menu-log-file", "Log File…", "Shift+F1", e -> logFile.run()),
                new SeparatorMenuItem(),
                MenuItems.item("menu-about", "About Tokenscope", "Shortcut+Shift+A", e -> about.run()));
        help.setId("menu-help");
        return help;
    }
}
