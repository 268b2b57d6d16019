package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Every folder under {@code fixtures/decoders} against the references its recipe computed with PyTorch (or
 * with the quantized math replicated in numpy): the file picked, the signature, the prompt ids
 * {@code transformers} would encode, the logits of a prefill and of cached single steps, the greedy ids and
 * the continuation's text. Each variant of a folder is checked at the tolerance its reference states.
 */
class DecoderFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsReference() throws IOException {
        Path root = TestModels.resource("fixtures/decoders");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                Path ref = dir.resolve("reference.json");
                if (!Files.isRegularFile(ref)) {
                    continue;
                }
                JsonNode reference = JSON.readTree(ref.toFile());
                JsonNode variants = reference.path("variants");
                for (int i = 0; i < variants.size(); i++) {
                    JsonNode variant = variants.get(i);
                    boolean isDefault = i == 0;
                    tests.add(dynamicTest(dir.getFileName() + " " + variant.path("label").asText(),
                            () -> check(dir, reference.path("expect"), variant, isDefault)));
                }
            }
        }
        assertTrue(tests.size() >= 15, "expected the recipe's fixtures, found " + tests.size() + " variants");
        return tests.stream();
    }

    private static void check(Path dir, JsonNode expect, JsonNode variant, boolean isDefault) {
        String file = variant.path("file").asText();
        ModelFolder folder = isDefault ? ModelFolder.open(dir) : ModelFolder.open(dir, variant.path("label").asText());
        assertEquals(dir.resolve(file).normalize(), folder.onnxFile().normalize(), "the file picked for this variant");
        if (!isDefault) {
            assertEquals(folder.variant(), ModelFolder.open(dir, file).variant(), "--variant takes the file name too");
        }
        double tol = variant.path("tolerance").asDouble();
        try (OnnxLanguageModel m = OnnxLanguageModel.load(folder, TestModels.THREADS)) {
            IoSignature s = m.signature();
            // A variant may differ from the folder's default (Optimum's decoder_model.onnx has no cache).
            String layout = variant.path("cache_layout").asText(expect.path("cache_layout").asText());
            assertEquals(layout, s.layout().label(), "cache layout");
            assertEquals(expect.path("input_ids_type").asText(), s.inputIds().type().label(), "input_ids type");
            if (s.layout() != CacheLayout.NONE) {
                assertEquals(expect.path("layers").asInt(), s.layers(), "layers");
                assertEquals(expect.path("kv_heads").asInt(), s.kvHeads(), "kv heads");
                assertEquals(expect.path("head_dim").asInt(), s.headDim(), "head dim");
                assertEquals(variant.path("cache_type").asText(), s.cacheType().label(), "cache type");
            }
            assertEquals(variant.path("logits_type").asText(), s.logitsType().label(), "logits type");
            assertEquals(expect.path("bos_source").asText(), m.config().specials().source(),
                    "which file decides BOS; load warnings " + m.warnings());
            if (expect.has("context")) {
                assertEquals(expect.path("context").asInt(), m.contextLength(), "context");
            }
            for (String tap : m.tapNames()) {
                assertFalse(tap.startsWith("present"), "a cache output listed as a tap: " + tap);
            }
            for (JsonNode c : variant.path("cases")) {
                checkCase(m, c, variant, tol);
            }
        }
    }

    private static void checkCase(OnnxLanguageModel m, JsonNode c, JsonNode variant, double tol) {
        int[] prompt = ints(c.path("prompt_ids"));
        String what = c.path("text").asText(java.util.Arrays.toString(prompt));
        if (c.path("text").isTextual()) {
            assertArrayEquals(prompt, m.encodePrompt(c.path("text").asText()), "prompt ids of '" + what + "'");
        }
        float[][] expected = floats(c.path("logits"));
        int real = m.tokenizer().map(Tokenizer::vocabSize).orElse(m.logitsWidth());
        float[][] prefill = m.logitsAll(prompt);
        for (int i = 0; i < prompt.length; i++) {
            assertRowClose(expected[i], prefill[i], real, tol, what + " prefill row " + i);
        }
        if (stepsMatchPrefill(variant)) {
            try (DecodeState state = m.newState()) {
                for (int i = 0; i < prompt.length; i++) {
                    assertRowClose(expected[i], state.append(prompt[i]), real, tol, what + " cached step " + i);
                }
            }
        }
        // Greedy as the reference ran it: one prefill, then one cached step per token.
        try (DecodeState state = m.newState()) {
            int[] greedy = ints(c.path("greedy"));
            int[] ours = new int[greedy.length];
            float[] row = state.append(prompt);
            for (int k = 0; k < greedy.length; k++) {
                ours[k] = argmax(row);
                row = state.append(ours[k]);
            }
            assertArrayEquals(greedy, ours, what + ": greedy continuation");
            if (c.path("greedy_text").isTextual() && m.tokenizer().isPresent()) {
                assertEquals(c.path("greedy_text").asText(), m.requireTokenizer().decodeAfter(prompt, greedy),
                        what + ": the continuation's text after the prompt");
            }
        }
    }

    /**
     * Whether feeding the prompt one token at a time must give the prefill's logits. Not under dynamic
     * quantization: DynamicQuantizeLinear picks its scale from the whole tensor it is given, so a one-token
     * input is quantized differently from the prompt (ONNX Runtime's own results differ the same way).
     */
    private static boolean stepsMatchPrefill(JsonNode variant) {
        for (JsonNode op : variant.path("ops")) {
            if (op.asText().equals("DynamicQuantizeLinear") || op.asText().equals("MatMulInteger")) {
                return false;
            }
        }
        return true;
    }

    /** The real vocabulary's entries within tolerance; padding rows beyond it masked to −∞. */
    private static void assertRowClose(float[] expected, float[] actual, int real, double tol, String what) {
        int n = Math.min(real, expected.length);
        TestModels.assertClose(java.util.Arrays.copyOf(expected, n), java.util.Arrays.copyOf(actual, n), tol, what);
        for (int i = n; i < actual.length; i++) {
            assertEquals(Float.NEGATIVE_INFINITY, actual[i], what + ": padding row " + i + " is masked");
        }
    }

    private static int argmax(float[] row) {
        int best = 0;
        for (int i = 1; i < row.length; i++) {
            if (row[i] > row[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    private static float[][] floats(JsonNode rows) {
        float[][] out = new float[rows.size()][];
        for (int r = 0; r < out.length; r++) {
            JsonNode row = rows.get(r);
            out[r] = new float[row.size()];
            for (int i = 0; i < out[r].length; i++) {
                out[r][i] = (float) row.get(i).asDouble();
            }
        }
        return out;
    }
}
