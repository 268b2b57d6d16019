package org.tokenscope.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.tokenscope.app.panels.PanelContent;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.app.panels.PanelHandle;
import org.tokenscope.app.project.PromptListPane;
import org.tokenscope.app.shell.WindowLayout;
import org.tokenscope.app.shell.WindowState;
import org.tokenscope.views.shell.PanelTabs;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The window's centre: the project's prompt list beside one tab per panel. It restores the selected panel and
 * builds it while the window opens; the other panels are built once the first model load has finished, so they
 * do not delay the first usable window.
 */
final class PanelArea {
    private final SplitPane split;
    private final TabPane tabs;
    private final Map<WorkbenchPanel, PanelHandle> built = new EnumMap<>(WorkbenchPanel.class);

    /** {@code loading} is the model session's: the other panels are built when the first load ends. */
    PanelArea(PanelContext context, WindowState state, ObservableBooleanValue loading) {
        tabs = PanelTabs.create(p -> {
            PanelHandle handle = PanelContent.create(p, context);
            built.put(p, handle);
            return handle.view();
        });
        split = new SplitPane(new PromptListPane(context.project()), tabs);
        split.setId("workbench-split");
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        WindowLayout.selectPanel(state, tabs);
        PanelTabs.buildOnSelection(tabs);
        loading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    PanelTabs.buildRestLater(tabs);
                }
            }
        });
    }

    SplitPane split() {
        return split;
    }

    TabPane tabs() {
        return tabs;
    }

    void show(WorkbenchPanel panel) {
        tabs.getTabs().stream().filter(t -> t.getUserData() == panel).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    WorkbenchPanel selected() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t != null && t.getUserData() instanceof WorkbenchPanel p ? p : WorkbenchPanel.STEPPER;
    }

    /** The panel, once built: its view, view model and project section. */
    Optional<PanelHandle> panel(WorkbenchPanel panel) {
        return Optional.ofNullable(built.get(panel));
    }

    boolean allBuilt() {
        return PanelTabs.allBuilt(tabs);
    }
}
