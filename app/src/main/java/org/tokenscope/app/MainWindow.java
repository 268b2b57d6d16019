package org.tokenscope.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.tokenscope.app.export.ExportReportDialog;
import org.tokenscope.app.help.HelpMenu;
import org.tokenscope.app.help.HelpWindow;
import org.tokenscope.app.help.LogFileDialog;
import org.tokenscope.app.jobs.AppJobs;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.app.panels.PanelHandle;
import org.tokenscope.app.project.Autosave;
import org.tokenscope.app.project.CurrentModelLink;
import org.tokenscope.app.project.FxProjectDialogs;
import org.tokenscope.app.project.ProjectActions;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.app.project.ProjectMenu;
import org.tokenscope.app.project.ProjectTitle;
import org.tokenscope.app.project.RecoveryStore;
import org.tokenscope.app.shell.AppLog;
import org.tokenscope.app.shell.EditMenu;
import org.tokenscope.app.shell.FileDrop;
import org.tokenscope.app.shell.MenuItems;
import org.tokenscope.app.shell.RecentFiles;
import org.tokenscope.app.shell.RecentMenu;
import org.tokenscope.app.shell.RememberingDialogs;
import org.tokenscope.app.shell.SettingsFile;
import org.tokenscope.app.shell.ViewMenu;
import org.tokenscope.app.shell.WindowLayout;
import org.tokenscope.app.shell.WindowState;
import org.tokenscope.app.shell.WindowStyler;
import org.tokenscope.app.shell.Zoom;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.jobs.JobsStatusView;
import org.tokenscope.views.shell.ModelStatusBar;
import org.tokenscope.views.shell.ModelStatusViewModel;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The workbench window: menus on top, the prompt list beside one tab per panel, the model and running jobs in
 * the status bar. It builds the parts and wires them together; the parts hold the behaviour (menus in their
 * own classes, the model menu in {@link ModelActions}, files in {@link FileRouter}, looks in
 * {@link WindowStyler}, layout in {@link WindowLayout}).
 */
public final class MainWindow {
    private final Stage stage;
    private final ModelStatusViewModel status = new ModelStatusViewModel();
    private final ModelSession session;
    private final ModelActions models;
    private final AppJobs jobs;
    private final ProjectDocument project = new ProjectDocument();
    private final ProjectActions projects;
    private final RecentFiles recent = RecentFiles.standard();
    private final FileRouter files;
    private final WindowStyler styler;
    private final WindowLayout layout;
    private final PanelArea panels;
    private final WindowState state;
    private HelpWindow help;
    private Autosave autosave;
    private boolean closed;

