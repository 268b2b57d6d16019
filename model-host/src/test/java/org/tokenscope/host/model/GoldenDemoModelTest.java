package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.Decoder;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.decode.SamplerSettings;

/** The ONNX export run by ONNX Runtime reproduces the PyTorch reference outputs the recipe wrote. */
class GoldenDemoModelTest {
    private static final double TOL = 1e-4;
    private static OnnxLanguageModel model;
    private static JsonNode reference;

    @BeforeAll
    static void load() throws IOException {
        model = TestModels.demo();
        reference = new ObjectMapper().readTree(TestModels.resource("golden/reference.json").toFile());
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    private static float[] floats(JsonNode array) {
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) array.get(i).asDouble();
        }
        return out;
    }

    @Test
    void promptsEncodeToTheRecipesIds() {
        for (JsonNode p : reference.get("prompts")) {
            assertArrayEquals(ints(p.get("ids")), model.encodePrompt(p.get("text").asText()), p.get("text").asText());
        }
    }

    @Test
    void logitsOfEveryPositionMatchTheReference() {
        int stride = reference.get("stride").asInt();
        for (JsonNode p : reference.get("prompts")) {
            float[][] logits = model.logitsAll(ints(p.get("ids")));
            TestModels.assertClose(floats(p.get("last_logits")), logits[logits.length - 1], TOL, "last row");
            JsonNode strided = p.get("strided_logits");
            assertEquals(logits.length, strided.size());
            for (int row = 0; row < logits.length; row++) {
                float[] sampled = new float[strided.get(row).size()];
                for (int j = 0; j < sampled.length; j++) {
                    sampled[j] = logits[row][j * stride];
                }
                TestModels.assertClose(floats(strided.get(row)), sampled, TOL, "row " + row);
            }
        }
    }

    @Test
    void cachedDecodingGivesTheSameLastRow() {
        for (JsonNode p : reference.get("prompts")) {
            try (DecodeState s = model.newState()) {
                TestModels.assertClose(floats(p.get("last_logits")), s.append(ints(p.get("ids"))), TOL, "prefill");
            }
        }
    }

    @Test
    void middleTapMatchesTheReference() {
        for (JsonNode p : reference.get("prompts")) {
            float[][] act = model.activations(p.get("hidden_tap").asText(), ints(p.get("ids")));
            TestModels.assertClose(floats(p.get("hidden_last_mid")), act[act.length - 1], TOL, "tap");
        }
    }

    /** Greedy tokens agree up to the first listed near-tie (after which the continuations may legitimately part). */
    @Test
    void greedyContinuationsMatchExceptAtNearTies() {
        SamplerSettings greedy = new SamplerSettings(0, 0, 1, 0, 0);
        for (JsonNode p : reference.get("prompts")) {
            int[] expected = ints(p.get("greedy"));
            List<Integer> ties = new ArrayList<>();
            p.get("near_ties").forEach(n -> ties.add(n.asInt()));
            Trace g = Decoder.plain(model, ints(p.get("ids")), greedy, expected.length, false, 1);
            int[] actual = g.generatedIds();
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
                if (ties.contains(i)) {
                    break;
                }
                assertEquals(expected[i], actual[i], "greedy token " + i + " of '" + p.get("text").asText() + "'");
            }
            assertTrue(ties.size() < expected.length, "the reference lists every position as a near tie");
        }
    }
}
