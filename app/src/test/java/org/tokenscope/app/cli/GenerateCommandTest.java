package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.decode.GumbelNoise;

/** End-to-end runs of {@code generate} on the embedded model, checked against the JSON contract. */
class GenerateCommandTest {

    @Test
    void jsonHasTheMetaBlockAndOneStepPerToken() {
        CliRunner r = CliRunner.run("generate", "--prompt", "It is a truth", "--max-tokens", "6", "--stop-at-eos", "false",
                "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("meta", j.fieldNames().next());
        assertEquals("tokenscope.generate/1", j.at("/meta/schema").asText());
        assertEquals(64, j.at("/meta/model/sha256").asText().length());
        JsonNode s = j.at("/meta/settings");
        assertEquals(6, s.get("max_tokens").asInt());
        assertEquals(0, s.get("seed").asLong());
        assertEquals(1.0, s.get("temperature").asDouble());
        assertEquals(0, s.get("top_k").asInt());
        assertEquals(10, s.get("top").asInt());
        assertEquals(2, s.get("threads").asInt());
        assertEquals("It is a truth", j.get("prompt").asText());
        JsonNode ids = j.get("prompt_ids");
        assertEquals(4095, ids.get(0).asInt(), "the demo tokenizer config adds BOS");
        assertEquals(6, j.get("steps").size());
        assertEquals("length", j.get("stop").asText());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            JsonNode step = j.get("steps").get(i);
            assertEquals(i, step.get("index").asInt());
            double p = step.get("prob").asDouble();
            assertTrue(p > 0 && p <= 1);
            assertEquals(-Math.log(p), step.get("surprisal").asDouble(), 1e-12);
            assertTrue(step.get("rank").asInt() >= 1);
            assertEquals(10, step.get("top").size());
            assertTrue(step.get("top").get(0).get("prob").asDouble() >= step.get("top").get(9).get("prob").asDouble());
            assertEquals(step.get("entropy").asDouble(), step.get("entropy_raw").asDouble(), 1e-12, "τ = 1, no warpers");
            assertFalse(step.get("display").asText().isEmpty());
            text.append(step.get("text").asText());
        }
        assertEquals(text.toString(), j.get("text").asText());
    }

    @Test
    void outputIsByteIdenticalForTheSameCommand() {
        String[] args = {"generate", "--prompt", "Emma was", "--max-tokens", "10", "--seed", "7", "--top-k", "50",
                "--top-p", "0.9", "--threads", "1", "--json"};
        CliRunner a = CliRunner.run(args), b = CliRunner.run(args);
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        assertTrue(a.err().isEmpty(), "no progress on stderr when not on a terminal: " + a.err());
    }

    @Test
    void greedyIsTheArgmaxAndHasZeroEntropy() {
        JsonNode j = CliRunner.run("generate", "--prompt", "Mr. Darcy", "--max-tokens", "5", "--temperature", "0",
                "--threads", "1", "--json").json();
        for (JsonNode step : j.get("steps")) {
            assertEquals(1.0, step.get("prob").asDouble());
            assertEquals(0.0, step.get("entropy").asDouble());
            assertEquals(1, step.get("rank").asInt());
            assertEquals(step.get("id").asInt(), step.get("top").get(0).get("id").asInt());
        }
    }

    /** Step 0 of seed S is argmax(log p + g(S, 0, 0, v)) over the printed distribution's support. */
    @Test
    void firstTokenFollowsTheSamplingKeys() {
        JsonNode j = CliRunner.run("generate", "--prompt", "She was", "--max-tokens", "1", "--seed", "42", "--top-k", "5",
                "--top", "5", "--threads", "1", "--json").json();
        JsonNode step = j.get("steps").get(0);
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (JsonNode alt : step.get("top")) {
            double score = Math.log(alt.get("prob").asDouble()) + GumbelNoise.gumbel(42, 0, 0, alt.get("id").asInt());
            if (score > bestScore) {
                bestScore = score;
                best = alt.get("id").asInt();
            }
        }
        assertEquals(best, step.get("id").asInt());
    }

    @Test
    void promptIdsAreFedAsGiven() {
        JsonNode j = CliRunner.run("generate", "--prompt-ids", "4095,40,300", "--max-tokens", "2", "--json").json();
        assertArrayEquals(new int[] {4095, 40, 300}, CliRunner.JSON.convertValue(j.get("prompt_ids"), int[].class));
        assertTrue(j.get("prompt").isNull());
    }

    @Test
    void promptFileGivesOneJsonLinePerPrompt(@TempDir Path dir) throws IOException {
        Path txt = dir.resolve("prompts.txt");
        Files.writeString(txt, "First prompt\n\nSecond prompt,\nover two lines\n\n\n");
        List<JsonNode> lines = CliRunner.run("generate", "--prompt-file", txt.toString(), "--max-tokens", "3", "--json").jsonLines();
        assertEquals(2, lines.size());
        assertEquals("Second prompt,\nover two lines", lines.get(1).get("prompt").asText());
        Path jsonl = dir.resolve("prompts.jsonl");
        Files.writeString(jsonl, "{\"prompt\": \"Anne\"}\n{\"prompt\": \"Captain Wentworth\"}\n{\"prompt\": \"Mrs Smith\"}\n");
        assertEquals(3, CliRunner.run("generate", "--prompt-file", jsonl.toString(), "--max-tokens", "2", "--json").jsonLines().size());
    }

    @Test
    void readableSummaryWithoutJson() {
        CliRunner r = CliRunner.run("generate", "--prompt", "Elizabeth", "--max-tokens", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("continuation:"), r.out());
        assertTrue(r.out().contains("entropy"), r.out());
    }

    @Test
    void invalidUtf8PromptFileIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'H', 'i', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        CliRunner r = CliRunner.run("generate", "--prompt-file", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("not valid UTF-8"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void badInputsExitWithOneAndOneLine(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("model.onnx"), "garbage".getBytes(StandardCharsets.UTF_8));
        String longPrompt = "word ".repeat(400);
        String[][] cases = {
                {"generate", "--prompt", ""},
                {"generate", "--prompt", longPrompt},
                {"generate", "--prompt-ids", "1,999999"},
                {"generate", "--model", dir.resolve("missing").toString(), "--prompt", "x"},
                {"generate", "--model", dir.toString(), "--prompt", "x"},
                {"generate", "--prompt-file", dir.resolve("none.txt").toString()},
        };
        for (String[] c : cases) {
            CliRunner r = CliRunner.run(c);
            assertEquals(1, r.code(), String.join(" ", c) + " → " + r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, CliRunner.run("generate").code(), "no prompt");
        assertEquals(2, CliRunner.run("generate", "--prompt", "a", "--no-such-option").code());
        assertEquals(2, CliRunner.run("generate", "--prompt", "a", "--top-p", "0").code());
        assertEquals(2, CliRunner.run("generate", "--prompt", "a", "--prompt-ids", "1").code(), "two prompt sources");
        assertEquals(2, CliRunner.run("frobnicate").code());
    }
}
