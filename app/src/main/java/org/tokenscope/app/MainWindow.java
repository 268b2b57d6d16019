package org.tokenscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.tokenscope.app.export.ExportReportDialog;
import org.tokenscope.app.jobs.AppJobs;
import org.tokenscope.app.project.Autosave;
import org.tokenscope.app.project.CurrentModelLink;
import org.tokenscope.app.project.FxProjectDialogs;
import org.tokenscope.app.project.ProjectActions;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.app.project.ProjectMenu;
import org.tokenscope.app.project.ProjectTitle;
import org.tokenscope.app.project.PromptListPane;
import org.tokenscope.app.project.RecoveryStore;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.jobs.JobsStatusView;
import org.tokenscope.views.shell.ModelStatusBar;
import org.tokenscope.views.shell.ModelStatusViewModel;
import org.tokenscope.views.shell.PanelTabs;
import org.tokenscope.app.panels.PanelContent;
import org.tokenscope.app.panels.PanelContext;
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
    private final AppJobs jobs;
    private final ProjectDocument project = new ProjectDocument();
    private final ProjectActions projects;
    private Autosave autosave;
    private Path lastFolder;

    MainWindow(Stage stage, int threads, Executor loader) {
        this.stage = stage;
        this.threads = threads;
        this.session = new ModelSession(loader, status);
        this.jobs = new AppJobs(stage);
        this.projects = new ProjectActions(project, jobs.runner(), new FxProjectDialogs(stage),
                new CurrentModelLink(status, session::current, this::openModelFolder, this::useEmbeddedModel, jobs.runner()));

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(MainMenu.create(this, status.loadingProperty(), ProjectMenu.items(projects, this::exportReport)));
        PanelContext panels = new PanelContext(session.models(), jobs.runner(), project, stage);
        root.setCenter(withPromptPane(PanelTabs.create(p -> PanelContent.create(p, panels))));
        root.setBottom(statusBarWithJobs());

        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("tokenscope.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(ProjectTitle.of(project, status.titleProperty()));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        var icon = MainWindow.class.getResourceAsStream("icons/tokenscope-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        // Closing the window (title bar or Quit) releases the ONNX session and its native memory.
        stage.setOnHidden(e -> close());
        guardUnsavedChangesOnClose();
    }

    void show(LaunchOptions options) {
        stage.show();
        options.model().ifPresentOrElse(this::openModelFolder, this::useEmbeddedModel);
        startAutosaveAndOfferRecovery();
    }

    // --- Projects, jobs and reports (File menu, prompt pane, jobs in the status bar) ---

    /** The project's prompt list beside the panels. */
    private Node withPromptPane(Node panels) {
        SplitPane split = new SplitPane(new PromptListPane(project), panels);
        split.setId("workbench-split");
        split.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        return split;
    }

    private ModelStatusBar statusBarWithJobs() {
        ModelStatusBar bar = new ModelStatusBar(status);
        bar.getRightItems().add(new JobsStatusView(jobs.runner()));
        return bar;
    }

    /** The title bar's close button asks about unsaved changes, as Quit does. */
    private void guardUnsavedChangesOnClose() {
        stage.setOnCloseRequest(e -> {
            if (!projects.confirmClose()) {
                e.consume();
            }
        });
    }

    private void startAutosaveAndOfferRecovery() {
        RecoveryStore store = RecoveryStore.standard();
        try {
            autosave = new Autosave(project, store.startSession());
            autosave.start();
            projects.useRecovery(autosave, store);
        } catch (IOException e) {
            System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.WARNING, "autosave is off", e);
            return;
        }
        projects.offerRecovery();
    }

    private void exportReport() {
        ExportReportDialog.open(stage, projects, jobs.runner());
    }

    /** The open project, for panels and tests. */
    public ProjectDocument project() {
        return project;
    }

    /** New, Open, Save, … as the File menu runs them. */
    public ProjectActions projects() {
        return projects;
    }

    /** The seam every engine call goes through. */
    public JobRunner jobs() {
        return jobs.runner();
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
        if (projects.confirmClose()) {
            stage.close(); // the one exit path; close() below releases what the window holds
        }
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

    /** Releases the model, stops the jobs and removes this window's recovery copy; safe to call more than once. */
    void close() {
        if (autosave != null) {
            autosave.close();
            autosave = null;
        }
        jobs.close();
        session.close();
    }
}
