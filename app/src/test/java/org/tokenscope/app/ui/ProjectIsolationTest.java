package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.export.ReportBuilder;
import org.tokenscope.app.export.ReportExport;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.SampleCatalog;
import org.tokenscope.views.counterfactual.CounterfactualViewModel;
import org.tokenscope.views.premium.PremiumViewModel;
import org.tokenscope.views.sae.SaeViewModel;
import org.tokenscope.views.sae.TrainingForm;
import org.tokenscope.views.shapley.ShapleyViewModel;
import org.tokenscope.views.shell.WorkbenchPanel;
import org.tokenscope.views.stepper.StepperViewModel;

/**
 * The issue "One panel contract": opening, reverting or creating a project resets every panel to that project's
 * state or its empty state, and the new project's report holds nothing of the previous one. Each panel is given
 * state of the first project (a stepper run on a prompt of its own, an SAE opened, a Shapley prompt, a premium
 * table), then the assertions are on the view models and on the report's HTML.
 */
class ProjectIsolationTest {
    /** A prompt no sample holds: found anywhere after the switch, it carried over. */
    private static final String MARK = "Zanzibar quartermaster prompt of the first project";
    private static final Path SAMPLE_SAE = Path.of("..", "samples", "sae", "austen-topk-1536");

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

    private Project current() {
        return app.mainWindow().project().project();
    }

    private <T> T vm(WorkbenchPanel panel, Class<T> type) {
        return app.mainWindow().panel(panel).orElseThrow().viewModel(type);
    }

