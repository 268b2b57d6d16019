package org.tokenscope.app.help;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Help › Method Pages: a window with one tab per panel, each explaining the method, citing its papers and
 * offering their BibTeX to copy. Not modal: it stays open beside the workbench while the user works. One
 * window per workbench; asking again brings it forward on the requested page.
 */
public final class HelpWindow {
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();

    public HelpWindow(Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Tokenscope — Method Pages");
        tabs.setId("help-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkbenchPanel p : WorkbenchPanel.values()) {
            Tab tab = new Tab(p.title(), page(MethodPage.of(p)));
            tab.setId("help-" + p.id());
            tab.setUserData(p);
            tabs.getTabs().add(tab);
        }
        Scene scene = new Scene(tabs, 760, 620);
        scene.getStylesheets().add(Objects.requireNonNull(HelpWindow.class.getResource("help.css")).toExternalForm());
        stage.setScene(scene);
    }

    /** Shows the window on {@code panel}'s page. */
    public void show(WorkbenchPanel panel) {
        tabs.getTabs().stream().filter(t -> t.getUserData() == panel).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        stage.show();
        stage.toFront();
        // Focus on the tabs, not the first field: otherwise the page opens scrolled down to the BibTeX.
        tabs.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private static ScrollPane page(MethodPage page) {
        Label title = new Label(page.panel().title());
        title.getStyleClass().add("help-title");
        Label purpose = wrapped(page.panel().purpose(), "help-purpose");
        VBox body = new VBox(10, title, purpose, heading("Method"));
        for (String p : page.paragraphs()) {
            body.getChildren().add(wrapped(p, "help-paragraph"));
        }
        body.getChildren().addAll(heading("Based on"), wrapped(page.citation(), "help-citation"), heading("BibTeX"),
                bibtex(page));
        body.setPadding(new Insets(16, 20, 20, 20));
        body.getStyleClass().add("help-page");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static VBox bibtex(MethodPage page) {
        TextArea text = new TextArea(page.bibtex());
        text.setId("bibtex-" + page.panel().id());
        text.getStyleClass().add("help-bibtex");
        text.setEditable(false);
        text.setPrefRowCount(Math.min(18, (int) page.bibtex().lines().count() + 1));
        Button copy = new Button(page.entries() == 1 ? "Copy BibTeX" : "Copy BibTeX (" + page.entries() + " entries)");
        copy.setId("copy-bibtex-" + page.panel().id());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(page.bibtex());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new VBox(6, text, new HBox(spacer, copy));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("help-heading");
        return l;
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // wrapped labels in a VBox otherwise shrink to one line
        l.getStyleClass().add(styleClass);
        return l;
    }
}
