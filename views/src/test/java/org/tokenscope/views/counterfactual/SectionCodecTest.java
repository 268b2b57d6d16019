package org.tokenscope.views.counterfactual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.BranchTree;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Intervention;
import org.tokenscope.host.decode.SamplerSettings;

/** The section round-trips, keeps unknown fields, writes an infinite KL as null, and names what is malformed. */
class SectionCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Branches tree() {
        Branch a = new Branch(new BranchTree.Node(0, null, Intervention.generated(2, 7), new int[] {1, 2, 7, 4}, 2, 1, "pos 2: a → b"),
                3, "cf text", "int text", 3, new double[] {0.5, Double.POSITIVE_INFINITY});
        Branch b = new Branch(new BranchTree.Node(1, 0, Intervention.prompt(1, 8, 9), new int[] {5, 6}, 0, 4, "prompt 1: c → d·e"),
                4, "cf2", "int2", 0, new double[] {0.25});
        return Branches.EMPTY.add(a).add(b);
    }

    @Test
    void roundTrip() throws Exception {
        FactualSettings s = new FactualSettings("Once", new SamplerSettings(0.8, 40, 0.9, 0.05, 11), CautiousSettings.DEFAULT, 32,
                false, 99, 7);
        SectionCodec.Saved saved = new SectionCodec.Saved(s, new SectionCodec.SavedRun(new int[] {4095, 10}, new int[] {1, 2, 3, 4}, "text"),
                tree(), new SweepResult(0, 3, 2, List.of(new SweepResult.Row(12, "␣x", 0.25, 2, null, 0, "t"))), "ab12");
        ObjectNode original = JSON.createObjectNode().put("future", 1);
        ObjectNode written = SectionCodec.write(original, saved, List.of("zero", "Once"));
        assertEquals(1, written.path("future").asInt(), "unknown fields survive");
        assertEquals(1, written.path("prompt_index").asInt());
        assertTrue(written.at("/branches/0/kl/1").isNull(), "∞ is written as null");
        SectionCodec.Saved back = SectionCodec.read(JSON.readTree(JSON.writeValueAsString(written)), List.of());
        assertEquals(s, back.settings());
        assertArrayEquals(new int[] {1, 2, 3, 4}, back.factual().ids());
        assertEquals("ab12", back.modelSha());
        assertEquals(2, back.branches().size());
        Branch b1 = back.branches().get(1);
        assertEquals(0, b1.node().parent());
        assertTrue(b1.node().intervention().inPrompt());
        assertArrayEquals(new int[] {8, 9}, b1.node().intervention().forcedIds());
        assertEquals(Double.POSITIVE_INFINITY, back.branches().get(0).kl()[1]);
        assertEquals(0.5, back.branches().get(0).meanKl());
        assertEquals(2, back.branches().path(1).size());
        assertNull(back.sweep().rows().get(0).firstDivergence());
        assertEquals(0, back.sweep().baseNode());
    }

    @Test
    void settingsFallBackToThePromptListAndDefaults() throws Exception {
        SectionCodec.Saved s = SectionCodec.read(JSON.readTree("{\"prompt_index\": 1, \"sampler\": {\"seed\": 7}}"), List.of("a", "b"));
        assertEquals("b", s.settings().prompt());
        assertEquals(7, s.settings().sampler().seed());
        assertEquals(8, s.settings().interventionalSeed(), "seed + 1, as the CLI");
        assertNull(s.factual());
        assertTrue(s.branches().isEmpty());
    }

    @Test
    void malformedBranchesAreNamed() throws Exception {
        var bad = JSON.readTree("{\"branches\": [{\"id\": 0, \"parent\": 3, \"forced_ids\": [1], \"ids\": []}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SectionCodec.read(bad, List.of()));
        assertEquals("branch 0 names parent 3, which does not come before it", e.getMessage());
        var gap = JSON.readTree("{\"branches\": [{\"id\": 1}]}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SectionCodec.read(gap, List.of())).getMessage()
                .startsWith("branch ids must run 0, 1, 2"));
    }

    @Test
    void aStepperSectionBecomesAFactualRunToCheck() throws Exception {
        var stepper = JSON.readTree("{\"prompt_index\": 0, \"prompt\": \"Hi\", \"overlay\": {\"top_alternatives\": 5},"
                + "\"trace\": {\"prompt\": \"Hi\", \"prompt_ids\": [4095, 1], \"sampler\": {\"seed\": 3, \"max_tokens\": 9},"
                + "\"cautious\": {\"enabled\": true}, \"steps\": [{\"id\": 10}, {\"id\": 11}], \"text\": \"xy\"}}");
        SectionCodec.Saved s = SectionCodec.read(StepperImport.section(stepper), List.of());
        assertEquals("Hi", s.settings().prompt());
        assertEquals(3, s.settings().sampler().seed());
        assertEquals(9, s.settings().maxTokens());
        assertEquals(CautiousSettings.DEFAULT, s.settings().cautious());
        assertEquals(5, s.settings().topN());
        assertArrayEquals(new int[] {10, 11}, s.factual().ids());
        assertArrayEquals(new int[] {4095, 1}, s.factual().promptIds());
    }
}
