package org.tokenscope.views.shapley;

import org.tokenscope.views.testing.DemoProvider;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.views.jobs.JobRunner;

/**
 * The sample project holds the decision prompts of samples/prompts/decisions.jsonl with their attributions, and
 * those are what the demo model gives today (else rerun {@link ShapleySampleRegenerator}).
 */
class ShapleySampleTest {

    private static Path samples() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("samples/projects/shapley-prompt-parts.tokenscope.json"))) {
                return d.resolve("samples");
            }
        }
        throw new AssertionError("samples/projects/shapley-prompt-parts.tokenscope.json not found");
    }

    @Test
    void theDecisionPromptsAreThereWithTheirAttributionsAndTheyStillHold() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode project = mapper.readTree(samples().resolve("projects/shapley-prompt-parts.tokenscope.json").toFile());
        List<String> decisions = new ArrayList<>();
        for (String line : Files.readAllLines(samples().resolve("prompts/decisions.jsonl"))) {
            if (!line.isBlank()) {
                decisions.add(mapper.readTree(line).get("prompt").asText());
            }
        }
        List<String> prompts = new ArrayList<>();
        project.path("prompts").forEach(p -> prompts.add(p.asText()));
        assertEquals(decisions, prompts.subList(0, decisions.size()));

        ShapleyViewModel vm = new ShapleyViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> {
            throw new AssertionError(h, t);
        }), Runnable::run);
        ShapleySection.read(project.path("panels").path("shapley"), prompts, vm);
        assertEquals(decisions.size() + 2, vm.runs().size(), "each decision, #1 with the filler masking, and the Emma words");
        for (int i = 0; i < decisions.size(); i++) {
            ShapleyRun r = vm.runs().get(i);
            assertEquals(decisions.get(i), r.prompt());
            assertEquals("choice", r.result().value());
            assertEquals(DecisionSpans.of(r.prompt()), r.result().settings().spans());
        }
        for (ShapleyRun r : vm.runs()) {
            assertTrue(Math.abs(r.result().efficiencyGap()) < 1e-9, r.title() + ": " + r.efficiencyLine());
            assertEquals(r.players().size(), r.surprisals().length);
        }
        assertEquals(vm.runs().get(0), vm.shownProperty().get());
        assertEquals(vm.runs().get(1), vm.comparedProperty().get());

        ShapleyRun saved = vm.runs().get(0);
        vm.reuseSettings(saved);
        vm.run(); // 128 coalitions on the demo model: the sample is what the engine computes today
        assertArrayEquals(saved.result().phi(), vm.shownProperty().get().result().phi(), 1e-6);
        assertArrayEquals(saved.surprisals(), vm.shownProperty().get().surprisals(), 1e-4);
    }
}
