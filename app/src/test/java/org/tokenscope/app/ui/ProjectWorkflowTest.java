package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.export.Rfc4180;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ChartDataView;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.NodeImages;
import org.tokenscope.views.export.SvgChartWriter;
import org.tokenscope.views.export.TableData;
import org.tokenscope.views.jobs.Job;
import org.tokenscope.views.shell.WorkbenchPanel;

/** Projects, exports and jobs in the running window: samples, save and reopen, exports, cancel, errors. */
class ProjectWorkflowTest {
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
        waitForNoJobs(); // the loaded model's hash job, so the status bar starts empty
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private ProjectDocument document() {
        return app.mainWindow().project();
    }

    private void waitForNoJobs() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> app.mainWindow().jobs().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MenuItem fileMenuItem(String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu samples = (Menu) file.getItems().stream().filter(i -> "menu-open-sample".equals(i.getId())).findFirst().orElseThrow();
        return java.util.stream.Stream.concat(file.getItems().stream(), samples.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    @SuppressWarnings("unchecked")
    private List<String> promptListItems() {
        return List.copyOf(robot.lookup("#prompt-list").queryAs(ListView.class).getItems());
    }

    @Test
    void openASampleFromTheFileMenuAndSeeItsPrompt() throws TimeoutException {
        robot.interact(() -> fileMenuItem("menu-sample-shapley-prompt-parts").fire());
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> promptListItems().contains("Emma Woodhouse, handsome, clever, and"));
        assertTrue(document().section(WorkbenchPanel.SHAPLEY).isPresent());
        assertTrue(app.mainWindow().stage().getTitle().startsWith("shapley-prompt-parts.tokenscope.json (sample) — Tokenscope"),
                app.mainWindow().stage().getTitle());
        for (String id : List.of("menu-new", "menu-open", "menu-open-prompts", "menu-save", "menu-save-as", "menu-revert",
                "menu-export-report")) {
            assertNotNull(fileMenuItem(id).getAccelerator(), id + " has a shortcut");
        }
    }

    @Test
    void saveCloseReopenGivesTheSameState(@TempDir Path dir) throws TimeoutException {
        Path file = dir.resolve("mine.tokenscope.json");
        robot.interact(() -> fileMenuItem("menu-sample-stepper-entropy-cntp").fire());
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> document().section(WorkbenchPanel.STEPPER).isPresent());
        robot.interact(() -> {
            document().addPrompts(List.of("My own prompt, with a newline\nin it"));
            var section = document().section(WorkbenchPanel.STEPPER).orElseThrow();
            section.with("sampler").put("seed", 1234);
            document().setSection(WorkbenchPanel.STEPPER, section);
        });
        assertTrue(app.mainWindow().stage().getTitle().startsWith("*"), "unsaved changes show in the title");
        waitForNoJobs();
        AtomicReference<Boolean> saved = new AtomicReference<>();
        robot.interact(() -> saved.set(app.mainWindow().projects().saveTo(file)));
        assertTrue(saved.get());
        Project before = document().project();
        assertFalse(document().isDirty());
        assertTrue(before.model().orElseThrow().embedded(), "the loaded model is recorded");
        assertEquals(64, before.model().orElseThrow().sha256().length());

        WindowTestSupport.close(app);
        app = WindowTestSupport.launch();
        assertEquals(List.of(), promptListItems(), "a fresh window starts with an empty project");

        robot.interact(() -> app.mainWindow().projects().open(file));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> document().file().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the prompt list and panels update one pulse after the file opens
        assertEquals(before, document().project());
        assertEquals(before.prompts(), promptListItems());
        assertEquals(1234, document().section(WorkbenchPanel.STEPPER).orElseThrow().at("/sampler/seed").asInt());
        assertEquals("mine.tokenscope.json — " + app.mainWindow().status().titleProperty().get(), app.mainWindow().stage().getTitle());
    }

