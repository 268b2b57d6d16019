package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.export.Rfc4180;
import org.tokenscope.app.export.HtmlReportWriter;
import org.tokenscope.app.export.ReportBuilder;
import org.tokenscope.app.export.ReportContributors;
import org.tokenscope.app.project.Project;
import org.tokenscope.views.counterfactual.ComparisonHtml;
import org.tokenscope.views.counterfactual.CounterfactualExports;
import org.tokenscope.views.counterfactual.CounterfactualViewModel;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.NodeImages;
import org.tokenscope.views.shell.WorkbenchPanel;

/** The counterfactual tab in the running window: pick a token, read the comparison, branch twice, save and reopen. */
class CounterfactualPanelTest {
    static final String PROMPT = "Once upon a time, in a quiet village in Hampshire, there lived a young lady, Miss";
    /** Where the test leaves its pictures of the panel, for a person to look at. */
    static final Path PICTURES = Path.of("target", "counterfactual-panel");
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
        waitForNoJobs();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    /**
     * Waits until no job runs, checked on the FX thread: a job that starts another from its success callback
     * (regenerate, then show the last branch) does both in one FX event, so the check never falls between them.
     */
    private void waitForNoJobs() throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> app.mainWindow().jobs().running().isEmpty())
                .get(10, SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node panel() {
        robot.interact(() -> robot.lookup("#panel-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        return robot.lookup("#counterfactual-panel").query();
    }

    private CounterfactualViewModel vm() {
        panel(); // selects the tab as well: the tests click its chips
        return app.mainWindow().panel(WorkbenchPanel.COUNTERFACTUAL).orElseThrow().viewModel(CounterfactualViewModel.class);
    }

    private void generate(long seed, int maxTokens) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#cf-prompt").queryComboBox().getEditor().setText(PROMPT);
            robot.lookup("#cf-seed").queryAs(TextField.class).setText(Long.toString(seed));
            robot.lookup("#cf-max-tokens").queryAs(TextField.class).setText(Integer.toString(maxTokens));
            robot.lookup("#cf-generate").queryButton().fire();
        });
        waitForNoJobs();
        assertNotNull(vm().factualProperty().get(), vm().messageProperty().get());
    }

    /** Clicks the chip of generated position {@code pos} and returns the menu it opens. */
    private ContextMenu clickChip(int pos) throws TimeoutException {
        Label chip = robot.lookup("#cf-chips").lookup((Node n) -> n instanceof Label && n.getUserData() != null
                && n.getUserData().toString().startsWith("Target[inPrompt=false, position=" + pos + ",")).queryAs(Label.class);
        robot.clickOn(chip);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> menu() != null);
        return menu();
    }

    private static ContextMenu menu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu c && c.isShowing() && "cf-replacement-menu".equals(c.getId()))
                .map(w -> (ContextMenu) w).findFirst().orElse(null);
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private String shownTexts(String selector) {
        return robot.lookup(selector).queryAll().stream().map(n -> ((Label) n).getText()).distinct().reduce("", (a, b) -> a + "|" + b);
    }

    private void picture(Node node, String name) {
        robot.interact(() -> {
            try {
                Files.createDirectories(PICTURES);
                NodeImages.writePng(node, 1, PICTURES.resolve(name));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void pickATokenSeeTheDiffBranchTwiceSaveAndReopen(@TempDir Path dir) throws Exception {
        picture(panel(), "empty.png");
        generate(5, 24);
        ContextMenu menu = clickChip(0);
        robot.interact(() -> item(menu, "cf-alt-0").fire());
        waitForNoJobs();
        CounterfactualViewModel vm = vm();
        assertNotNull(vm.comparisonProperty().get(), vm.messageProperty().get());
        assertEquals("|factual|counterfactual|interventional", shownTexts("#cf-comparison .cf-row-name"), "each band names its rows");
        assertFalse(robot.lookup("#cf-comparison .cf-forced").queryAll().isEmpty(), "the forced token is marked");
        assertFalse(robot.lookup("#cf-comparison .cf-changed").queryAll().isEmpty(), "differences are highlighted");
        String metrics = robot.lookup("#cf-metrics").queryAs(Label.class).getText();
        assertTrue(metrics.contains("First divergence: position 0"), metrics);
        assertTrue(metrics.contains("Edit distance to the factual run: counterfactual "), metrics);
        assertTrue(robot.lookup("#cf-kl").query().isVisible());

        // A second branch, typed, on the first branch's run.
        ContextMenu second = clickChip(6);
        robot.interact(() -> {
            HBox typed = (HBox) ((CustomMenuItem) item(second, "cf-replace-typed")).getContent();
            ((TextField) typed.getChildren().get(0)).setText(" Emma");
            ((Button) typed.getChildren().get(1)).fire();
        });
        waitForNoJobs();
        assertEquals(2, vm.branchesProperty().get().size(), vm.messageProperty().get());
        assertEquals(0, vm.branchesProperty().get().get(1).node().parent());
        robot.interact(() -> robot.lookup("#cf-run-sweep").queryButton().fire());
        waitForNoJobs();
        assertNotNull(vm.sweepProperty().get());
        Files.createDirectories(PICTURES);
        robot.interact(() -> {
            try {
                NodeImages.writePng(panel(), 1, PICTURES.resolve("two-branches.png"));
                NodeImages.writePng(((javafx.scene.control.ScrollPane) robot.lookup(".cf-main").query()).getContent(), 1,
                        PICTURES.resolve("two-branches-column.png"));
                NodeImages.writePng(panel().getScene().getRoot(), 1, PICTURES.resolve("window.png"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // Exports: the comparison as HTML, the tree as JSON, the sweep as CSV, and the report.
        String html = ComparisonHtml.page(vm.comparisonProperty().get(), vm.factsProperty().get(), "a <b> & \"c\"");
        assertTrue(html.contains("<h1>a &lt;b&gt; &amp; &quot;c&quot;</h1>"));
        assertTrue(html.contains("class=\"forced\""));
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(CounterfactualExports.treeJson(vm.factualProperty().get(),
                vm.branchesProperty().get(), vm.factsProperty().get().sha256()));
        assertEquals(2, tree.path("branches").size());
        List<List<String>> csv = Rfc4180.parse(CsvWriter.toCsv(CounterfactualExports.sweepTable(vm.sweepProperty().get())));
        assertEquals(List.of("rank_raw", "id", "token", "prob_raw", "first_divergence", "edit_distance", "text"), csv.get(0));
        assertEquals(6, csv.size(), "five alternatives");

        Path file = dir.resolve("what-if.tokenscope.json");
        AtomicReference<Boolean> saved = new AtomicReference<>();
        robot.interact(() -> saved.set(app.mainWindow().projects().saveTo(file)));
        assertTrue(saved.get());
        Project before = app.mainWindow().project().project();
        String report = HtmlReportWriter.toHtml(new ReportBuilder(ReportContributors.discover(), "test")
                .build("r", before, List.of(WorkbenchPanel.COUNTERFACTUAL), Instant.EPOCH));
        assertTrue(report.contains("Branch 1: pos 6:"), "the report lists the branches");

        WindowTestSupport.close(app);
        app = WindowTestSupport.launch();
        robot.interact(() -> app.mainWindow().projects().open(file));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> app.mainWindow().project().file().isPresent());
        waitForNoJobs();
        CounterfactualViewModel again = vm();
        assertEquals("", again.messageProperty().get());
        assertEquals(2, again.branchesProperty().get().size());
        assertEquals(1, again.selectedProperty().get(), "the last branch is shown");
        assertNotNull(again.comparisonProperty().get());
        @SuppressWarnings("unchecked")
        TreeView<Integer> treeView = robot.lookup("#cf-tree").queryAs(TreeView.class);
        TreeItem<Integer> root = treeView.getRoot();
        assertEquals(1, root.getChildren().size());
        assertEquals(0, root.getChildren().get(0).getValue());
        assertEquals(1, root.getChildren().get(0).getChildren().get(0).getValue(), "the second branch hangs under the first");
        assertEquals(before, app.mainWindow().project().project(), "reopening changes nothing");
        assertFalse(app.mainWindow().project().isDirty());
    }

    @Test
    void badInputIsAMessageInThePanel(@TempDir Path dir) throws Exception {
        generate(3, 12);
        ContextMenu menu = clickChip(2);
        robot.interact(() -> ((Button) ((HBox) ((CustomMenuItem) item(menu, "cf-replace-typed")).getContent()).getChildren().get(1)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Label message = robot.lookup("#cf-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("The replacement is empty: it tokenises to nothing"), message.getText());
        robot.interact(() -> robot.lookup("#cf-seed").queryAs(TextField.class).setText("seven"));
        robot.interact(() -> robot.lookup("#cf-generate").queryButton().fire());
        assertEquals("Seed must be a whole number, not \"seven\".", message.getText());
        robot.interact(() -> vm().sweep(40, 3));
        assertTrue(message.getText().startsWith("Position 40 is beyond the trace (12 tokens)"), message.getText());

        // A project whose run was made with another model: the message says so and nothing replays.
        robot.interact(() -> robot.lookup("#cf-seed").queryAs(TextField.class).setText("3"));
        ContextMenu again = clickChip(1);
        robot.interact(() -> item(again, "cf-alt-0").fire());
        waitForNoJobs();
        Path file = dir.resolve("other.tokenscope.json");
        robot.interact(() -> app.mainWindow().projects().saveTo(file));
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        ((ObjectNode) json.path("panels").path("counterfactual")).put("model_sha256", "ab".repeat(32));
        new ObjectMapper().writeValue(file.toFile(), json);
        robot.interact(() -> app.mainWindow().projects().open(file));
        waitForNoJobs();
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> message.getText().startsWith("The factual run and its branches were made with another model"));
        assertTrue(message.getText().contains("SHA-256 abababababab…"), message.getText());
        assertEquals(1, vm().branchesProperty().get().size(), "the saved tree is still shown");
        assertTrue(WindowTestSupport.findDialog("error-dialog").isEmpty(), "no error dialog for the user's input");
    }

    @Test
    void startFromTheStepperRunAndOpenABranchInTheStepper() throws Exception {
        robot.interact(() -> app.mainWindow().projects().openSample(org.tokenscope.app.project.SampleCatalog.all().stream()
                .filter(x -> x.path().contains("stepper")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> app.mainWindow().project().section(WorkbenchPanel.STEPPER).isPresent());
        waitForNoJobs();
        CounterfactualViewModel vm = vm();
        assertEquals("", vm.messageProperty().get());
        ObjectNode stepper = app.mainWindow().project().section(WorkbenchPanel.STEPPER).orElseThrow();
        assertEquals(stepper.at("/trace/prompt").asText(), vm.settingsProperty().get().prompt());
        assertNotNull(vm.factualProperty().get(), "the stepper's run is the factual run");
        assertEquals(stepper.at("/trace/steps/0/id").asInt(), vm.factualProperty().get().trace().steps().get(0).id());
        assertFalse(app.mainWindow().project().isDirty(), "taking the stepper's run changes nothing to save");

        ContextMenu menu = clickChip(3);
        robot.interact(() -> item(menu, "cf-alt-0").fire());
        waitForNoJobs();
        int[] branch = vm.branchesProperty().get().get(0).node().ids();
        robot.interact(() -> robot.lookup("#cf-open-in-stepper").queryButton().fire());
        waitForNoJobs();
        TabPane tabs = robot.lookup("#panel-tabs").queryAs(TabPane.class);
        assertEquals("tab-stepper", tabs.getSelectionModel().getSelectedItem().getId());
        ObjectNode now = app.mainWindow().project().section(WorkbenchPanel.STEPPER).orElseThrow();
        assertEquals(branch.length, now.at("/trace/steps").size());
        assertEquals(branch[3], now.at("/trace/steps/3/id").asInt());
        assertEquals(-1, now.at("/trace/steps/3/trial").asInt(), "the replaced token is forced");
        var stepperVm = app.mainWindow().panel(WorkbenchPanel.STEPPER).orElseThrow()
                .viewModel(org.tokenscope.views.stepper.StepperViewModel.class);
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> stepperVm.runProperty().get() != null
                && java.util.Arrays.equals(branch, stepperVm.runProperty().get().trace().generatedIds()));
    }

    @Test
    void theSampleOpensOnItsDashwoodBranch() throws Exception {
        robot.interact(() -> app.mainWindow().projects().openSample(org.tokenscope.app.project.SampleCatalog.all().stream()
                .filter(x -> x.path().contains("counterfactual")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> app.mainWindow().project().section(WorkbenchPanel.COUNTERFACTUAL).isPresent());
        waitForNoJobs();
        CounterfactualViewModel vm = vm();
        assertEquals("", vm.messageProperty().get());
        assertEquals(1, vm.comparisonProperty().get().nodeId());
        assertEquals(8, vm.comparisonProperty().get().result().editDistanceCf());
        assertEquals(57, vm.comparisonProperty().get().result().editDistanceInt());
        picture(panel().getScene().getRoot(), "sample.png");
        robot.interact(() -> robot.lookup("#cf-side-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        picture(panel().getScene().getRoot(), "sample-sweep.png");
        assertFalse(app.mainWindow().project().isDirty());
    }
}
