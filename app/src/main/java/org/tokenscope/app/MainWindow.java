package org.tokenscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.controls.PanelPlaceholder;
import org.tokenscope.views.shell.ModelStatusBar;
import org.tokenscope.views.shell.ModelStatusViewModel;
import org.tokenscope.views.shell.PanelTabs;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The workbench window: menus on top, one tab per panel, the model's status at the bottom. It wires the
 * menu to the model session; everything it shows comes from view models.
 */
public final class MainWindow implements MainMenu.Actions {
    private final Stage stage;
    private final int threads;
    private final ModelStatusViewModel status = new ModelStatusViewModel();
    private final ModelSession session;
    private Path lastFolder;

    MainWindow(Stage stage, int threads, Executor loader) {
        this.stage = stage;
        this.threads = threads;
        this.session = new ModelSession(loader, status);

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(MainMenu.create(this, status.loadingProperty()));
        root.setCenter(PanelTabs.create(p -> new PanelPlaceholder(p.title(), p.purpose(), p.basis())));
        root.setBottom(new ModelStatusBar(status));

        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("tokenscope.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(status.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        var icon = MainWindow.class.getResourceAsStream("icons/tokenscope-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        // Closing the window (title bar or Quit) releases the ONNX session and its native memory.
        stage.setOnHidden(e -> session.close());
    }

    void show(LaunchOptions options) {
        stage.show();
        options.model().ifPresentOrElse(this::openModelFolder, this::useEmbeddedModel);
    }

    /** Loads the model in {@code dir} (a folder or an .onnx file); on failure the current model stays. */
    public void openModelFolder(Path dir) {
        lastFolder = dir;
        session.load(new ModelSource.Folder(dir), threads, this::showLoadError);
    }

    @Override
    public void useEmbeddedModel() {
        session.load(new ModelSource.Embedded(), threads, this::showLoadError);
    }

    @Override
    public void chooseModelFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Model Folder");
        if (lastFolder != null) {
            Path parent = lastFolder.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                chooser.setInitialDirectory(parent.toFile());
            }
        }
        java.io.File picked = chooser.showDialog(stage);
        if (picked != null) {
            openModelFolder(picked.toPath());
        }
    }

    @Override
    public void about() {
        AboutDialog.create(stage, AppVersion.get(), status.current()).show();
    }

    @Override
    public void quit() {
        stage.close(); // the one exit path, so a later "unsaved project" check has a single place to hook in
    }

    private void showLoadError(Throwable cause) {
        String header = status.current().map(m -> "The model could not be opened; " + m.name() + " is still loaded.")
                .orElse("The model could not be opened.");
        ErrorAlert.create(stage, header, ErrorAlert.oneLine(cause), cause).show();
    }

    /** What the title and status bar show; read-only for callers. */
    public ModelStatusViewModel status() {
        return status;
    }

    public Stage stage() {
        return stage;
    }

    /** Releases the model; safe to call more than once. */
    void close() {
        session.close();
    }
}
