package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.views.controls.TokenStrip;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.TableData;
import org.tokenscope.views.jobs.Job;
import org.tokenscope.views.sae.SaeResults;
import org.tokenscope.views.sae.SaeView;
import org.tokenscope.views.sae.SaeViewModel;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The SAE panel in the running window: open the sample SAE, sort the features by density, open a card and a
 * neighbour, run a prompt and click through to a feature, start training and cancel it; a mismatched SAE is
 * refused with one line.
 */
class SaePanelTest {
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> app.mainWindow().jobs().running().isEmpty());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#panel-tabs").queryAs(TabPane.class);
            for (Tab t : tabs.getTabs()) {
                if (t.getText().startsWith("SAE")) {
                    tabs.getSelectionModel().select(t);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private SaeView view() {
        return robot.lookup("#sae-view").queryAs(SaeView.class);
    }

    private SaeViewModel vm() {
        return app.mainWindow().panel(WorkbenchPanel.SAE).orElseThrow().viewModel(SaeViewModel.class);
    }

    private void click(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(180, SECONDS, () -> !vm().busyProperty().get() && app.mainWindow().jobs().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openSortCardPromptAndTrainThenCancel() throws TimeoutException {
        click("#sae-open-sample");
        waitIdle();
        assertEquals("", vm().messageProperty().get());
        assertNotNull(vm().statsProperty().get(), "statistics computed");
        assertEquals(1536, vm().features().size());
        assertTrue(vm().statusProperty().get().contains("hidden_states.2"), vm().statusProperty().get());
        assertTrue(WindowTestSupport.texts(robot, view()).contains("20,000 tokens"));
        assertTrue(app.mainWindow().project().section(WorkbenchPanel.SAE).orElseThrow().path("sae").asText()
                .endsWith("austen-topk-1536"));

        // Sort by density: click the header until it sorts densest first.
        @SuppressWarnings("unchecked")
        TableView<FeatureSummary> table = robot.lookup("#sae-features").queryAs(TableView.class);
        Node header = robot.from(table).lookup(".column-header").lookup((Label l) -> "Density".equals(l.getText())).query();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        List<FeatureSummary> rows = List.copyOf(table.getItems());
        assertEquals("Density", table.getSortOrder().get(0).getText());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).density() >= rows.get(i).density(), "densest first at row " + i);
        }
        assertTrue(rows.get(0).density() > 0);

        // The project keeps the densest features for the report, which shows them without the SAE.
        var report = ReportContributors.discover().sections("sae",
                app.mainWindow().project().section(WorkbenchPanel.SAE).orElseThrow());
        assertEquals("SAE features", report.get(0).title());
        TableData kept = report.get(0).blocks().stream().filter(b -> b instanceof ReportBlock.Table)
                .map(b -> ((ReportBlock.Table) b).table()).findFirst().orElseThrow();
        assertEquals(SaeResults.KEPT_FEATURES, kept.rows().size());
        assertEquals(rows.get(0).density(), kept.rows().get(0).get(1));

        // Open a card: click the first row.
        Node firstRow = robot.from(table).lookup(".table-row-cell").nth(0).query();
        robot.clickOn(firstRow);
        WaitForAsyncUtils.waitForFxEvents();
        FeatureSummary densest = rows.get(0);
        assertEquals(densest.index(), vm().selectedProperty().get().index());
        Label title = robot.lookup("#sae-card-title").queryAs(Label.class);
        assertEquals("Feature " + densest.index(), title.getText());
        assertFalse(robot.lookup("#sae-card-contexts").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        assertTrue(robot.lookup("#sae-card-histogram").tryQuery().isPresent());
        // A neighbour opens its own card.
        int neighbour = densest.neighbours().get(0).feature();
        robot.interact(() -> robot.lookup("#sae-neighbour-" + neighbour).queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(neighbour, vm().selectedProperty().get().index());

        // Search by a word filters the list.
        robot.interact(() -> robot.lookup("#sae-search").queryAs(TextField.class).setText("the"));
        robot.interact(() -> robot.lookup("#sae-search").queryAs(TextField.class).fireEvent(new javafx.event.ActionEvent()));
        waitIdle();
        assertTrue(vm().shownFeatures().size() < 1536 && !vm().shownFeatures().isEmpty(), vm().shownFeatures().size() + " shown");
        robot.interact(() -> robot.lookup("#sae-search").queryAs(TextField.class).setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1536, vm().shownFeatures().size());

        // Prompt view: run a prompt, click a token, click one of its features.
        robot.interact(() -> robot.lookup("#sae-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#sae-prompt").queryAs(TextArea.class).setText("Mr. Darcy looked at Elizabeth."));
        click("#sae-prompt-run");
        waitIdle();
        assertFalse(vm().promptTokens().isEmpty());
        TokenStrip strip = robot.lookup("#sae-prompt-strip").queryAs(TokenStrip.class);
        int last = strip.chips().size() - 1;
        robot.clickOn(strip.chips().get(last));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last, strip.selectedIndexProperty().get());
        Hyperlink feature = (Hyperlink) robot.lookup("#sae-prompt-features").queryAs(javafx.scene.layout.FlowPane.class)
                .getChildren().get(0);
        int featureIndex = Integer.parseInt(feature.getId().substring("sae-prompt-feature-".length()));
        robot.clickOn(feature);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(featureIndex, vm().selectedProperty().get().index());
        assertEquals("Feature", robot.lookup("#sae-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText());

        // Training: a tiny SAE on a tiny budget, started and cancelled after its first steps.
        robot.interact(() -> robot.lookup("#sae-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        robot.interact(() -> {
            robot.lookup("#sae-train-dsae").queryAs(TextField.class).setText("384");
            robot.lookup("#sae-train-k").queryAs(TextField.class).setText("16");
            robot.lookup("#sae-train-tokens").queryAs(TextField.class).setText("5000000");
        });
        robot.interact(() -> vm().trainingStoreTokensProperty().set(SaeViewModel.STATS_TOKENS)); // reuse the collected vectors
        click("#sae-train");
        Job<?> job = vm().trainingJobProperty().get();
        assertNotNull(job, "training started");
        WaitForAsyncUtils.waitFor(120, SECONDS, () -> vm().curve().size() >= 2);
        click("#sae-train-cancel");
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> vm().trainingJobProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Job.State.CANCELLED, job.state());
        assertTrue(vm().trainingStatusProperty().get().startsWith("Training cancelled"), vm().trainingStatusProperty().get());
        assertTrue(vm().runs().isEmpty(), "a cancelled run is not compared");
        assertEquals(5_000_000L, app.mainWindow().project().section(WorkbenchPanel.SAE).orElseThrow()
                .path("training").path("tokens").asLong());
    }

    @Test
    void anSaeForAnotherWidthIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path sample = Path.of("..", "samples", "sae", "austen-topk-1536");
        Path copy = dir.resolve("wrong");
        Files.createDirectories(copy);
        for (String f : List.of("cfg.json", "sae_weights.safetensors")) {
            Files.copy(sample.resolve(f), copy.resolve(f));
        }
        String cfg = Files.readString(copy.resolve("cfg.json"));
        Files.writeString(copy.resolve("cfg.json"), cfg.replace("hidden_states.2", "no_such_tap"));
        robot.interact(() -> vm().open(copy));
        waitIdle();
        String message = vm().messageProperty().get();
        assertTrue(message.contains("no_such_tap") && !message.contains("\n"), message);
        assertTrue(robot.lookup("#sae-message").queryAs(Label.class).isVisible());
        assertEquals(null, vm().saeProperty().get());
    }
}
