package org.tokenscope.views.stepper;

import org.tokenscope.views.testing.DemoProvider;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.views.jobs.JobRunner;

/**
 * The bundled stepper sample holds what its notes describe: a cautious run and plain sampling with the same prompt,
 * seed and sampler, both exactly what the engine makes today. When this fails after a model or decoder change,
 * regenerate the runs with {@link StepperSampleRegenerator} and check the numbers in the notes.
 */
class StepperSampleTest {

    static Path sample() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve("samples/projects/stepper-entropy-cntp.tokenscope.json");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new AssertionError("samples/projects/stepper-entropy-cntp.tokenscope.json not found");
    }

    @Test
    void theSampleHoldsACautiousRunBesidePlainSamplingThatReplayExactly() throws Exception {
        ObjectNode project = (ObjectNode) new ObjectMapper().readTree(Files.readString(sample()));
        ObjectNode section = (ObjectNode) project.path("panels").path("stepper");
        List<String> prompts = new ArrayList<>();
        project.path("prompts").forEach(p -> prompts.add(p.asText()));
        StepperViewModel saved = new StepperViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> {
            throw new AssertionError(h, t);
        }), Runnable::run);
        assertEquals(List.of(), StepperSection.read(section, prompts, saved));
        Run cautious = saved.runProperty().get();
        Run plain = saved.comparisonProperty().get();
        assertEquals(CautiousSettings.DEFAULT, cautious.trace().cautious());
        assertEquals(null, plain.trace().cautious());
        assertEquals(cautious.trace().sampler(), plain.trace().sampler(), "same seed and sampler");
        assertArrayEquals(cautious.trace().promptIds(), plain.trace().promptIds(), "same prompt");
        assertEquals(prompts.get(0), cautious.prompt());
        assertTrue(project.path("notes").asText().contains("trial 6 won"), "the notes point at the step where the runs part");

        StepperViewModel fresh = new StepperViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> {
            throw new AssertionError(h, t);
        }), Runnable::run);
        ObjectNode settingsOnly = section.deepCopy();
        settingsOnly.remove(List.of("trace", "comparison", "score"));
        StepperSection.read(settingsOnly, prompts, fresh);
        fresh.settings().cautiousProperty().set(false);
        fresh.run();
        assertEquals(TraceJson.write(plain), TraceJson.write(fresh.runProperty().get()), "plain sampling as saved");
        fresh.reset();
        fresh.settings().cautiousProperty().set(true);
        fresh.run();
        assertEquals(TraceJson.write(cautious), TraceJson.write(fresh.runProperty().get()), "the cautious run as saved");
        var first = cautious.steps().get(1).cautious();
        assertEquals(6, first.chosen());
        assertFalse(plain.steps().get(1).id() == cautious.steps().get(1).id(), "the runs part at position 1");
    }
}
