package org.tokenscope.app.ui;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.tokenscope.app.TokenscopeApp;
import org.tokenscope.app.export.ReportContributors;
import org.tokenscope.app.export.Rfc4180;
import org.tokenscope.views.export.NodeImages;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.premium.LanguageRow;
import org.tokenscope.views.premium.PremiumResult;
import org.tokenscope.views.premium.PremiumView;
import org.tokenscope.views.premium.PremiumViewModel;
import org.tokenscope.views.premium.SortKey;
import org.tokenscope.views.shell.WorkbenchPanel;

/** The premium panel in the running window: the bundled corpus, three tokenizers, sorting, sentences, exports. */
class PremiumPanelTest {
    /** Where the panel's snapshots go, to look at after a run. */
    private static final Path SNAPSHOTS = Path.of("target", "premium-snapshots");
    private final FxRobot robot = new FxRobot();
    private TokenscopeApp app;

    @BeforeEach
    void start() throws TimeoutException {
        app = WindowTestSupport.launch();
        robot.interact(() -> robot.lookup("#panel-tabs").queryAs(TabPane.class).getSelectionModel().select(
                robot.lookup("#panel-tabs").queryAs(TabPane.class).getTabs().get(WorkbenchPanel.PREMIUM.ordinal())));
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> vm().corpusLanguages().size() > 400);
    }

    @AfterEach
    void stop() throws TimeoutException {
        WindowTestSupport.close(app);
    }

    private PremiumView view() {
        return robot.lookup("#premium-panel").queryAs(PremiumView.class);
    }

    private PremiumViewModel vm() {
        return app.mainWindow().panel(WorkbenchPanel.PREMIUM).orElseThrow().viewModel(PremiumViewModel.class);
    }

    private void selectTab(String id) {
        robot.interact(() -> view().tabs().getSelectionModel().select(
                view().tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void snapshot(String name) {
        snapshot(name, view());
    }

    private void snapshot(String name, javafx.scene.Node node) {
        robot.interact(() -> {
            try {
                Files.createDirectories(SNAPSHOTS);
                NodeImages.writePng(node, 1, SNAPSHOTS.resolve(name + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void compareThreeTokenizersOnTheBundledCorpusSortOpenTheSentenceViewAndExport(@TempDir Path dir) throws Exception {
        snapshot("0-before-compute");
        assertTrue(robot.lookup("#premium-convention-line").queryAs(Label.class).getText().startsWith("Will be counted per petrov"));
        assertEquals(List.of("r50k", "cl100k", "o200k"), vm().setup().tokenizers().stream().map(t -> t.name()).toList());
        robot.interact(() -> robot.lookup("#premium-model-segments").queryAs(Spinner.class).getValueFactory().setValue(1));
        robot.clickOn("#premium-compute");
        WaitForAsyncUtils.waitFor(180, SECONDS, () -> vm().resultProperty().get() != null && !vm().busyProperty().get());
        PremiumResult r = vm().resultProperty().get();
        System.out.println("premium panel: " + vm().statusProperty().get());
        assertEquals(List.of("r50k", "cl100k", "o200k"), r.tokenizers());
        assertTrue(r.languages().size() > 400, "every complete UDHR translation: " + r.languages().size());
        assertNotNull(r.model(), "the embedded model scored its sample");
        assertEquals(1, r.model().segmentsPerLanguage());
        assertTrue(r.model().of("eng_Latn").bitsPerByte() < r.model().of("hin_Deva").bitsPerByte(),
                "the Austen model reads English better than Hindi");
        assertTrue(r.value(org.tokenscope.views.premium.PremiumMetric.PREMIUM, "hin_Deva", "r50k")
                > r.value(org.tokenscope.views.premium.PremiumMetric.PREMIUM, "hin_Deva", "o200k"), "o200k narrows the gap");
        String line = robot.lookup("#premium-convention-line").queryAs(Label.class).getText();
        assertTrue(line.startsWith("Counted per petrov convention") && line.contains("no special tokens"), line);

        @SuppressWarnings("unchecked")
        TableView<LanguageRow> table = robot.lookup("#premium-table").queryAs(TableView.class);
        assertEquals("eng_Latn", table.getItems().get(0).info().code(), "the reference is pinned");
        WaitForAsyncUtils.waitFor(10, SECONDS, () -> header("premium-col-tok-cl100k") != null);
        clickHeader("premium-col-tok-cl100k");
        clickHeader("premium-col-tok-cl100k");
        assertEquals(List.of(new SortKey("tok:cl100k", false)), vm().table().sortKeys(), "two clicks sort descending");
        assertEquals("eng_Latn", table.getItems().get(0).info().code(), "still pinned after sorting");
        assertTrue(table.getItems().get(1).isHeading(), "then the largest script group under its heading");
        double first = table.getItems().get(2).value(1);
        double second = table.getItems().get(3).value(1);
        assertTrue(first >= second, first + " before " + second);
        snapshot("1-table-sorted");
        robot.interact(() -> robot.lookup("#premium-setup").queryAs(javafx.scene.control.TitledPane.class).setExpanded(false));

        selectTab("premium-tab-bars");
        snapshot("2-bars");
        robot.interact(() -> {
            try {
                view().exportChart(dir.resolve("bars.png"), 1);
                view().exportChart(dir.resolve("bars.svg"), 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BufferedImage png = ImageIO.read(dir.resolve("bars.png").toFile());
        assertTrue(png.getWidth() > 300 && png.getHeight() > 200, png.getWidth() + "×" + png.getHeight());
        String svg = Files.readString(dir.resolve("bars.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("parity") && svg.contains("petrov convention"), "parity line and convention in the SVG");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("bars.svg").toFile());
        selectTab("premium-tab-grouped");
        snapshot("3-grouped");
        selectTab("premium-tab-heatmap");
        snapshot("4-heatmap");
        selectTab("premium-tab-model");
        snapshot("5-model");

        robot.interact(() -> {
            try {
                view().exportTable(dir.resolve("table.csv"), false);
                view().exportTable(dir.resolve("all.json"), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<List<String>> csv = Rfc4180.parse(Files.readString(dir.resolve("table.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("lang", "name", "script", "family", "premium:r50k", "premium:cl100k", "premium:o200k",
                "model_bits_per_byte", "model_mean_entropy_nats", "reference", "convention", "normalize"), csv.get(0));
        assertEquals(List.of("eng_Latn", "English", "Latn", "Indo-European", "1", "1", "1"), csv.get(1).subList(0, 7));
        assertEquals(List.of("eng_Latn", "petrov", "none"), csv.get(1).subList(9, 12));
        assertEquals(r.languages().size() + 1, csv.size());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("all.json").toFile());
        assertEquals(r.languages().size() * 3, json.get("rows").size());
        assertTrue(json.get("title").asText().contains("no special tokens"));

        selectTab("premium-tab-sentence");
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> robot.lookup("#premium-sentence-header-3").tryQuery().isPresent());
        String header = robot.lookup("#premium-sentence-header-0").queryAs(Label.class).getText();
        assertTrue(header.startsWith("English · r50k — ") && header.contains(" tokens"), header);
        assertEquals("a1", vm().sentence().segmentProperty().get(), "article 1 reads like a sentence");
        snapshot("6-sentences");

        var section = app.mainWindow().project().section(WorkbenchPanel.PREMIUM).orElseThrow();
        assertEquals(r.rows().size(), section.at("/result/rows").size(), "the result is saved in the project");
        List<ReportSection> report = ReportContributors.discover().sections("premium", section);
        assertTrue(report.stream().flatMap(s -> s.blocks().stream()).filter(b -> b instanceof ReportBlock.Chart).count() >= 5,
                "bars, grouped bars, heatmap and two model charts");
    }

    @Test
    void resultsAndSettingsSaveIntoTheProjectAndReopen(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("tiny.tsv"), "eng_Latn\t1\tThe cat sat.\ntur_Latn\t1\tKedi oturdu.\n",
                StandardCharsets.UTF_8);
        openCorpus(corpus.toString(), false);
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> vm().setup().corpusProperty().get().path() != null);
        robot.interact(() -> {
            vm().setup().tokenizers().setAll(org.tokenscope.views.premium.TokenizerSpec.builtIn("bytes"));
            vm().setup().scoreModelProperty().set(false);
            vm().table().metricProperty().set(org.tokenscope.views.premium.PremiumMetric.TOKENS);
        });
        robot.clickOn("#premium-compute");
        WaitForAsyncUtils.waitFor(60, SECONDS, () -> vm().resultProperty().get() != null && !vm().busyProperty().get());
        Path file = dir.resolve("premium.tokenscope.json");
        robot.interact(() -> app.mainWindow().projects().saveTo(file));
        PremiumResult before = vm().resultProperty().get();

        WindowTestSupport.close(app);
        app = WindowTestSupport.launch();
        robot.interact(() -> app.mainWindow().projects().open(file));
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> vm().resultProperty().get() != null);
        assertEquals(before.rows(), vm().resultProperty().get().rows());
        assertEquals(org.tokenscope.views.premium.PremiumMetric.TOKENS, vm().table().metricProperty().get());
        assertEquals(corpus, vm().setup().corpusProperty().get().path());
        assertFalse(app.mainWindow().project().isDirty(), "showing a reopened project changes nothing");
        @SuppressWarnings("unchecked")
        TableView<LanguageRow> table = robot.lookup("#premium-table").queryAs(TableView.class);
        assertEquals(3, table.getItems().size(), "English, then Latin's heading and Turkish");
    }

    @Test
    void theSampleOpensWithItsSavedResultUnchanged() throws Exception {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu samples = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-open-sample".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> samples.getItems().stream().filter(i -> "menu-sample-premium-udhr".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> vm().resultProperty().get() != null);
        PremiumResult r = vm().resultProperty().get();
        assertEquals(33, r.languages().size());
        assertEquals(List.of("r50k", "cl100k", "o200k", "model", "bytes"), r.tokenizers());
        assertNotNull(r.model());
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> vm().sentence().cells().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.mainWindow().project().isDirty(), "opening the sample changes nothing");
        selectTab("premium-tab-model");
        snapshot("9-sample-model");
        selectTab("premium-tab-table");
        snapshot("9-sample-table");
    }

    @Test
    void badTokenizersAndCorporaAreRefusedInTheirDialogs(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"type\": \"BPE\"", StandardCharsets.UTF_8);
        robot.clickOn("#premium-add-tokenizer");
        DialogPane add = WindowTestSupport.waitForDialog("premium-add-tokenizer-dialog");
        robot.interact(() -> ((javafx.scene.control.TextField) add.lookup("#premium-tokenizer-path")).setText(broken.toString()));
        robot.interact(() -> ((Button) add.lookupButton(add.getButtonTypes().get(0))).fire());
        Label message = (Label) add.lookup("#premium-tokenizer-message");
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> message.getText().contains("tokenizer.json"));
        assertEquals(1, message.getText().lines().count(), message.getText());
        assertTrue(add.getScene().getWindow().isShowing(), "the dialog stays open to try another file");
        snapshot("8-broken-tokenizer", add);
        robot.interact(() -> ((javafx.scene.control.RadioButton) add.lookup("#premium-tokenizer-model")).setSelected(true));
        robot.interact(() -> ((Button) add.lookupButton(add.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> closed(add));
        assertEquals(List.of("r50k", "cl100k", "o200k", "model"), vm().setup().tokenizers().stream().map(t -> t.name()).toList());

        Path misaligned = Files.writeString(dir.resolve("misaligned.tsv"),
                "eng_Latn\t1\tOne.\neng_Latn\t2\tTwo.\ndeu_Latn\t1\tEins.\n", StandardCharsets.UTF_8);
        DialogPane open = openCorpus(misaligned.toString(), false);
        Label refusal = (Label) open.lookup("#premium-corpus-message");
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> refusal.getText().contains("not aligned"));
        snapshot("7-misaligned-refused", open);
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "", StandardCharsets.UTF_8);
        robot.interact(() -> ((javafx.scene.control.TextField) open.lookup("#premium-corpus-path")).setText(empty.toString()));
        robot.interact(() -> ((Button) open.lookupButton(open.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> refusal.getText().contains("is empty"));
        robot.interact(() -> {
            ((javafx.scene.control.TextField) open.lookup("#premium-corpus-path")).setText(misaligned.toString());
            ((javafx.scene.control.CheckBox) open.lookup("#premium-corpus-whole")).setSelected(true);
            ((Button) open.lookupButton(open.getButtonTypes().get(0))).fire();
        });
        WaitForAsyncUtils.waitFor(30, SECONDS, () -> closed(open));
        assertTrue(vm().setup().wholeDocumentProperty().get());
        assertEquals("misaligned.tsv · 2 languages", robot.lookup("#premium-corpus-name").queryAs(Label.class).getText());
    }

    /** The header node of a table column, once the table's skin has built it. */
    /**
     * Clicks a column header. The table rebuilds its header nodes when columns or sorting change (on the FX
     * thread, at any moment), so a node found a moment ago may be detached by the time the robot moves:
     * look it up again and retry until one click lands.
     */
    private void clickHeader(String columnId) throws Exception {
        for (int attempt = 0; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(10, SECONDS, () -> header(columnId) != null && header(columnId).getScene() != null);
            try {
                robot.clickOn(header(columnId));
                WaitForAsyncUtils.waitForFxEvents();
                return;
            } catch (NullPointerException detached) {
                if (attempt == 5) {
                    throw detached;
                }
            }
        }
    }

    private Node header(String columnId) {
        return robot.lookup(".column-header").match(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                && columnId.equals(h.getTableColumn().getId())).tryQuery().orElse(null);
    }

    private static boolean closed(DialogPane pane) {
        return pane.getScene() == null || pane.getScene().getWindow() == null || !pane.getScene().getWindow().isShowing();
    }

    /** Opens the corpus dialog on a file and presses Open; returns the dialog (still open when refused). */
    private DialogPane openCorpus(String path, boolean whole) throws TimeoutException {
        robot.clickOn("#premium-add-corpus");
        DialogPane open = WindowTestSupport.waitForDialog("premium-add-corpus-dialog");
        robot.interact(() -> {
            ((javafx.scene.control.RadioButton) open.lookup("#premium-corpus-file")).setSelected(true);
            ((javafx.scene.control.TextField) open.lookup("#premium-corpus-path")).setText(path);
            ((javafx.scene.control.CheckBox) open.lookup("#premium-corpus-whole")).setSelected(whole);
            ((Button) open.lookupButton(open.getButtonTypes().get(0))).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return open;
    }
}
