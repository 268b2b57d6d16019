package org.tokenscope.views.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStatusViewModelTest {
    private static final ModelSummary DEMO = new ModelSummary("Tokenscope Austen demo", "model.onnx", "/cache/demo", 4,
            4096, 256, 2, List.of(), 12_634_000);

    @Test
    void describesLayersVocabAndContext() {
        assertEquals("4 layers · vocab 4096 · context 256 · 12.6 MB", ModelStatusViewModel.describe(DEMO));
        assertEquals("512 kB", ModelStatusViewModel.size(512_000));
        assertEquals("1.42 GB", ModelStatusViewModel.size(1_420_000_000L));
    }

    @Test
    void saysWhatIsUnknownAndUsesSingulars() {
        ModelSummary bare = new ModelSummary("bare", "model.onnx", "/m", -1, 50257, -1, 1, List.of(), -1);
        assertEquals("? layers · vocab 50257 · context unknown", ModelStatusViewModel.describe(bare));
        ModelSummary one = new ModelSummary("one", "model.onnx", "/m", 1, 10, 8, 1, List.of(), 2_000);
        assertEquals("1 layer · vocab 10 · context 8 · 2 kB", ModelStatusViewModel.describe(one));
        assertEquals("1 thread", ModelStatusViewModel.threadsText(1));
        assertEquals("8 threads", ModelStatusViewModel.threadsText(8));
    }

    @Test
    void theSizeOnDiskAddsUpTheWeightFiles(@TempDir Path dir) throws Exception {
        Path graph = Files.write(dir.resolve("model.onnx"), new byte[100]);
        Path data = Files.write(dir.resolve("model.onnx_data"), new byte[50]);
        assertEquals(150, ModelSummary.onDisk(List.of(graph, data)));
        assertEquals(100, ModelSummary.onDisk(List.of(graph)));
        assertEquals(-1, ModelSummary.onDisk(List.of(graph, dir.resolve("missing.onnx_data"))));
    }

    @Test
    void startsWithNoModel() {
        ModelStatusViewModel vm = new ModelStatusViewModel();
        assertEquals("Tokenscope", vm.titleProperty().get());
        assertEquals("No model loaded", vm.modelNameProperty().get());
        assertEquals("", vm.summaryProperty().get());
        assertEquals(0, vm.progressProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertEquals("Open a model from the Model menu", vm.activityProperty().get());
    }

    @Test
    void failedFirstLoadPointsToTheModelMenu() {
        ModelStatusViewModel vm = new ModelStatusViewModel();
        vm.loadStarted("Loading broken…");
        vm.loadFailed();
        assertEquals("Tokenscope", vm.titleProperty().get());
        assertEquals("No model loaded", vm.modelNameProperty().get());
        assertEquals("Open a model from the Model menu", vm.activityProperty().get());
        assertTrue(vm.current().isEmpty());
    }

    @Test
    void successfulLoadFillsTitleAndStatus() {
        ModelStatusViewModel vm = new ModelStatusViewModel();
        vm.loadStarted("Loading the embedded model…");
        assertTrue(vm.loadingProperty().get());
        assertEquals(-1, vm.progressProperty().get());
        vm.loadProgress(0.5, "Creating the ONNX Runtime session…");
        assertEquals(0.5, vm.progressProperty().get());
        assertEquals("Creating the ONNX Runtime session…", vm.activityProperty().get());

        vm.loadSucceeded(DEMO);
        assertEquals("Tokenscope — Tokenscope Austen demo", vm.titleProperty().get());
        assertEquals("Tokenscope Austen demo", vm.modelNameProperty().get());
        assertEquals("4 layers · vocab 4096 · context 256 · 12.6 MB", vm.summaryProperty().get());
        assertEquals("2 threads", vm.threadsProperty().get());
        assertEquals("", vm.warningsProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertEquals(0, vm.progressProperty().get(), "0 hides the status bar's progress bar");
        assertEquals("Ready", vm.activityProperty().get());
    }

    @Test
    void failedLoadKeepsThePreviousModel() {
        ModelStatusViewModel vm = new ModelStatusViewModel();
        vm.loadSucceeded(DEMO);
        vm.loadStarted("Loading /tmp/broken…");
        vm.loadFailed();
        assertEquals("Tokenscope — Tokenscope Austen demo", vm.titleProperty().get());
        assertEquals("4 layers · vocab 4096 · context 256 · 12.6 MB", vm.summaryProperty().get());
        assertEquals(DEMO, vm.current().orElseThrow());
        assertFalse(vm.loadingProperty().get());
        assertEquals(0, vm.progressProperty().get());
    }

    @Test
    void lateProgressAfterTheLoadIsIgnoredAndZeroStaysVisible() {
        ModelStatusViewModel vm = new ModelStatusViewModel();
        vm.loadStarted("Loading…");
        vm.loadProgress(0, "Reading the folder…");
        assertEquals(-1, vm.progressProperty().get(), "an exact 0 would hide the bar while loading");
        vm.loadSucceeded(DEMO);
        vm.loadProgress(0.9, "late");
        assertEquals(0, vm.progressProperty().get());
        assertEquals("Ready", vm.activityProperty().get());
    }

    @Test
    void countsWarnings() {
        ModelSummary warned = new ModelSummary("w", "model.onnx", "/m", 2, 10, 8, 1, List.of("a", "b"), -1);
        ModelStatusViewModel vm = new ModelStatusViewModel();
        vm.loadSucceeded(warned);
        assertEquals("2 warnings", vm.warningsProperty().get());
    }
}
