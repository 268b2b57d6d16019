package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Decoder;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.controls.TokenStrip;
import org.tokenscope.views.export.NodeImages;
import org.tokenscope.views.shell.WorkbenchPanel;
import org.tokenscope.views.stepper.StepperView;
import org.tokenscope.views.stepper.StepperViewModel;
import org.tokenscope.views.stepper.TintMetric;
import org.tokenscope.views.stepper.TokenRow;
import org.tokenscope.views.stepper.TraceJson;

/**
 * The stepper panel in the running window: step, tint, open a step, run cautiously and cancel, save and reopen,
 * score a pasted text. Buttons and chips are clicked; text is entered through the controls.
 */
class StepperPanelTest {
    static final String PROMPT = "It is a truth universally acknowledged, that a single man in possession of a good fortune";
    /** Where the screenshots go, to look at after the build: a cautious run with its trials, a step's distribution. */
    static final Path SCREENSHOT = Path.of("target", "stepper-panel.png");
    static final Path DISTRIBUTION_SHOT = Path.of("target", "stepper-distribution.png");

    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> app.mainWindow().jobs().running().isEmpty());
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private StepperView view() {
        return robot.lookup("#stepper-view").queryAs(StepperView.class);
    }

    private StepperViewModel vm() {
        return app.mainWindow().panel(WorkbenchPanel.STEPPER).orElseThrow().viewModel(StepperViewModel.class);
    }

    private void click(String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, SECONDS, () -> !vm().busyProperty().get() && app.mainWindow().jobs().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void enterPrompt(String text) {
        robot.interact(() -> robot.lookup("#stepper-prompt").queryAs(TextArea.class).setText(text));
    }

    private List<Node> chips() {
        return view().strip().chips();
    }

    private static int[] ids(List<TokenRow> rows) {
        return rows.stream().mapToInt(TokenRow::id).toArray();
    }

    @Test
    void stepFiveTokensSwitchTheTintAndOpenAStep() throws TimeoutException {
        assertTrue(WindowTestSupport.texts(robot, view()).contains("Type a prompt"), "the empty strip says what to do");
        enterPrompt(PROMPT);
        for (int i = 0; i < 5; i++) {
            click("#stepper-step");
            waitIdle();
        }
        assertEquals(5, chips().size());
        assertEquals(List.of(), WindowTestSupport.findDialog("error-dialog").stream().toList());
        Label first = (Label) chips().get(0);
        String entropyStyle = first.getStyle();
        assertTrue(first.getTooltip().getText().contains("Top alternatives:"), first.getTooltip().getText());

        robot.interact(() -> robot.lookup("#stepper-metric").queryAs(ChoiceBox.class).setValue(TintMetric.PROBABILITY));
        WaitForAsyncUtils.waitForFxEvents();
        Label recoloured = (Label) chips().get(0);
        TokenRow row0 = vm().rows().get(0);
        assertTrue(recoloured.getStyle().contains(view().strip().colorOf(row0.prob())), recoloured.getStyle());
        assertNotEquals(entropyStyle, recoloured.getStyle(), "the tint follows the metric");
        assertTrue(WindowTestSupport.texts(robot, robot.lookup("#stepper-legend").query()).startsWith("probability | 0.00 | 1.00"));

        robot.clickOn(chips().get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, vm().selectedIndexProperty().get());
        assertTrue(vm().selection().distributionProperty().get().title().startsWith("Step 1:"));
        assertEquals(5, vm().selection().stageTableProperty().get().rows().size());
        TabPane details = robot.lookup("#stepper-details").queryAs(TabPane.class);
        assertEquals("Distribution", details.getSelectionModel().getSelectedItem().getText());
        assertTrue(robot.lookup("#stepper-distribution").query().isVisible());
        assertTrue(vm().selection().summaryProperty().get().startsWith("5 tokens · seed 0 · plain sampling"));
        screenshot(DISTRIBUTION_SHOT);
    }

    @Test
    void runInCautiousModeCancelAndRunOnToTheSameEnd() throws TimeoutException {
        enterPrompt(PROMPT);
        click("#stepper-cautious");
        assertTrue(robot.lookup("#stepper-cautious").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> vm().settings().maxTokensProperty().set(40));
        Button pause = robot.lookup("#stepper-pause").queryButton();
        // Cancel as soon as the strip has grown past two tokens: the user pressing Pause mid-run, deterministically.
        ListChangeListener<TokenRow> pressPause = c -> {
            if (vm().rows().size() > 2 && !pause.isDisabled()) {
                pause.fire();
            }
        };
        robot.interact(() -> vm().rows().addListener(pressPause));
        click("#stepper-run");
        waitIdle();
        robot.interact(() -> vm().rows().removeListener(pressPause));
        int kept = vm().rows().size();
        assertTrue(kept > 2 && kept < 40, kept + " tokens when paused");
        assertTrue(vm().messageProperty().get().startsWith("Paused after"), vm().messageProperty().get());
        assertTrue(WindowTestSupport.findDialog("error-dialog").isEmpty(), "a cancel is not an error");

        click("#stepper-run");
        waitIdle();
        try (LanguageModel m = DemoModel.load(1)) {
            int[] expected = Decoder.run(m, m.encodePrompt(PROMPT), new SamplerSettings(1.0, 0, 1.0, 0, 0), CautiousSettings.DEFAULT, 40,
                    true, 10, Progress.NONE, Cancellation.none(), s -> { }).generatedIds();
            assertArrayEquals(expected, ids(vm().rows()), "pausing does not change the run");
        }
        int trialStep = -1;
        for (TokenRow r : vm().rows()) {
            if (r.trials() > 1 && !r.inTrial()) {
                trialStep = r.index();
                break;
            }
        }
        assertTrue(trialStep >= 0);
        robot.clickOn(chips().get(trialStep));
        robot.interact(() -> robot.lookup("#stepper-details").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm().rows().get(trialStep).trials(), robot.lookup(".stepper-trial").queryAll().size());
        assertEquals(1, robot.lookup(".stepper-trial-winner").queryAll().size());
        screenshot(SCREENSHOT);
    }

    private void screenshot(Path file) {
        robot.interact(() -> {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                NodeImages.writePng(app.mainWindow().stage().getScene().getRoot(), 1, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void saveAndReopenKeepsTheTraceIntact(@TempDir Path dir) throws TimeoutException {
        enterPrompt(PROMPT);
        click("#stepper-cautious");
        click("#stepper-step-punct");
        waitIdle();
        click("#stepper-step");
        waitIdle();
        int[] before = ids(vm().rows());
        String trace = TraceJson.write(vm().runProperty().get()).toString();
        assertTrue(app.mainWindow().project().section(WorkbenchPanel.STEPPER).orElseThrow().has("trace"));
        Path file = dir.resolve("steps.tokenscope.json");
        AtomicReference<Boolean> saved = new AtomicReference<>();
        robot.interact(() -> saved.set(app.mainWindow().projects().saveTo(file)));
        assertTrue(saved.get());
        var project = app.mainWindow().project().project();

        WindowTestSupport.close(app);
        app = WindowTestSupport.launch();
        assertEquals(0, chips().size(), "a fresh window shows no run");
        robot.interact(() -> app.mainWindow().projects().open(file));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> app.mainWindow().project().file().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(project, app.mainWindow().project().project());
        assertFalse(app.mainWindow().project().isDirty(), "showing the saved run changes nothing");
        assertArrayEquals(before, ids(vm().rows()));
        assertEquals(before.length, chips().size());
        assertEquals(trace, TraceJson.write(vm().runProperty().get()).toString());
        assertTrue(robot.lookup("#stepper-cautious").queryAs(CheckBox.class).isSelected());

        click("#stepper-step"); // the reopened run goes on: the model replays it, then steps
        waitIdle();
        assertTrue(vm().rows().size() > before.length);
        assertTrue(WindowTestSupport.findDialog("error-dialog").isEmpty());
    }

    @Test
    void scoreAPastedText() throws TimeoutException {
        click("#stepper-mode-score");
        String text = "Emma Woodhouse, handsome, clever, and rich, with a comfortable home and happy disposition.";
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            TextArea area = robot.lookup("#stepper-score-text").queryAs(TextArea.class);
            area.requestFocus();
            area.paste();
        });
        assertEquals(text, vm().scoreTextProperty().get());
        click("#stepper-score");
        waitIdle();
        int tokens;
        try (LanguageModel m = DemoModel.load(1)) {
            tokens = m.requireTokenizer().encodeIds(text).length;
        }
        assertEquals(tokens, chips().size());
        String summary = robot.lookup("#stepper-summary").queryAs(Label.class).getText();
        assertTrue(summary.matches(tokens + " tokens · perplexity \\d+\\.\\d+ · \\d\\.\\d+ bits per byte"), summary);
        assertEquals(2, vm().selection().entropyChartProperty().get().series().size(), "entropy and surprisal");
        assertEquals("score", app.mainWindow().project().section(WorkbenchPanel.STEPPER).orElseThrow().path("mode").asText());
        screenshot(Path.of("target", "stepper-score.png"));
    }

    @Test
    void aPromptOverTheContextShowsTheOneLineMessage() throws TimeoutException {
        enterPrompt("word ".repeat(400));
        click("#stepper-step");
        waitIdle();
        Label message = robot.lookup("#stepper-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("the model's context is 256"), message.getText());
        assertEquals(0, chips().size());
        assertTrue(WindowTestSupport.findDialog("error-dialog").isEmpty(), "bad input is not an error dialog");
    }

    @Test
    void theSampleOpensWithBothRuns() throws TimeoutException {
        robot.interact(() -> app.mainWindow().projects().openSample(
                org.tokenscope.app.project.SampleCatalog.all().stream().filter(s -> s.path().contains("stepper")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> vm().rows().size() == 48);
        // The strips are rebuilt from the rows on a later pulse of the FX thread: wait for them, then check all.
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> chips().size() == 48);
        assertEquals(48, robot.lookup("#stepper-comparison-strip").queryAs(TokenStrip.class).chips().size());
        assertEquals(3, vm().selection().entropyChartProperty().get().series().size());
        assertFalse(app.mainWindow().project().isDirty());
        robot.clickOn(chips().get(1));
        robot.interact(() -> robot.lookup("#stepper-details").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#stepper-trials-caption").queryAs(Label.class).getText().contains("trial 6 won"));
        screenshot(Path.of("target", "stepper-sample.png"));
    }
}
