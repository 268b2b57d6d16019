package org.tokenscope.app.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Puts the window back where {@link WindowState} says, and reads its layout back at close. The bounds of the
 * un-maximised window are tracked as they change, because a maximised or full-screen stage reports the
 * screen's bounds, which are not what the user wants restored.
 */
public final class WindowLayout {
    private final Stage stage;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double width;
    private double height;

    public WindowLayout(Stage stage, WindowState state) {
        this.stage = stage;
        this.width = state.width();
        this.height = state.height();
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (state.x() != null && state.y() != null && onSomeScreen(state.x(), state.y(), state.width(), state.height())) {
            stage.setX(state.x());
            stage.setY(state.y());
            x = state.x();
            y = state.y();
        }
        stage.setMaximized(state.maximized());
        stage.xProperty().addListener((o, was, now) -> track());
        stage.yProperty().addListener((o, was, now) -> track());
        stage.widthProperty().addListener((o, was, now) -> track());
        stage.heightProperty().addListener((o, was, now) -> track());
    }

    /** Selects the panel that was selected at close; before the panels are built, so only that one is built. */
    public static void selectPanel(WindowState state, TabPane tabs) {
        for (Tab t : tabs.getTabs()) {
            if (t.getUserData() instanceof WorkbenchPanel p && p.id().equals(state.panel())) {
                tabs.getSelectionModel().select(t);
            }
        }
    }

    /** Restores the prompt list's width; call once the window is showing. */
    public static void restoreDivider(WindowState state, SplitPane split) {
        if (split.getWidth() > 0) {
            placeDivider(split, state.promptListWidth());
        } else {
            split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                    if (now.doubleValue() > 0) {
                        split.widthProperty().removeListener(this);
                        javafx.application.Platform.runLater(() -> placeDivider(split, state.promptListWidth()));
                    }
                }
            });
        }
    }

    /** The layout now, to save at close. */
    public WindowState capture(SplitPane split, TabPane tabs, Theme theme, Zoom zoom) {
        double list = split.getItems().get(0).getLayoutBounds().getWidth();
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        String panel = selected != null && selected.getUserData() instanceof WorkbenchPanel p ? p.id() : WindowState.DEFAULT.panel();
        return new WindowState(Double.isNaN(x) ? null : x, Double.isNaN(y) ? null : y, width, height, stage.isMaximized(),
                list, panel, theme.name(), zoom.scale()).normalized();
    }

    /**
     * Gives the prompt list {@code px} pixels at the split's current width and lays the split out at once. The
     * list does not resize with the window, so whatever size the window settles at later (the window system
     * applies the restored size, or maximises it, after the first layout) the list keeps this width. Laying out
     * at once matters: a resize arriving before the next layout would otherwise keep the old width.
     */
    private static void placeDivider(SplitPane split, double px) {
        // A divider position is where the divider's middle goes; the list ends half a divider before it.
        var divider = split.lookup(".split-pane-divider");
        double half = divider == null ? 0 : divider.getLayoutBounds().getWidth() / 2;
        split.setDividerPositions(Math.min(0.8, (px + half) / split.getWidth()));
        split.layout();
    }

    private void track() {
        if (stage.isMaximized() || stage.isFullScreen() || stage.isIconified() || !stage.isShowing()) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** At least a corner's worth of the title bar must be on a screen, else the window opens where the OS puts it. */
    private static boolean onSomeScreen(double x, double y, double w, double h) {
        Rectangle2D titleBar = new Rectangle2D(x, y, Math.max(1, Math.min(w, 200)), 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }
}
