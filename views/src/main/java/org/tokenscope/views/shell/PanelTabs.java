package org.tokenscope.views.shell;

import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The workbench's tab pane: one fixed tab per {@link WorkbenchPanel}, in enum order. Only the panel shown first
 * is built while the window opens; building and styling all five would more than double the time to a usable
 * window. The others are built one by one once the window is up ({@link #buildRestLater}), or at once when their
 * tab is selected first. Panels read their state from the project when they are built, so a late panel shows
 * the same as an early one would.
 */
public final class PanelTabs {
    static final String PENDING_CLASS = "panel-pending";
    /** Frames drawn before the other panels start: the window with its first panel and model comes first. */
    private static final int FRAMES_BEFORE_REST = 3;
    private static final Object FACTORY = new Object();

    private PanelTabs() {
    }

    /**
     * {@code content} supplies each panel's node, so the app decides what is real and what is a placeholder.
     * Nothing is built until {@link #buildOnSelection} is called.
     */
    public static TabPane create(Function<WorkbenchPanel, Node> content) {
        TabPane tabs = new TabPane();
        tabs.setId("panel-tabs");
        // Panels are the workbench itself, not documents: closing one would only lose it.
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkbenchPanel p : WorkbenchPanel.values()) {
            StackPane pending = new StackPane();
            pending.getStyleClass().add(PENDING_CLASS);
            Tab tab = new Tab(p.title(), pending);
            tab.setId("tab-" + p.id());
            tab.setUserData(p);
            tab.getProperties().put(FACTORY, content);
            tabs.getTabs().add(tab);
        }
        return tabs;
    }

    /**
     * Builds the selected tab's panel now and every other panel when its tab is first selected. Call once the
     * window has selected the tab it restores, so that the panel shown first is the only one built at start.
     */
    public static void buildOnSelection(TabPane tabs) {
        build(tabs.getSelectionModel().getSelectedItem());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> build(now));
    }

    /**
     * Builds the panels not built yet, one per frame after the window has drawn a few, so the window shows (and
     * answers input) first and repaints between panels. Call once the window is interactive.
     */
    public static void buildRestLater(TabPane tabs) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames <= FRAMES_BEFORE_REST) {
                    return;
                }
                var next = tabs.getTabs().stream().filter(t -> !isBuilt(t)).findFirst();
                if (next.isEmpty()) {
                    stop();
                } else {
                    build(next.get());
                }
            }
        }.start();
    }

    /** True once every panel exists (tests wait for it before looking into tabs other than the shown one). */
    public static boolean allBuilt(TabPane tabs) {
        return tabs.getTabs().stream().allMatch(PanelTabs::isBuilt);
    }

    /** True once {@code tab}'s panel exists. */
    public static boolean isBuilt(Tab tab) {
        return !tab.getProperties().containsKey(FACTORY);
    }

    @SuppressWarnings("unchecked")
    private static void build(Tab tab) {
        if (tab == null || isBuilt(tab)) {
            return;
        }
        var factory = (Function<WorkbenchPanel, Node>) tab.getProperties().remove(FACTORY);
        tab.setContent(factory.apply((WorkbenchPanel) tab.getUserData()));
    }
}
