package org.tokenscope.app;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.tokenscope.app.shell.AppDirs;
import org.tokenscope.app.shell.AppLog;
import org.tokenscope.app.shell.WindowState;

/** The JavaFX application: owns the main window and the background thread models load on. */
public final class TokenscopeApp extends Application {
    private static final System.Logger LOG = System.getLogger(TokenscopeApp.class.getName());
    private ExecutorService loader;
    private MainWindow window;

    /** Starts the GUI; {@code args} are {@code [--model DIR] [--threads N]}. Returns when the window closes. */
    public static void launchGui(String[] args) {
        try {
            LaunchOptions options = LaunchOptions.parse(List.of(args)); // a bad command line fails here, before any window
            if (options.model().isEmpty()) {
                EmbeddedPreload.start(options.threads());
            }
        } catch (IllegalArgumentException e) {
            System.err.println("tokenscope: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
        }
        Application.launch(TokenscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.markFxStart();
        AppLog.install(AppDirs.state());
        LOG.log(System.Logger.Level.INFO, "Tokenscope " + AppVersion.get() + " starting on Java "
                + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version"));
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        // Daemon: a model still loading when the window closes must not keep the JVM alive.
        loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tokenscope-model-loader");
            t.setDaemon(true);
            return t;
        });
        window = new MainWindow(stage, options.threads(), loader, WindowState.load());
        StartupProbe.watch(window.status());
        window.show(options);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (loader != null) {
            loader.shutdown();
        }
        LOG.log(System.Logger.Level.INFO, "Tokenscope closed");
    }

    /** The main window, for tests and for the CLI's "gui" hand-off; null before {@link #start}. */
    public MainWindow mainWindow() {
        return window;
    }
}
