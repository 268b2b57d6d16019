package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectFiles;
import org.tokenscope.app.shell.RecentFiles;
import org.tokenscope.host.model.DemoModel;

/** Dropping files on the window opens each as its kind; what was opened comes back in File › Open Recent. */
class FilesAndRecentTest {
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private List<String> prompts() {
        return app.mainWindow().project().project().prompts();
    }

    private Menu recentMenu() {
        Menu file = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        return (Menu) file.getItems().stream().filter(i -> "menu-open-recent".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void droppedProjectAndPromptFilesOpenAndBecomeRecent(@TempDir Path dir) throws Exception {
        Path projectFile = dir.resolve("dropped.tokenscope.json");
        ProjectFiles.write(Project.empty().withPrompts(List.of("From the dropped project")), projectFile);
        Path promptFile = Files.writeString(dir.resolve("more.txt"), "First dropped prompt\n\nSecond dropped prompt\n");

        robot.interact(() -> app.mainWindow().openFiles(List.of(projectFile)));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> app.mainWindow().project().file().isPresent());
        assertEquals(List.of("From the dropped project"), prompts());

        robot.interact(() -> app.mainWindow().openFiles(List.of(promptFile)));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> prompts().size() == 3);
        assertEquals("Second dropped prompt", prompts().get(2));

        List<RecentFiles.Entry> recent = app.mainWindow().recentFiles().entries();
        assertEquals(List.of(new RecentFiles.Entry(promptFile.toString(), RecentFiles.Kind.PROMPTS),
                new RecentFiles.Entry(projectFile.toString(), RecentFiles.Kind.PROJECT)), recent);
        assertEquals("more.txt — " + dir + " (prompts)", recentMenu().getItems().get(0).getText().replace("~", System.getProperty("user.home")));
        assertTrue(recentMenu().getItems().get(0).getAccelerator() != null, "recent files have Shortcut+Alt+digit");

        // A new window offers the same list, and picking the project reopens it.
        WindowTestSupport.close(app);
        app = WindowTestSupport.relaunch();
        assertEquals(2, app.mainWindow().recentFiles().entries().size());
        MenuItem project = recentMenu().getItems().get(1);
        robot.interact(project::fire);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> app.mainWindow().project().file().isPresent());
        assertEquals(List.of("From the dropped project"), prompts());
    }

    @Test
    void promptFilesDroppedWithAProjectJoinIt(@TempDir Path dir) throws Exception {
        Path projectFile = dir.resolve("together.tokenscope.json");
        ProjectFiles.write(Project.empty().withPrompts(List.of("From the project")), projectFile);
        Path promptFile = Files.writeString(dir.resolve("extra.txt"), "An extra prompt\n");

        robot.interact(() -> app.mainWindow().openFiles(List.of(promptFile, projectFile)));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> prompts().size() == 2);
        WindowTestSupport.waitUntilIdle(app);
        assertEquals(List.of("From the project", "An extra prompt"), prompts(), "read after the project opened, not lost with the old one");
        assertEquals(projectFile, app.mainWindow().project().file().orElseThrow());
        assertEquals(new RecentFiles.Entry(promptFile.toString(), RecentFiles.Kind.PROMPTS),
                app.mainWindow().recentFiles().entries().get(0));
    }

    @Test
    void aModelFolderDroppedWhileAModelLoadsOpensAfterIt(@TempDir Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("austen-copy"));
        for (String f : List.of("model.onnx", "tokenizer.json", "tokenizer_config.json", "config.json", "generation_config.json")) {
            Files.copy(DemoModel.folder().resolve(f), copy.resolve(f));
        }
        robot.interact(() -> {
            app.mainWindow().setThreads(app.mainWindow().threads() == 1 ? 2 : 1); // reloads the embedded model
            app.mainWindow().openFiles(List.of(copy));                            // asked for while that loads
        });
        WaitForAsyncUtils.waitFor(WindowTestSupport.LOAD_TIMEOUT_S, SECONDS,
                () -> app.mainWindow().status().current().map(m -> m.folder().endsWith("austen-copy")).orElse(false));
        WindowTestSupport.waitUntilIdle(app);
        assertEquals(copy.toString(), app.mainWindow().status().current().orElseThrow().folder());
    }

    @Test
    void aDroppedModelFolderLoads(@TempDir Path dir) throws Exception {
        Path broken = Files.createDirectories(dir.resolve("not-a-model"));
        robot.interact(() -> app.mainWindow().openFiles(List.of(broken)));
        DialogPane error = WindowTestSupport.waitForDialog("error-dialog");
        assertTrue(error.getContentText().contains("no ONNX model"), "a folder is opened as a model: " + error.getContentText());
        robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());
    }

    @Test
    void filesTokenscopeCannotOpenAreNamed(@TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("paper.pdf"), "%PDF-1.4");
        robot.interact(() -> app.mainWindow().openFiles(List.of(pdf)));
        DialogPane info = WindowTestSupport.waitForDialog("unsupported-file-dialog");
        assertTrue(info.getHeaderText().contains("paper.pdf"), info.getHeaderText());
        robot.interact(() -> ((Button) info.lookupButton(ButtonType.OK)).fire());
    }

    @Test
    void aRecentFileThatWasDeletedIsSaidSoAndForgotten(@TempDir Path dir) throws Exception {
        Path gone = Files.writeString(dir.resolve("gone.txt"), "a prompt\n");
        robot.interact(() -> app.mainWindow().recentFiles().add(gone, RecentFiles.Kind.PROMPTS));
        Files.delete(gone);
        robot.interact(() -> recentMenu().getItems().get(0).fire());
        DialogPane info = WindowTestSupport.waitForDialog("missing-recent-dialog");
        assertTrue(info.getHeaderText().contains("gone.txt"), info.getHeaderText());
        robot.interact(() -> ((Button) info.lookupButton(ButtonType.OK)).fire());
        assertEquals(List.of(), app.mainWindow().recentFiles().entries());
    }
}
