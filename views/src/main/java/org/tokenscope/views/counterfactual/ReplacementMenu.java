package org.tokenscope.views.counterfactual;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * The menu a token chip opens: the step's ranked alternatives (probabilities before any warper, as the
 * model gave them), then a field to type a replacement whose tokens are all forced.
 */
final class ReplacementMenu {
    private ReplacementMenu() {
    }

    /** What the menu acts on: a token of the run on show and where its alternatives come from. */
    record Target(boolean inPrompt, int position, int currentId, FactualRun.Ranked alternatives) {
    }

    static ContextMenu create(Target t, ModelFacts facts, CounterfactualViewModel vm) {
        ContextMenu menu = new ContextMenu();
        menu.setId("cf-replacement-menu");
        MenuItem head = new MenuItem("Replace " + facts.token(t.currentId()) + " at " + (t.inPrompt() ? "prompt position " : "position ")
                + t.position() + " by…");
        head.setDisable(true);
        menu.getItems().add(head);
        int shown = 0;
        for (int k = 0; k < t.alternatives().ids().length; k++) {
            int id = t.alternatives().ids()[k];
            if (id == t.currentId()) {
                continue;
            }
            MenuItem item = new MenuItem(facts.token(id) + "    " + Labels.percent(t.alternatives().probs()[k]) + "  (rank " + (k + 1) + ")");
            item.setId("cf-alt-" + shown++);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.replaceToken(t.inPrompt(), t.position(), id));
            menu.getItems().add(item);
        }
        if (shown == 0) {
            MenuItem none = new MenuItem(t.inPrompt() ? "(no ranked alternatives for this prompt token)" : "(no other ranked alternatives)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        menu.getItems().add(new SeparatorMenuItem());
        TextField text = new TextField();
        text.setId("cf-replace-text");
        text.setPromptText("or type a replacement, e.g. \" Emma\"");
        text.setPrefColumnCount(18);
        Button go = new Button("Replace");
        go.setId("cf-replace-go");
        Runnable submit = () -> {
            menu.hide();
            vm.replaceText(t.inPrompt(), t.position(), text.getText());
        };
        go.setOnAction(e -> submit.run());
        text.setOnAction(e -> submit.run());
        CustomMenuItem typed = new CustomMenuItem(new HBox(6, text, go), false); // typing must not close the menu
        typed.setId("cf-replace-typed");
        menu.getItems().add(typed);
        return menu;
    }

    static void show(ContextMenu menu, Node anchor) {
        menu.show(anchor, Side.BOTTOM, 0, 2);
    }
}