    private void waitForNoJobs() throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, SECONDS, () -> app.mainWindow().jobs().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents(); // a replaced project reaches the stepper and SAE one pulse later
    }

    private void openSample(String id) throws TimeoutException {
        SampleCatalog.Sample s = SampleCatalog.all().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        String name = s.fileName() + " (sample)";
        robot.interact(() -> app.mainWindow().projects().openSample(s));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> app.mainWindow().project().displayNameProperty().get().equals(name));
        waitForNoJobs();
    }

    /** Gives every panel state of the open project, as a user would; the project is saved so no question is asked. */
    private void fillEveryPanel(Path file) throws TimeoutException {
        StepperViewModel stepper = vm(WorkbenchPanel.STEPPER, StepperViewModel.class);
        robot.interact(() -> {
            stepper.reset();
            stepper.promptProperty().set(MARK);
            stepper.step();
        });
        waitForNoJobs();
        robot.interact(stepper::step);
        waitForNoJobs();
        assertEquals(2, stepper.runProperty().get().steps().size());
        robot.interact(() -> {
            vm(WorkbenchPanel.SHAPLEY, ShapleyViewModel.class).settings().promptProperty().set(MARK);
            CounterfactualViewModel cf = vm(WorkbenchPanel.COUNTERFACTUAL, CounterfactualViewModel.class);
            cf.settingsProperty().set(cf.settingsProperty().get().withPrompt(MARK));
            SaeViewModel sae = vm(WorkbenchPanel.SAE, SaeViewModel.class);
            sae.promptProperty().set(MARK);
            sae.open(SAMPLE_SAE);
        });
        waitForNoJobs();
        assertNotNull(vm(WorkbenchPanel.SAE, SaeViewModel.class).saeProperty().get(), "the first project has an SAE open");
        robot.interact(() -> app.mainWindow().projects().saveTo(file));
        assertTrue(app.mainWindow().project().section(WorkbenchPanel.STEPPER).orElseThrow().toString().contains(MARK));
    }

    /** Every panel shows {@code p}'s state: its own section, or the empty panel when it has none. */
    private void assertShows(Project p, List<String> gone) throws Exception {
        List<String> prompts = p.prompts();
        String first = prompts.isEmpty() ? "" : prompts.get(0);
        boolean stepperSaved = p.section(WorkbenchPanel.STEPPER.id()).isPresent();

        StepperViewModel stepper = vm(WorkbenchPanel.STEPPER, StepperViewModel.class);
        if (!stepperSaved) {
            assertEquals(first, stepper.promptProperty().get(), "a fresh stepper starts on the project's first prompt");
            assertNull(stepper.runProperty().get(), "no run of the previous project");
            assertTrue(stepper.rows().isEmpty());
        }
        assertNull(stepper.comparisonProperty().get());
        assertEquals(prompts, List.copyOf(stepper.projectPrompts()));

        CounterfactualViewModel cf = vm(WorkbenchPanel.COUNTERFACTUAL, CounterfactualViewModel.class);
        if (p.section(WorkbenchPanel.COUNTERFACTUAL.id()).isEmpty() && !stepperSaved) {
            assertNull(cf.factualProperty().get());
            assertTrue(cf.branchesProperty().get().isEmpty());
            assertNull(cf.sweepProperty().get());
            assertEquals(first, cf.settingsProperty().get().prompt());
        }

        ShapleyViewModel shapley = vm(WorkbenchPanel.SHAPLEY, ShapleyViewModel.class);
        int savedRuns = p.section(WorkbenchPanel.SHAPLEY.id()).map(s -> s.path("runs").size()).orElse(0);
        assertEquals(savedRuns, shapley.runs().size(), "the project's Shapley runs, none of the previous one's");
        if (savedRuns == 0) {
            assertEquals(first, shapley.settings().promptProperty().get());
            assertNull(shapley.shownProperty().get());
        }

        SaeViewModel sae = vm(WorkbenchPanel.SAE, SaeViewModel.class);
        assertNull(sae.saeProperty().get(), "no SAE of the previous project");
        assertNull(sae.saePathProperty().get());
        assertTrue(sae.runs().isEmpty() && sae.curve().isEmpty() && sae.features().isEmpty());
        assertEquals("", sae.promptProperty().get());
        if (p.section(WorkbenchPanel.SAE.id()).isEmpty()) {
            assertTrue(sae.savedRuns().isEmpty());
            assertEquals(TrainingForm.defaults(), sae.trainingFormProperty().get());
        }

        PremiumViewModel premium = vm(WorkbenchPanel.PREMIUM, PremiumViewModel.class);
        boolean premiumSaved = p.section(WorkbenchPanel.PREMIUM.id()).map(s -> s.hasNonNull("result")).orElse(false);
        assertEquals(premiumSaved, premium.resultProperty().get() != null, "premium rows only from the project's own section");
        if (!premiumSaved) {
            assertTrue(premium.table().rows().isEmpty());
        }

        String html = reportOf(p);
        for (String text : gone) {
            for (Object vm : List.of(stepper.promptProperty().get(), cf.settingsProperty().get().prompt(),
                    shapley.settings().promptProperty().get(), sae.promptProperty().get())) {
                assertFalse(vm.toString().contains(text), "a panel still shows " + text);
            }
            assertFalse(html.contains(text), "the report holds " + text);
        }
    }

    /** The HTML report of the open project over every panel, as File › Export Report writes it. */
    private String reportOf(Project shown) throws IOException {
        assertEquals(shown, current(), "showing the project changed nothing in it");
        Path dir = Files.createTempDirectory("isolation-report");
        Project project = app.mainWindow().projects().projectToSave();
        List<Path> files = ReportExport.write(project, "Report", List.of(WorkbenchPanel.values()), true, false,
                dir.resolve("report.html"));
        assertFalse(ReportBuilder.panelsWithSections(project).contains(WorkbenchPanel.STEPPER)
                && shown.section(WorkbenchPanel.STEPPER.id()).isEmpty(), "no stepper section was written into the project");
        return Files.readString(files.get(0));
    }

    private void answer(String dialogId, ButtonBar.ButtonData button) throws TimeoutException {
        DialogPane ask = WindowTestSupport.waitForDialog(dialogId);
        ButtonType type = ask.getButtonTypes().stream().filter(t -> t.getButtonData() == button).findFirst().orElseThrow();
        robot.interact(((Button) ask.lookupButton(type))::fire);
    }

    @Test
    void openRevertAndNewShowOnlyTheProjectOpened(@TempDir Path dir) throws Exception {
        openSample("premium-udhr");
        String firstPrompt = current().prompts().get(0);
        assertNotNull(vm(WorkbenchPanel.PREMIUM, PremiumViewModel.class).resultProperty().get(), "the sample's table");
        fillEveryPanel(dir.resolve("a.tokenscope.json"));

        // Open another sample: nothing of the first shows, nor reaches its report.
        openSample("shapley-prompt-parts");
        Project b = current();
        assertFalse(app.mainWindow().project().isDirty(), "showing a project does not change it");
        assertShows(b, List.of(MARK, firstPrompt));

        // Revert: a changed panel goes back to the file's state.
        Path bFile = dir.resolve("b.tokenscope.json");
        AtomicReference<Boolean> saved = new AtomicReference<>();
        robot.interact(() -> saved.set(app.mainWindow().projects().saveTo(bFile)));
        assertTrue(saved.get());
        Project onDisk = current();
        StepperViewModel stepper = vm(WorkbenchPanel.STEPPER, StepperViewModel.class);
        robot.interact(() -> {
            stepper.promptProperty().set(MARK);
            stepper.step();
        });
        waitForNoJobs();
        assertTrue(app.mainWindow().project().isDirty());
        Platform.runLater(() -> app.mainWindow().projects().revert()); // runLater: the question waits for an answer
        answer("revert-dialog", ButtonBar.ButtonData.OK_DONE);
        waitForNoJobs();
        assertShows(onDisk, List.of(MARK, firstPrompt));

        // New: every panel empty, the report holds none of the previous prompts.
        robot.interact(() -> {
            stepper.promptProperty().set(MARK);
            stepper.step();
        });
        waitForNoJobs();
        Platform.runLater(() -> app.mainWindow().projects().newProject());
        answer("unsaved-changes-dialog", ButtonBar.ButtonData.NO); // Don't Save
        waitForNoJobs();
        assertEquals(Project.empty(), current());
        assertEquals("", stepper.promptProperty().get());
        assertShows(Project.empty(), List.of(MARK, firstPrompt, b.prompts().get(0)));
    }
}
