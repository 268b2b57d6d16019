package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.host.model.DemoModel;

/** The Model menu: open the embedded model, details of the signature, variants of a folder, the thread count. */
class ModelMenuTest {
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private Menu modelMenu() {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-model".equals(m.getId())).findFirst().orElseThrow();
    }

    private MenuItem item(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** The demo model's folder copied twice over: model.onnx (fp32) and model_quantized.onnx, a second variant. */
    private static Path twoVariantFolder(Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("austen-two-variants"));
        for (String f : List.of("model.onnx", "tokenizer.json", "tokenizer_config.json", "config.json", "generation_config.json")) {
            Files.copy(DemoModel.folder().resolve(f), dir.resolve(f));
        }
        Files.copy(dir.resolve("model.onnx"), dir.resolve("model_quantized.onnx"));
        return dir;
    }

    @Test
    void openTheEmbeddedModelFromTheModelMenu(@TempDir Path tmp) throws Exception {
        String demo = WindowTestSupport.embeddedModelName();
        app = WindowTestSupport.launch("--model", twoVariantFolder(tmp).toString());
        assertTrue(app.mainWindow().status().current().orElseThrow().folder().endsWith("austen-two-variants"));

        robot.interact(() -> item(modelMenu(), "menu-embedded-model").fire());
        WaitForAsyncUtils.waitFor(WindowTestSupport.LOAD_TIMEOUT_S, SECONDS,
                () -> app.mainWindow().status().current().orElseThrow().folder().equals(DemoModel.folder().toString()));
        WindowTestSupport.waitUntilIdle(app);
        assertEquals("Tokenscope — " + demo, app.mainWindow().stage().getTitle());
        assertTrue(modelMenu().getItems().stream().filter(i -> "menu-variant".equals(i.getId())).findFirst().orElseThrow()
                .isDisable(), "the embedded model has one variant");
    }

    @Test
    void detailsShowTheDetectedSignatureAndConfig() throws TimeoutException {
        app = WindowTestSupport.launch();
        robot.interact(() -> item(modelMenu(), "menu-model-details").fire());
        DialogPane details = WindowTestSupport.waitForDialog("model-details-dialog");
        assertEquals("4", value(details, "architecture-layers"));
        assertEquals("6", value(details, "architecture-attention-heads"));
        assertEquals("256", value(details, "architecture-context"));
        assertTrue(value(details, "architecture-vocabulary").contains("logits 4096"), value(details, "architecture-vocabulary"));
        assertTrue(value(details, "signature-cache-layout").startsWith("separate · 4 layers"), value(details, "signature-cache-layout"));
        assertTrue(value(details, "signature-cache-layout").endsWith("float32"), value(details, "signature-cache-layout"));
        assertTrue(value(details, "signature-inputs").contains("input_ids : int64"), value(details, "signature-inputs"));
        assertTrue(value(details, "signature-taps").contains("hidden_states.0"), value(details, "signature-taps"));
        assertEquals("fp32", value(details, "files-variant"));
        robot.interact(() -> ((Button) details.lookupButton(ButtonType.CLOSE)).fire());
    }

    private String value(DialogPane pane, String id) {
        return robot.from(pane).lookup("#detail-" + id).queryAs(Label.class).getText();
    }

    @Test
    void pickAVariantAndSetTheThreads(@TempDir Path tmp) throws Exception {
        app = WindowTestSupport.launch("--model", twoVariantFolder(tmp).toString(), "--threads", "2");
        Menu variants = (Menu) item(modelMenu(), "menu-variant");
        assertFalse(variants.isDisable());
        assertEquals(List.of("fp32", "quantized"), variants.getItems().stream().map(MenuItem::getText).toList());
        assertTrue(((RadioMenuItem) variants.getItems().get(0)).isSelected());

        robot.interact(() -> variants.getItems().get(1).fire());
        WaitForAsyncUtils.waitFor(WindowTestSupport.LOAD_TIMEOUT_S, SECONDS,
                () -> app.mainWindow().status().current().orElseThrow().onnxFile().endsWith("model_quantized.onnx"));
        WindowTestSupport.waitUntilIdle(app);
        assertTrue(((RadioMenuItem) ((Menu) item(modelMenu(), "menu-variant")).getItems().get(1)).isSelected());

        robot.interact(() -> app.mainWindow().setThreads(1));
        WaitForAsyncUtils.waitFor(WindowTestSupport.LOAD_TIMEOUT_S, SECONDS,
                () -> app.mainWindow().status().current().orElseThrow().threads() == 1);
        WindowTestSupport.waitUntilIdle(app);
        assertTrue(app.mainWindow().status().current().orElseThrow().onnxFile().endsWith("model_quantized.onnx"),
                "a new thread count reloads the same variant");
        String bar = WindowTestSupport.texts(robot, robot.lookup("#status-bar").query());
        assertTrue(bar.contains("1 thread"), bar);
    }
}
