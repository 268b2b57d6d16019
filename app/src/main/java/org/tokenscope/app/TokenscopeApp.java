package org.tokenscope.app;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: owns the main window and the background thread models load on. */
public final class TokenscopeApp extends Application {
    private ExecutorService loader;
    private MainWindow window;

    /** Starts the GUI; {@code args} are {@code [--model DIR] [--threads N]}. Returns when the window closes. */
    public static void launchGui(String[] args) {
        try {
            LaunchOptions.parse(List.of(args)); // report a bad command line on the console, before any window
        } catch (IllegalArgumentException e) {
            System.err.println("tokenscope: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
        }
        Application.launch(TokenscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        // Daemon: a model still loading when the window closes must not keep the JVM alive.
        loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tokenscope-model-loader");
            t.setDaemon(true);
            return t;
        });
        window = new MainWindow(stage, options.threads(), loader);
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
    }

    /** The main window, for tests and for the CLI's "gui" hand-off; null before {@link #start}. */
    public MainWindow mainWindow() {
        return window;
    }
}
