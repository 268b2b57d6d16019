package org.tokenscope.app.cli;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The command line on the folders other exporters write (model-host's {@code fixtures/decoders}, each with
 * the reference its recipe computed): {@code models inspect} reports what the reference says, {@code generate}
 * greedy gives the reference's ids and continuation text, {@code score} the reference's log-probabilities.
 */
class ExportFixturesCliTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureInspectsGeneratesAndScoresAsItsReferenceSays() throws IOException {
        Path root = TestFixtures.folder("decoders");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                Path ref = dir.resolve("reference.json");
                if (Files.isRegularFile(ref)) {
                    JsonNode r = new ObjectMapper().readTree(ref.toFile());
                    if (r.path("variants").size() > 0) {
                        tests.add(dynamicTest(dir.getFileName().toString(), () -> check(dir, r)));
                    }
                }
            }
        }
        assertTrue(tests.size() >= 12, "fixtures found: " + tests.size());
        return tests.stream();
    }

    private static void check(Path dir, JsonNode r) {
        JsonNode expect = r.path("expect");
        JsonNode variant = r.path("variants").get(0);
        CliRunner run = CliRunner.run("models", "inspect", "--model", dir.toString(), "--threads", "1", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode j = run.json();
        assertEquals(variant.path("file").asText(), j.at("/files/onnx").asText(), "the file picked");
        assertEquals(expect.path("cache_layout").asText(), j.at("/cache/layout").asText());
        assertEquals(variant.path("cache_type").asText(), j.at("/cache/type").asText());
        assertEquals(expect.path("input_ids_type").asText(), j.at("/inputs/0/type").asText());
        assertEquals(expect.path("bos_source").asText(), j.at("/special/bos_source").asText());
        for (JsonNode out : j.get("outputs")) {
            if (out.path("name").asText().equals("logits")) {
                assertEquals(variant.path("logits_type").asText(), out.path("type").asText());
            }
        }
        boolean merged = j.get("inputs").toString().contains("use_cache_branch");
        // A merged decoder keeps its layers inside an If: nothing to tap, and a warning says where to look.
        assertEquals(merged, j.get("taps").isEmpty(), "tensors to tap: " + j.get("taps"));
        assertEquals(merged, j.get("warnings").toString().contains("with-past"), j.get("warnings").toString());
        for (JsonNode tap : j.get("taps")) {
            assertFalse(tap.path("name").asText().startsWith("present"), tap.toString());
        }
        boolean external = Files.exists(dir.resolve(variant.path("file").asText() + "_data"));
        assertEquals(external ? 1 : 0, j.at("/files/external_data").size());

        JsonNode c = variant.path("cases").get(0);
        if (!c.path("text").isTextual()) {
            return;
        }
        JsonNode g = CliRunner.run("generate", "--model", dir.toString(), "--prompt", c.path("text").asText(),
                "--temperature", "0", "--max-tokens", String.valueOf(c.path("greedy").size()), "--threads", "1",
                "--json").json();
        assertEquals(c.path("prompt_ids"), g.get("prompt_ids"), "prompt ids as transformers encodes them");
        List<Integer> ids = new ArrayList<>();
        g.get("steps").forEach(s -> ids.add(s.path("id").asInt()));
        List<Integer> greedy = new ArrayList<>();
        c.path("greedy").forEach(x -> greedy.add(x.asInt()));
        assertEquals(greedy, ids, "greedy ids");
        assertEquals(c.path("greedy_text").asText(), g.path("text").asText(), "the continuation's text");
        if (j.at("/special/prompt_prefix").size() == 1 && variant.path("tolerance").asDouble() <= 1e-4) {
            checkScore(dir, c, variant.path("tolerance").asDouble());
        }
    }

    /**
     * {@code score --text} after BOS gives each token's log-probability under the reference's logits (row j
     * predicts prompt token j + 1; the softmax runs over the tokenizer's ids, padding rows excluded).
     */
    private static void checkScore(Path dir, JsonNode c, double tol) {
        JsonNode s = CliRunner.run("score", "--model", dir.toString(), "--text", c.path("text").asText(),
                "--threads", "1", "--json").json();
        JsonNode ids = c.path("prompt_ids");
        int vocab = CliRunner.run("models", "inspect", "--model", dir.toString(), "--json").json()
                .at("/vocab/tokenizer").asInt();
        assertEquals(ids.size() - 1, s.get("tokens").size(), "every token after BOS is scored");
        for (int j = 0; j + 1 < ids.size(); j++) {
            JsonNode row = c.path("logits").get(j);
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < vocab; i++) {
                max = Math.max(max, row.get(i).asDouble());
            }
            double sum = 0;
            for (int i = 0; i < vocab; i++) {
                sum += Math.exp(row.get(i).asDouble() - max);
            }
            double expected = row.get(ids.get(j + 1).asInt()).asDouble() - max - Math.log(sum);
            JsonNode token = s.get("tokens").get(j);
            assertEquals(ids.get(j + 1).asInt(), token.path("id").asInt());
            double actual = Math.log(token.path("prob").asDouble());
            assertEquals(expected, actual, tol * Math.max(1, Math.abs(expected)), "log-prob of token " + (j + 1));
        }
    }

    @Test
    void onASentencePieceFolderThePromptAndTheTextReadOn() {
        JsonNode g = CliRunner.run("generate", "--model", TestFixtures.folder("decoders/sentencepiece-bpe").toString(),
                "--prompt", "Once", "--temperature", "0", "--max-tokens", "3", "--threads", "1", "--json").json();
        assertEquals("Once upon a time", "Once" + g.path("text").asText());
        assertEquals("▁upon", g.at("/steps/0/text").asText().replace(' ', '▁'), "each step's own text");
    }
}