    @Test
    void exportAChartToPngAndSvgAndATableToCsv(@TempDir Path dir) throws Exception {
        LineChartData chart = new LineChartData("Entropy", "step", "nats",
                List.of(ChartData.Series.of("entropy", new double[] {0, 1, 2}, new double[] {0.25, 1.5, 0.75})),
                List.of(new ChartData.Threshold("H_high", 1.5)));
        Path png1 = dir.resolve("chart.png");
        Path png2 = dir.resolve("chart@2x.png");
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            ChartDataView view = new ChartDataView(chart);
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(view), 400, 250));
            s.show();
            stage.set(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ChartDataView view = (ChartDataView) ((StackPane) stage.get().getScene().getRoot()).getChildren().get(0);
                NodeImages.writePng(view, 1, png1);
                NodeImages.writePng(view, 2, png2);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> stage.get().close());
        BufferedImage one = ImageIO.read(png1.toFile());
        BufferedImage two = ImageIO.read(png2.toFile());
        assertEquals(400, one.getWidth());
        assertEquals(250, one.getHeight());
        assertEquals(800, two.getWidth(), "2× is twice as wide");
        assertEquals(500, two.getHeight());

        Path svg = dir.resolve("chart.svg");
        SvgChartWriter.write(chart, svg);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        for (String point : List.of("entropy (0, 0.25)", "entropy (1, 1.5)", "entropy (2, 0.75)")) {
            assertTrue(text.contains("<title>" + point + "</title>"), point);
        }

        TableData table = new TableData("steps", List.of("step", "token", "entropy"), List.of(
                List.of(0, "It", 0.25), List.of(1, " is, \"truly\"", 1.5), List.of(2, "a\nb", 0.75)));
        Path csv = dir.resolve("steps.csv");
        CsvWriter.write(table, csv);
        List<List<String>> back = Rfc4180.parse(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(List.of(List.of("step", "token", "entropy"), List.of("0", "It", "0.25"), List.of("1", " is, \"truly\"", "1.5"),
                List.of("2", "a\nb", "0.75")), back);
    }

    @Test
    void cancelARunningJobFromTheStatusBar() throws TimeoutException {
        AtomicReference<Job<Void>> job = new AtomicReference<>();
        robot.interact(() -> job.set(app.mainWindow().jobs().<Void>task("Looping forever", (progress, cancel) -> {
            for (long i = 0; ; i++) {
                cancel.check();
                progress.update(i % 100, 100, "lap " + i);
                Thread.sleep(5);
            }
        }).start()));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> robot.lookup(".job-cancel").tryQuery().isPresent());
        assertTrue(robot.lookup("#jobs-status").query().isVisible());
        Button cancel = robot.lookup(".job-cancel").queryButton();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> job.get().state() == Job.State.CANCELLED);
        waitForNoJobs();
        assertFalse(robot.lookup("#jobs-status").query().isVisible(), "the jobs area hides when nothing runs");
        assertTrue(WindowTestSupport.findDialog("error-dialog").isEmpty(), "a cancel is not an error");
    }

    @Test
    void aFailingJobShowsTheErrorDialogAndKeepsTheProject() throws TimeoutException {
        robot.interact(() -> document().addPrompts(List.of("keep me")));
        Project before = document().project();
        robot.interact(() -> app.mainWindow().jobs().task("Exploding", (progress, cancel) -> {
            throw new IllegalStateException("boom");
        }).start());
        DialogPane error = WindowTestSupport.waitForDialog("error-dialog");
        assertEquals("Exploding failed.", error.getHeaderText());
        assertEquals("IllegalStateException: boom", error.getContentText());
        assertNotNull(error.getExpandableContent(), "details behind the expander");
        robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());
        assertEquals(before, document().project());
    }

    @Test
    void aTruncatedProjectIsReportedAndTheOpenProjectStays(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.tokenscope.json"), "{\"format_version\": 1, \"prompts\": [\"a\", ");
        robot.interact(() -> document().setPrompts(List.of("current")));
        robot.interact(() -> app.mainWindow().projects().saveTo(dir.resolve("current.tokenscope.json")));
        Project before = document().project();
        robot.interact(() -> app.mainWindow().projects().open(broken));
        DialogPane error = WindowTestSupport.waitForDialog("error-dialog");
        assertEquals("Could not open broken.tokenscope.json; the open project is unchanged.", error.getHeaderText());
        assertTrue(error.getContentText().startsWith("broken.tokenscope.json is truncated"), error.getContentText());
        robot.interact(() -> ((Button) error.lookupButton(ButtonType.OK)).fire());
        assertEquals(before, document().project());
        assertEquals(dir.resolve("current.tokenscope.json"), document().file().orElseThrow());
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelKeepsTheWindow() throws TimeoutException {
        robot.interact(() -> document().addPrompts(List.of("unsaved")));
        Platform.runLater(() -> app.mainWindow().quit()); // runLater: the question waits for an answer
        DialogPane ask = WindowTestSupport.waitForDialog("unsaved-changes-dialog");
        assertTrue(ask.getHeaderText().contains("before closing the window"), ask.getHeaderText());
        Button cancel = (Button) ask.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(ask::lookupButton).findFirst().orElseThrow();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.mainWindow().stage().isShowing());
        assertEquals(List.of("unsaved"), document().project().prompts());
    }
}
