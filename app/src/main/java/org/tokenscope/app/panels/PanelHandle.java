package org.tokenscope.app.panels;

import javafx.scene.Node;
import org.tokenscope.views.shell.PanelSection;

/**
 * A built panel: the node its tab shows, the view model behind it (for the window and for tests, which assert on
 * the state rather than on pixels), and its section of the project, already bound to the open project.
 */
public record PanelHandle(Node view, Object viewModel, PanelSection section) {

    /** The view model as {@code type}; fails when the panel has another kind of view model. */
    public <T> T viewModel(Class<T> type) {
        return type.cast(viewModel);
    }
}
