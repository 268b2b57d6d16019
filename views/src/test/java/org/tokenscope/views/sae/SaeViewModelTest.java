package org.tokenscope.views.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.sae.TrainingArchitecture;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.testing.DemoProvider;

/** The SAE panel's view model on the demo model, jobs on the calling thread. */
class SaeViewModelTest {
    static final Path SAMPLE = Path.of("..", "samples", "sae", "austen-topk-1536");
    private final List<Throwable> errors = new ArrayList<>();

    private SaeViewModel vm(DemoProvider models) {
        return new SaeViewModel(models, JobRunner.sameThread((h, t) -> errors.add(t)), Runnable::run);
    }

    @Test
    void opensTheSampleComputesStatisticsAndShowsAPrompt() {
        SaeViewModel vm = vm(DemoProvider.withDemo());
        vm.open(SAMPLE);
        assertEquals(List.of(), errors);
        assertEquals("", vm.messageProperty().get());
        assertEquals("hidden_states.2", vm.tapProperty().get());
        assertNotNull(vm.statsProperty().get());
        assertEquals(1536, vm.features().size());
        assertFalse(vm.busyProperty().get());
        assertEquals("hidden_states.2", vm.trainingFormProperty().get().tap());

        // What the project keeps for the report: the SAE and its densest features, densest first.
        SaeResults kept = SaeResults.of(vm);
        assertEquals(1536, kept.sae().dSae());
        assertEquals("hidden_states.2", kept.sae().tap());
        assertEquals(vm.statsProperty().get().tokens(), kept.sae().statsTokens());
        assertEquals(SaeResults.KEPT_FEATURES, kept.features().size());
        double densest = vm.features().stream().mapToDouble(f -> f.density()).max().orElseThrow();
        assertEquals(densest, kept.features().get(0).density());
        for (int i = 1; i < kept.features().size(); i++) {
            assertTrue(kept.features().get(i).density() <= kept.features().get(i - 1).density());
        }

        vm.searchProperty().set("12");
        vm.applySearch();
        assertEquals(1, vm.shownFeatures().size());
        assertEquals(12, vm.shownFeatures().get(0).index());

        vm.openFeature(7);
        assertEquals(7, vm.selectedProperty().get().index());

        vm.promptProperty().set("It is a truth universally acknowledged");
        vm.runPrompt();
        assertFalse(vm.promptTokens().isEmpty());
        assertTrue(vm.promptTokens().stream().anyMatch(t -> t.code() != null && t.code().size() > 0));
    }

    @Test
    void aMismatchIsOneLineAndNothingOpens(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("wide");
        Files.createDirectories(copy);
        Files.copy(SAMPLE.resolve("sae_weights.safetensors"), copy.resolve("sae_weights.safetensors"));
        Files.writeString(copy.resolve("cfg.json"), Files.readString(SAMPLE.resolve("cfg.json"))
                .replace("hidden_states.2", "hidden_states.99"));
        SaeViewModel vm = vm(DemoProvider.withDemo());
        vm.open(copy);
        String m = vm.messageProperty().get();
        assertTrue(m.contains("hidden_states.99") && !m.contains("\n"), m);
        assertNull(vm.saeProperty().get());

        vm.open(dir.resolve("missing"));
        assertTrue(vm.messageProperty().get().startsWith("Cannot open"), vm.messageProperty().get());
    }

    @Test
    void withoutAModelOpeningSaysSo() {
        SaeViewModel vm = vm(DemoProvider.empty());
        vm.open(SAMPLE);
        assertTrue(vm.messageProperty().get().startsWith("Load a model first"), vm.messageProperty().get());
    }

    @Test
    void sectionRoundTrip() {
        SaeViewModel vm = vm(DemoProvider.empty());
        vm.saePathProperty().set(SAMPLE.toAbsolutePath());
        vm.trainingFormProperty().set(new TrainingForm("hidden_states.1", TrainingArchitecture.MUTUAL_CHOICE, 768, 16,
                50_000, 2e-3, 1.5, 0.05));
        SaeResults.RunRow saved = new SaeResults.RunRow(1, "topk", "hidden_states.2", 1536, 32, 200_000, 40.0, false, 0.2,
                31.5, 4, List.of());
        vm.savedRuns().setAll(saved);
        ObjectNode n = SaeSection.write(vm);
        SaeViewModel back = vm(DemoProvider.empty());
        Path path = SaeSection.read(n, back);
        assertEquals(SAMPLE.toAbsolutePath().toString(), path.toString());
        assertEquals(vm.trainingFormProperty().get(), back.trainingFormProperty().get());
        assertEquals(List.of(saved), SaeSection.savedRuns(n), "runs of the project are kept when it is saved again");
        assertEquals(List.of(), SaeSection.savedRuns(null));
        assertNull(SaeSection.read(null, back));
    }

    @Test
    void theSampleProjectSetsTheTrainingForm() throws Exception {
        ObjectNode project = (ObjectNode) new ObjectMapper().readTree(
                Path.of("..", "samples", "projects", "sae-features.tokenscope.json").toFile());
        SaeViewModel vm = vm(DemoProvider.empty());
        assertNull(SaeSection.read((ObjectNode) project.path("panels").path("sae"), vm), "the sample names no SAE folder");
        assertEquals(new TrainingForm("hidden_states.2", TrainingArchitecture.TOPK, 768, 16, 200_000, 1e-3, 1.0, 1.0 / 32),
                vm.trainingFormProperty().get());
    }

    /** A form the trainer refuses (k above the SAE width) is stopped before any job: no job runs only to fail. */
    @Test
    void aBadTrainingFormIsReportedNotStarted() {
        AtomicInteger submitted = new AtomicInteger();
        JobRunner counting = new JobRunner(work -> {
            submitted.incrementAndGet();
            work.run();
        }, Runnable::run, (h, t) -> errors.add(t));
        SaeViewModel vm = new SaeViewModel(DemoProvider.withDemo(), counting, Runnable::run);
        TrainingForm before = vm.trainingFormProperty().get();
        int jobsBefore = submitted.get();
        vm.train(new TrainingForm("hidden_states.2", TrainingArchitecture.TOPK, 16, 32, 1000, 1e-3, 1, 0.03));
        assertEquals(jobsBefore, submitted.get(), "no training job was submitted");
        assertEquals("k (--k) must be in 1..16 (at most d_sae), got 32", vm.trainingStatusProperty().get());
        assertNull(vm.trainingJobProperty().get());
        assertEquals(before, vm.trainingFormProperty().get(), "a refused form does not become the panel's");
        assertEquals(List.of(), errors);
    }
}
