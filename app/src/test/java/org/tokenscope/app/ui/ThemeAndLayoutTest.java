package org.tokenscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.shell.Theme;
import org.tokenscope.views.shell.WorkbenchPanel;

/** View menu: the dark theme reaches every window, zoom scales the fonts, and the layout survives a restart. */
class ThemeAndLayoutTest {
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private MenuItem viewItem(String id) {
        Menu view = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-view".equals(m.getId())).findFirst().orElseThrow();
        return view.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Scene scene() {
        return app.mainWindow().stage().getScene();
    }

    private static boolean isDark(Scene s) {
        return s.getStylesheets().contains(Theme.DARK.stylesheetUrl()) && !s.getStylesheets().contains(Theme.LIGHT.stylesheetUrl())
                && s.getRoot().getStyleClass().contains("theme-dark");
    }

    @Test
    void switchToTheDarkThemeFromTheViewMenu() throws TimeoutException {
        app = WindowTestSupport.launch();
        assertFalse(isDark(scene()), "light by default");
        robot.interact(() -> viewItem("menu-theme-dark").fire());
        assertTrue(isDark(scene()));
        // Modena's colour ladder follows -fx-base: the window background is now dark.
        var fill = (javafx.scene.paint.Color) ((javafx.scene.layout.Region) scene().getRoot()).getBackground().getFills().get(0).getFill();
        assertTrue(fill.getBrightness() < 0.3, "dark background, got " + fill);

        robot.interact(() -> app.mainWindow().about());
        DialogPane about = WindowTestSupport.waitForDialog("about-dialog");
        assertTrue(isDark(about.getScene()), "dialogs opened later are dark too");
        robot.interact(() -> ((Button) about.lookupButton(ButtonType.OK)).fire());

        robot.interact(() -> viewItem("menu-theme-light").fire());
        assertFalse(isDark(scene()));
    }

    @Test
    void zoomScalesTheRootFontAndResets() throws TimeoutException {
        app = WindowTestSupport.launch();
        double base = fontSize();
        assertEquals(13, base, 0.01);
        robot.interact(() -> viewItem("menu-zoom-in").fire());
        assertEquals(13 * 1.1, fontSize(), 0.01);
        // The unshifted "=" key zooms in too, as browsers do.
        robot.interact(() -> scene().getAccelerators().get(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN)).run());
        assertEquals(13 * 1.25, fontSize(), 0.01);
        robot.interact(() -> viewItem("menu-zoom-out").fire());
        robot.interact(() -> viewItem("menu-zoom-out").fire());
        assertEquals(13, fontSize(), 0.01);
        robot.interact(() -> viewItem("menu-zoom-out").fire());
        assertEquals(13 * 0.9, fontSize(), 0.01);
        robot.interact(() -> viewItem("menu-zoom-reset").fire());
        assertEquals(13, fontSize(), 0.01);
    }

    private double promptListWidth() {
        return robot.lookup("#workbench-split").queryAs(SplitPane.class).getItems().get(0).getLayoutBounds().getWidth();
    }

    private double fontSize() {
        WaitForAsyncUtils.waitForFxEvents();
        // A label's font follows the root's -fx-font-size once CSS has been applied.
        return robot.lookup("#status-model-name").queryLabeled().getFont().getSize();
    }

    @Test
    void layoutThemeAndZoomAreRememberedBetweenRuns() throws TimeoutException {
        app = WindowTestSupport.launch();
        robot.interact(() -> {
            viewItem("menu-theme-dark").fire();
            viewItem("menu-zoom-in").fire();
            app.mainWindow().showPanel(WorkbenchPanel.SAE);
            app.mainWindow().stage().setWidth(1000);
            app.mainWindow().stage().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // After the resize has been laid out: the prompt list keeps its width when the window resizes.
        robot.interact(() -> robot.lookup("#workbench-split").queryAs(SplitPane.class).setDividerPositions(0.33));
        WaitForAsyncUtils.waitForFxEvents();
        double listWidth = promptListWidth();
        assertEquals(330, listWidth, 10);
        WindowTestSupport.close(app);
        app = WindowTestSupport.relaunch();

        assertTrue(isDark(scene()));
        assertEquals(13 * 1.1, fontSize(), 0.01);
        assertEquals(WorkbenchPanel.SAE, app.mainWindow().selectedPanel());
        assertEquals("tab-sae", robot.lookup("#panel-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals(listWidth, promptListWidth(), 2, "the prompt list is as wide as it was left");
        assertEquals(1000, app.mainWindow().stage().getWidth(), 1);
        assertEquals(700, app.mainWindow().stage().getHeight(), 1);
    }
}
