package org.tokenscope.app.shell;

import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Edit: Cut, Copy, Paste and Select All on whatever has the keyboard focus. Text fields do these themselves
 * when focused (the menu is for mouse users and discoverability); a list copies its selected rows, one per line.
 */
public final class EditMenu {
    private EditMenu() {
    }

    public static Menu create(Scene scene) {
        Menu edit = new Menu("_Edit", null,
                MenuItems.item("menu-cut", "Cut", "Shortcut+X", e -> text(scene, TextInputControl::cut)),
                MenuItems.item("menu-copy", "Copy", "Shortcut+C", e -> copy(scene.getFocusOwner())),
                MenuItems.item("menu-paste", "Paste", "Shortcut+V", e -> text(scene, TextInputControl::paste)),
                MenuItems.item("menu-select-all", "Select All", "Shortcut+A", e -> selectAll(scene.getFocusOwner())));
        edit.setId("menu-edit");
        return edit;
    }

    private static void text(Scene scene, java.util.function.Consumer<TextInputControl> action) {
        if (scene.getFocusOwner() instanceof TextInputControl t) {
            action.accept(t);
        }
    }

    static void copy(Node focus) {
        if (focus instanceof TextInputControl t) {
            t.copy();
        } else if (focus instanceof ListView<?> list && !list.getSelectionModel().getSelectedItems().isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(list.getSelectionModel().getSelectedItems().stream().map(String::valueOf)
                    .collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(c);
        }
    }

    private static void selectAll(Node focus) {
        if (focus instanceof TextInputControl t) {
            t.selectAll();
        } else if (focus instanceof ListView<?> list) {
            list.getSelectionModel().selectAll();
        }
    }
}
