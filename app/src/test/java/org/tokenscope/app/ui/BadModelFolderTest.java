package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.views.shell.ModelSummary;

/** A model folder that cannot load is reported in a dialog, and the window keeps the model it had. */
class BadModelFolderTest {
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;
    private String demoName;

    @BeforeEach
    void start() throws TimeoutException {
        demoName = WindowTestSupport.embeddedModelName();
        app = WindowTestSupport.launch();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    @Test
    void garbageOnnxShowsTheErrorAndKeepsTheEmbeddedModel(@TempDir Path tmp) throws IOException, TimeoutException {
        Path broken = Files.createDirectories(tmp.resolve("broken-model"));
        Files.writeString(broken.resolve("model.onnx"), "this is not an ONNX graph", StandardCharsets.UTF_8);
        ModelSummary before = app.mainWindow().status().current().orElseThrow();

        robot.interact(() -> app.mainWindow().openModelFolder(broken));
        DialogPane error = WindowTestSupport.waitForDialog("error-dialog");

        assertTrue(error.getContentText().contains("cannot load model.onnx"), error.getContentText());
        assertNotNull(error.getExpandableContent(), "the stack trace sits behind the details expander");
        String trace = robot.from(error.getExpandableContent()).lookup("#error-details").queryAs(TextArea.class).getText();
        assertTrue(trace.contains("ModelException"), trace);

        robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> WindowTestSupport.findDialog("error-dialog").isEmpty());

        assertEquals("Tokenscope — " + demoName, app.mainWindow().stage().getTitle());
        assertEquals(before, app.mainWindow().status().current().orElseThrow());
        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);
        String shown = WindowTestSupport.texts(robot, bar);
        assertTrue(shown.contains(demoName), shown);
        assertEquals(0, bar.getProgress(), "the progress bar is gone after the failed load");
    }

    @Test
    void theEmbeddedModelCanBeReloadedAfterAFailure(@TempDir Path tmp) throws TimeoutException {
        robot.interact(() -> app.mainWindow().openModelFolder(tmp.resolve("does-not-exist")));
        DialogPane error = WindowTestSupport.waitForDialog("error-dialog");
        assertTrue(error.getContentText().contains("model folder not found"), error.getContentText());
        robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());

        robot.interact(() -> app.mainWindow().useEmbeddedModel());
        WindowTestSupport.waitUntilIdle(app);
        assertEquals("Tokenscope — " + demoName, app.mainWindow().stage().getTitle());
    }
}
