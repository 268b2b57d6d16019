package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.export.ReportContributors;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.host.attribution.Span;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.NodeImages;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.shapley.ShapleyRun;
import org.tokenscope.views.shapley.ShapleyView;
import org.tokenscope.views.shapley.ShapleyViewModel;
import org.tokenscope.views.shell.WorkbenchPanel;

/** The Shapley panel in the running window on the embedded model: words, tints and bars, masking, cancel, save and reopen. */
class ShapleyPanelTest {
    private static final Path SNAPSHOTS = Path.of("target", "shapley-snapshots");
    private static final String PROMPT = "Emma Woodhouse, handsome, clever, and";
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
        selectTab();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private void selectTab() {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#panel-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(WorkbenchPanel.SHAPLEY.ordinal());
        });
    }

    private ShapleyView view() {
        return robot.lookup("#shapley-panel").queryAs(ShapleyView.class);
    }

    private ShapleyViewModel vm() {
        return app.mainWindow().panel(WorkbenchPanel.SHAPLEY).orElseThrow().viewModel(ShapleyViewModel.class);
    }

    private void runAndWait() throws TimeoutException {
        robot.clickOn("#shapley-run");
        WaitForAsyncUtils.waitFor(120, SECONDS, () -> !vm().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String name) {
        robot.interact(() -> {
            try {
                Files.createDirectories(SNAPSHOTS);
                NodeImages.writePng(view().getScene().getRoot(), 1, SNAPSHOTS.resolve(name + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Set<String> chipColours() {
        return view().shownNodes().strip().chips().stream().map(Node::getStyle).collect(Collectors.toSet());
    }

    @Test
    void wordLevelRunShowsTintsAndBarsThenMaskingCancelAndReopen(@TempDir Path dir) throws Exception {
        snapshot("0-empty");
        robot.interact(() -> {
            robot.lookup("#shapley-prompt").queryAs(TextArea.class).setText(PROMPT);
            robot.lookup("#shapley-target").queryAs(TextField.class).setText(" rich");
        });
        // Span drawing: select text in the prompt, Add span; the players become spans; Clear spans undoes it.
        robot.interact(() -> robot.lookup("#shapley-prompt").queryAs(TextArea.class).selectRange(16, 33));
        robot.clickOn("#shapley-add-span");
        assertEquals(List.of(new Span(16, 33)), List.copyOf(vm().settings().spans()));
        assertEquals(Granularity.SPANS, vm().settings().granularityProperty().get());
        assertTrue(WindowTestSupport.texts(robot, view()).contains("span 16-33: handsome, clever,"));
        robot.interact(() -> robot.lookup("#shapley-prompt").queryAs(TextArea.class).selectRange(0, 4));
        robot.clickOn("#shapley-pin");
        assertEquals(List.of(new Span(0, 4)), List.copyOf(vm().settings().pins()));
        robot.clickOn("#shapley-clear-spans");
        assertTrue(vm().settings().spans().isEmpty() && vm().settings().pins().isEmpty());
        robot.interact(() -> robot.lookup("#shapley-players").queryAs(ChoiceBox.class).setValue(Granularity.WORDS));
        runAndWait();
        ShapleyRun words = vm().shownProperty().get();
        assertEquals(5, words.players().size(), vm().refusalProperty().get());
        assertEquals(Method.EXACT, words.result().method());
        assertEquals(5, view().shownNodes().strip().chips().size(), "one chip per word");
        assertTrue(chipColours().size() >= 3, "the words are tinted by their own φ: " + chipColours());
        BarChartData bars = (BarChartData) view().shownNodes().bars().getChart();
        assertEquals(List.of("1 Emma", "2 Woodhouse,", "3 handsome,", "4 clever,", "5 and"), bars.categories());
        String check = robot.lookup("#shapley-shown-check").queryAs(Label.class).getText();
        assertTrue(check.startsWith("v(∅) = ") && check.contains("Σφ − (v(N) − v(∅)) = "), check);
        assertTrue(Math.abs(words.result().efficiencyGap()) < 1e-6);
        snapshot("1-words");

        robot.interact(() -> robot.lookup("#shapley-masking").queryAs(ChoiceBox.class).setValue(MaskingKind.FILLER));
        assertTrue(robot.lookup("#shapley-filler").queryAs(TextField.class).isVisible(), "the filler text is offered");
        runAndWait();
        assertEquals("filler", vm().shownProperty().get().result().masking());
        assertEquals(words, vm().comparedProperty().get(), "the remove run is kept beside it");
        assertTrue(robot.lookup("#shapley-compared").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#shapley-compared-how").queryAs(Label.class).getText().contains("masking remove"));
        snapshot("2-masking-compared");

        // A long run: 25 word players (no exact), a million permutations; it refines live until cancelled.
        robot.interact(() -> {
            vm().settings().promptProperty().set("Option (A): the coach to Bath, price 12 shillings, time 5 hours.\n"
                    + "Option (B): the post-chaise to Bath, price 30 shillings, time 3 hours.\nElizabeth chose option (");
            vm().settings().questionProperty().set(org.tokenscope.views.shapley.ShapleySettings.Question.OPTIONS);
            vm().settings().optionsProperty().set("A|B");
            vm().settings().maskingProperty().set(MaskingKind.REMOVE);
            vm().settings().methodProperty().set(Method.EXACT);
            vm().settings().granularityProperty().set(Granularity.WORDS);
        });
        robot.clickOn("#shapley-run");
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> !vm().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shapley-refusal").queryAs(Label.class).getText().contains("too many"),
                robot.lookup("#shapley-refusal").queryAs(Label.class).getText());
        snapshot("3-too-many-players");
        robot.clickOn("#shapley-use-sampling");
        assertEquals(Method.PERMUTATION, vm().settings().methodProperty().get());
        robot.interact(() -> vm().settings().samplesProperty().set(1_000_000));
        robot.clickOn("#shapley-run");
        WaitForAsyncUtils.waitFor(90, SECONDS, () -> vm().shownProperty().get() != null
                && vm().shownProperty().get().state() == ShapleyRun.State.REFINING
                && vm().shownProperty().get().result().estimate().samples() >= 4);
        assertTrue(vm().busyProperty().get());
        assertFalse(robot.lookup("#shapley-cancel").queryButton().isDisabled());
        snapshot("4-refining");
        robot.clickOn("#shapley-cancel");
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> !vm().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ShapleyRun cancelled = vm().shownProperty().get();
        assertEquals(ShapleyRun.State.CANCELLED, cancelled.state());
        assertTrue(cancelled.result().estimate().samples() < 1_000_000);
        assertTrue(Double.isFinite(cancelled.result().stderr()[0]), "a sampled estimate has standard errors");
        assertEquals(3, vm().runs().size());
        assertTrue(vm().statusProperty().get().startsWith("Cancelled after"), vm().statusProperty().get());

        robot.interact(() -> vm().settings().targetProperty().set(""));
        robot.interact(() -> vm().settings().questionProperty().set(org.tokenscope.views.shapley.ShapleySettings.Question.TARGET));
        robot.clickOn("#shapley-run");
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> !vm().refusalProperty().get().isEmpty());
        assertTrue(vm().refusalProperty().get().startsWith("no target"), vm().refusalProperty().get());
        assertEquals(cancelled, vm().shownProperty().get(), "a refusal keeps what is shown");

        var section = app.mainWindow().project().section(WorkbenchPanel.SHAPLEY).orElseThrow();
        assertEquals(3, section.get("runs").size(), "the runs are in the project");
        var report = ReportContributors.discover().sections("shapley", section);
        assertEquals(3, report.size());
        assertTrue(report.get(0).blocks().stream().anyMatch(b -> b instanceof ReportBlock.Chart c && c.chart() instanceof BarChartData));

        Path file = dir.resolve("shapley.tokenscope.json");
        robot.interact(() -> app.mainWindow().projects().saveTo(file));
        List<ShapleyRun> before = List.copyOf(vm().runs());
        WindowTestSupport.close(app);
        app = WindowTestSupport.launch();
        robot.interact(() -> app.mainWindow().projects().open(file));
        selectTab();
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> vm().runs().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(before.get(i).result().phi(), vm().runs().get(i).result().phi(), 0);
        }
        assertEquals(ShapleyRun.State.CANCELLED, vm().shownProperty().get().state());
        assertEquals("filler", vm().comparedProperty().get().result().masking());
        assertEquals(MaskingKind.REMOVE, vm().settings().maskingProperty().get());
        assertFalse(app.mainWindow().project().isDirty(), "showing a reopened project changes nothing");
        snapshot("5-reopened");
    }

    @Test
    void theSampleProjectShowsItsDecisionsSideBySide() throws Exception {
        Path sample = Path.of("..", "samples", "projects", "shapley-prompt-parts.tokenscope.json").toAbsolutePath().normalize();
        robot.interact(() -> app.mainWindow().projects().open(sample));
        selectTab();
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> vm().runs().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, view().shownNodes().strip().chips().stream().filter(n -> !n.getStyle().contains("#a0a0a0")).count(),
                "seven tinted fields; the labels between them are grey");
        snapshot("6-sample");
        robot.interact(() -> ((TabPane) view().lookup("#shapley-tabs")).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("7-sample-token-noise");
        assertFalse(app.mainWindow().project().isDirty());
    }
}
