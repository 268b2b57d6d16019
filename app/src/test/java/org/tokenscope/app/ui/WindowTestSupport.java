package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.shell.AppDirs;
import org.tokenscope.app.shell.SettingsFile;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** Starting the real application headless and reading what its window shows. */
final class WindowTestSupport {
    /** The first load also unpacks the demo model, and the machine may be busy. */
    static final int LOAD_TIMEOUT_S = 120;

    static {
        // Maven sets these (app/pom.xml); an IDE run must not touch the real settings and log either.
        for (String p : List.of(AppDirs.CONFIG_PROPERTY, AppDirs.STATE_PROPERTY)) {
            if (System.getProperty(p) == null) {
                System.setProperty(p, Path.of("target", p.replace('.', '-')).toAbsolutePath().toString());
            }
        }
    }

    private WindowTestSupport() {
    }

    /** Forgets the window layout, theme, zoom and recent files, so a launch starts from the defaults. */
    static void resetSettings() {
        SettingsFile.flush(); // a write still queued from the last window must not land after the delete
        try {
            for (String f : List.of("window.json", "recent.json")) {
                Files.deleteIfExists(AppDirs.config().resolve(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String embeddedModelName() {
        try (LanguageModel m = DemoModel.load(1)) {
            return m.name();
        }
    }

    /** Launches {@link TokenscopeApp} with default settings and {@code args}; waits until its first load has finished. */
    static TokenscopeApp launch(String... args) throws TimeoutException {
        resetSettings();
        return relaunch(args);
    }

    /** As {@link #launch}, keeping the settings the previous window saved (layout, theme, recent files). */
    static TokenscopeApp relaunch(String... args) throws TimeoutException {
        FxToolkit.registerPrimaryStage(); // starts the toolkit once
        // A fresh stage per window, as in real use: whatever a window leaves attached to its stage (a panel's
        // event handler, say) then goes with it, instead of piling up on a reused primary stage.
        FxToolkit.registerStage(Stage::new);
        TokenscopeApp app = (TokenscopeApp) FxToolkit.setupApplication(TokenscopeApp.class, args);
        waitUntilIdle(app);
        return app;
    }

    static void waitUntilIdle(TokenscopeApp app) throws TimeoutException {
        WaitForAsyncUtils.waitFor(LOAD_TIMEOUT_S, SECONDS,
                () -> app.mainWindow() != null && !app.mainWindow().status().loadingProperty().get()
                        && app.mainWindow().panelsBuilt()); // tests look into every tab, not only the one shown
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void close(TokenscopeApp app) throws TimeoutException {
        // Close any dialog a failed assertion left open, so the next test starts from a bare stage.
        new FxRobot().interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide));
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Every text shown by {@code root} and the nodes inside it (skins included). */
    static String texts(FxRobot robot, Node root) {
        return robot.from(root).lookup((Node n) -> n instanceof Labeled).queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(" | "));
    }

    /** Waits for a dialog whose pane has {@code id} to be showing. */
    static DialogPane waitForDialog(String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> findDialog(id).isPresent());
        return findDialog(id).orElseThrow();
    }

    static Optional<DialogPane> findDialog(String id) throws TimeoutException {
        return WaitForAsyncUtils.waitFor(10, SECONDS, WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane && id.equals(r.getId()))
                .map(r -> (DialogPane) r)
                .findFirst()));
    }
}
