package org.tokenscope.views.shell;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The workbench's tab pane: one fixed tab per {@link WorkbenchPanel}, in enum order. */
public final class PanelTabs {
    private PanelTabs() {
    }

    /** {@code content} supplies each panel's node, so the app decides what is real and what is a placeholder. */
    public static TabPane create(Function<WorkbenchPanel, Node> content) {
        TabPane tabs = new TabPane();
        tabs.setId("panel-tabs");
        // Panels are the workbench itself, not documents: closing one would only lose it.
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkbenchPanel p : WorkbenchPanel.values()) {
            Tab tab = new Tab(p.title(), content.apply(p));
            tab.setId("tab-" + p.id());
            tab.setUserData(p);
            tabs.getTabs().add(tab);
        }
        return tabs;
    }
}
