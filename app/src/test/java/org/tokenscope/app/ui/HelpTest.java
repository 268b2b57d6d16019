package org.tokenscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.help.HelpWindow;
import org.tokenscope.app.shell.AppDirs;
import org.tokenscope.views.shell.WorkbenchPanel;

/** Help: a method page per panel with its paper and BibTeX to copy; where the log file is. */
class HelpTest {
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    private long logBefore;

    @BeforeEach
    void start() throws Exception {
        Path log = AppDirs.state().resolve("tokenscope.log");
        logBefore = Files.exists(log) ? Files.size(log) : 0; // the log grows across runs: read only what this one adds
        app = WindowTestSupport.launch();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    @Test
    void methodPageOfTheSelectedPanelCitesItsPaperAndCopiesBibtex() {
        AtomicReference<HelpWindow> help = new AtomicReference<>();
        robot.interact(() -> {
            app.mainWindow().showPanel(WorkbenchPanel.COUNTERFACTUAL);
            help.set(app.mainWindow().showMethodPage());
        });
        TabPane tabs = (TabPane) help.get().stage().getScene().getRoot();
        assertEquals("help-counterfactual", tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(5, tabs.getTabs().size());
        TextArea bib = robot.from(tabs).lookup("#bibtex-counterfactual").queryAs(TextArea.class);
        assertTrue(bib.getText().contains("Counterfactual Token Generation in Large Language Models"), bib.getText());
        assertTrue(bib.getText().contains("2409.17027"), bib.getText());

        Button copy = robot.from(tabs).lookup("#copy-bibtex-counterfactual").queryButton();
        robot.interact(copy::fire);
        AtomicReference<String> clip = new AtomicReference<>();
        robot.interact(() -> clip.set(Clipboard.getSystemClipboard().getString()));
        assertEquals(bib.getText(), clip.get());
        robot.interact(() -> help.get().stage().close());
    }

    @Test
    void logFileDialogShowsWhereTheLogIs() throws Exception {
        robot.interact(() -> app.mainWindow().showLogFile());
        DialogPane dialog = WindowTestSupport.waitForDialog("log-file-dialog");
        String shown = robot.from(dialog).lookup("#log-file-path").queryAs(TextField.class).getText();
        Path log = AppDirs.state().resolve("tokenscope.log");
        assertEquals(log.toString(), shown);
        byte[] all = Files.readAllBytes(log);
        String added = new String(all, (int) logBefore, all.length - (int) logBefore, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(added.contains("Tokenscope ") && added.contains(" starting on Java "), "this window wrote its start to the log: " + added);
        robot.interact(() -> ((Button) dialog.lookupButton(ButtonType.OK)).fire());
    }
}
