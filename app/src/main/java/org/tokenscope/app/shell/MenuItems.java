package org.tokenscope.app.shell;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Builds menu items the same way in every menu: an id for tests, a text, a shortcut, an action. */
public final class MenuItems {
    private MenuItems() {
    }

    /** {@code shortcut} in {@link KeyCombination#keyCombination} syntax, e.g. "Shortcut+Shift+O"; null for none. */
    public static MenuItem item(String id, String text, String shortcut, EventHandler<ActionEvent> onAction) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(onAction);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        return item;
    }
}