    MainWindow(Stage stage, int threads, Executor loader, WindowState state) {
        this.stage = stage;
        this.session = new ModelSession(loader, status);
        this.models = new ModelActions(stage, session, status, threads, dir -> recent.add(dir, RecentFiles.Kind.MODEL));
        this.jobs = new AppJobs(stage);
        this.projects = new ProjectActions(project, jobs.runner(), new RememberingDialogs(new FxProjectDialogs(stage), recent),
                new CurrentModelLink(status, session::current, this::openModelFolder, this::useEmbeddedModel, jobs.runner()));
        this.files = new FileRouter(stage, projects, this::openModelFolder, recent);
        this.styler = new WindowStyler(state.themeValue(), new Zoom(state.zoom()));
        project.fileProperty().addListener((obs, was, now) -> {
            if (now != null) {
                recent.add(now, RecentFiles.Kind.PROJECT); // opened, saved as, or reverted: all worth reopening
            }
        });

        panels = new PanelArea(new PanelContext(session.models(), jobs.runner(), project, stage), state,
                status.loadingProperty());
        BorderPane root = new BorderPane(panels.split());
        root.setId("main-window");
        root.setBottom(statusBarWithJobs());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("tokenscope.css")).toExternalForm());
        root.setTop(menuBar(scene));
        ViewMenu.addZoomAliases(scene, styler.zoom());
        FileDrop.install(scene, files::open);
        styler.apply(scene);
        stage.setScene(scene);
        layout = new WindowLayout(stage, state);
        this.state = state;

        stage.titleProperty().bind(ProjectTitle.of(project, status.titleProperty()));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        var icon = MainWindow.class.getResourceAsStream("icons/tokenscope-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        // Closing the window (title bar or Quit) releases the ONNX session and its native memory.
        stage.setOnHidden(e -> close());
        stage.setOnCloseRequest(e -> {
            if (!projects.confirmClose()) {
                e.consume(); // the title bar's close button asks about unsaved changes, as Quit does
            }
        });
    }

    private javafx.scene.control.MenuBar menuBar(Scene scene) {
        List<MenuItem> file = new ArrayList<>(ProjectMenu.items(projects, this::exportReport));
        int afterPrompts = file.stream().map(MenuItem::getId).toList().indexOf("menu-open-prompts") + 1;
        file.add(afterPrompts, RecentMenu.create(recent, files::open));
        file.add(MenuItems.item("menu-quit", "Quit", "Shortcut+Q", e -> quit()));
        var hasModel = Bindings.isNotNull(status.modelProperty());
        return MainMenu.create(file, EditMenu.create(scene), ViewMenu.create(styler, this::showPanel, stage),
                ModelMenu.create(models, status.loadingProperty(), hasModel),
                HelpMenu.create(this::showMethodPage, this::showLogFile, this::about));
    }

    /** True once every panel has been built (the shown one at start, the others after the first load). */
    public boolean panelsBuilt() {
        return panels.allBuilt();
    }

    void show(LaunchOptions options) {
        stage.show();
        if (!stage.isMaximized()) {
            // Some window managers (openbox) map the window at its minimum size whatever size was asked for,
            // while JavaFX still reports the asked size; asking again once the window is up gets it.
            double width = state.width(), height = state.height();
            javafx.application.Platform.runLater(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
        // After show, when the split has a width to place the prompt list's remembered width in.
        WindowLayout.restoreDivider(state, panels.split());
        options.model().ifPresentOrElse(this::openModelFolder, this::useEmbeddedModel);
        startAutosaveAndOfferRecovery();
    }

    private ModelStatusBar statusBarWithJobs() {
        ModelStatusBar bar = new ModelStatusBar(status);
        bar.getRightItems().add(new JobsStatusView(jobs.runner()));
        return bar;
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

    // --- What menus, tests and panels call ---

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
        models.open(dir);
    }

    public void useEmbeddedModel() {
        models.useEmbedded();
    }

    public void chooseModelFolder() {
        models.chooseFolder();
    }

    /** Reloads the current folder with another of its variants (fp32, fp16, quantized, ...). */
    public void useVariant(String label) {
        models.useVariant(label);
    }

    /** Sets the model session's threads; reloads the current model. */
    public void setThreads(int n) {
        models.setThreads(n);
    }

    public int threads() {
        return models.threadsProperty().get();
    }

    public void showModelDetails() {
        models.showDetails();
    }

    /** Opens dropped files as the window's drop target does. */
    public void openFiles(List<Path> paths) {
        files.open(paths);
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** Theme and zoom of every window. */
    public WindowStyler styler() {
        return styler;
    }

    /** A built panel's view, view model and project section; empty until its tab has been built. */
    public java.util.Optional<PanelHandle> panel(WorkbenchPanel panel) {
        return panels.panel(panel);
    }

    public void showPanel(WorkbenchPanel panel) {
        panels.show(panel);
    }

    /** The selected panel, whose method page F1 opens. */
    public WorkbenchPanel selectedPanel() {
        return panels.selected();
    }

    public HelpWindow showMethodPage() {
        if (help == null) {
            help = new HelpWindow(stage);
        }
        help.show(selectedPanel());
        return help;
    }

    public void showLogFile() {
        LogFileDialog.create(stage, AppLog.file()).show();
    }

    public void about() {
        AboutDialog.create(stage, AppVersion.get(), status.current(), AppLog.file()).show();
    }

    public void quit() {
        if (projects.confirmClose()) {
            stage.close(); // the one exit path; close() below releases what the window holds
        }
    }

    /** What the title and status bar show; read-only for callers. */
    public ModelStatusViewModel status() {
        return status;
    }

    public Stage stage() {
        return stage;
    }

    /** Saves the layout, releases the model, stops the jobs and removes the recovery copy; safe to call twice. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        layout.capture(panels.split(), panels.tabs(), styler.theme(), styler.zoom()).save();
        styler.dispose();
        if (help != null) {
            help.stage().close();
        }
        if (autosave != null) {
            autosave.close();
            autosave = null;
        }
        jobs.close();
        session.close();
        SettingsFile.flush(); // Open Recent's last change is on disk before the JVM may exit
    }
}
