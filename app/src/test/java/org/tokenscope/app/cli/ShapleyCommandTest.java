package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.attribution.AttributionSettings;

/** {@code shapley}: the JSON contract of the command-line spec, the sample decision prompts, and bad input. */
class ShapleyCommandTest {
    static final String PROMPT = "Elizabeth thought the cheaper carriage was much slower,";

    static Path sample(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("samples/prompts").resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new AssertionError("samples/prompts/" + name + " not found");
    }

    @Test
    void exactAttributionOfATarget() {
        CliRunner r = CliRunner.run("shapley", "--prompt", PROMPT, "--target", " and", "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("tokenscope.shapley/1", j.at("/meta/schema").asText());
        JsonNode s = j.at("/meta/settings");
        assertEquals(PROMPT, s.get("prompt").asText());
        assertEquals(" and", s.get("target").asText());
        assertTrue(s.get("options").isNull());
        assertEquals("logprob", s.get("value").asText());
        assertEquals("words", s.get("players").asText());
        assertEquals(0, s.get("pin").size());
        assertEquals("exact", s.get("method").asText(), "8 players: exact");
        assertTrue(s.get("samples").isNull());
        assertEquals("remove", s.get("masking").asText());
        assertTrue(s.get("baseline_token").isNull());
        assertEquals("...", s.get("filler").asText());
        assertEquals(0, s.get("seed").asLong());
        assertTrue(s.get("max_seconds").isNull());
        assertEquals(2, s.get("threads").asInt());

        JsonNode players = j.get("players");
        assertEquals(8, players.size());
        int[] cps = PROMPT.codePoints().toArray();
        double sum = 0;
        for (int i = 0; i < players.size(); i++) {
            JsonNode p = players.get(i);
            assertEquals(i, p.get("index").asInt());
            int start = p.get("start").asInt(), end = p.get("end").asInt();
            assertEquals(new String(cps, start, end - start), p.get("text").asText());
            assertTrue(p.get("stderr").isNull(), "no standard error for exact");
            sum += p.get("phi").asDouble();
        }
        assertEquals("Elizabeth", players.get(0).get("text").asText());
        assertEquals(sum, j.get("sum_phi").asDouble(), 1e-9);
        assertEquals(j.get("v_full").asDouble() - j.get("v_empty").asDouble(), j.get("sum_phi").asDouble(), 1e-6);
        assertEquals(256, j.get("evaluations").asInt());
        assertEquals(256 / AttributionSettings.DEFAULT_BATCH, j.get("model_calls").asInt(), "full batches");
        assertEquals("exact", j.get("method").asText());
        assertEquals("logprob", j.get("value").asText());
        assertEquals("remove", j.get("masking").asText());
    }

    @Test
    void samplingIsDeterministicForASeed() {
        String[] args = {"shapley", "--prompt", PROMPT, "--target", " and", "--method", "permutation", "--samples", "12",
                "--seed", "9", "--masking", "baseline", "--threads", "2", "--json"};
        CliRunner a = CliRunner.run(args), b = CliRunner.run(args);
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out(), "byte-identical output");
        JsonNode j = a.json();
        assertEquals(12, j.at("/meta/settings/samples").asInt());
        assertEquals(4095, j.at("/meta/settings/baseline_token").asInt(), "the demo model's EOS");
        assertEquals("permutation", j.get("method").asText());
        assertEquals("baseline", j.get("masking").asText());
        for (JsonNode p : j.get("players")) {
            assertTrue(p.get("stderr").isNumber());
        }
    }

    @Test
    void decisionPromptsWithOptions() {
        CliRunner r = CliRunner.run("shapley", "--prompt-file", sample("decisions.jsonl").toString(), "--options", "A|B",
                "--players", "sentences", "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(6, lines.size(), "one object per prompt");
        for (JsonNode j : lines) {
            assertEquals("choice", j.get("value").asText());
            assertEquals("A", j.at("/meta/settings/choice").asText());
            assertEquals(2, j.at("/meta/settings/options").size());
            assertTrue(j.get("players").size() >= 3, "two option sentences and the question");
            double full = j.get("v_full").asDouble();
            assertTrue(full > 0 && full < 1, "a share between the options");
        }
        CliRunner txt = CliRunner.run("shapley", "--prompt-file", sample("decisions.txt").toString(), "--options", "A|B",
                "--choice", "B", "--value", "logit-diff", "--players", "sentences", "--threads", "2", "--json");
        assertEquals(0, txt.code(), txt.err());
        assertEquals(6, txt.jsonLines().size());
        assertEquals("logit-diff", txt.jsonLines().get(0).get("value").asText());
    }

    @Test
    void manyPlayersDefaultToPermutationAndSpansAndPinsWork() {
        String prompt = "one two three four five six seven eight nine ten eleven twelve thirteen";
        JsonNode j = CliRunner.run("shapley", "--prompt", prompt, "--target", " and", "--samples", "4", "--json").json();
        assertEquals("permutation", j.get("method").asText(), "13 players: beyond exact's automatic limit");
        JsonNode spans = CliRunner.run("shapley", "--prompt", prompt, "--target", " and", "--players", "spans:0-7,8-18",
                "--pin", "0-3", "--json").json();
        assertEquals(2, spans.get("players").size());
        assertEquals("one two", spans.at("/players/0/text").asText());
        assertEquals("0-3", spans.at("/meta/settings/pin/0").asText());
        assertEquals("spans:0-7,8-18", spans.at("/meta/settings/players").asText());
    }

    @Test
    void readableSummary() {
        CliRunner r = CliRunner.run("shapley", "--prompt", "Emma was clever and", "--target", " rich");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("clever") && r.out().contains("v(∅)") && r.out().contains("Σφ"), r.out());
    }

    @Test
    void badInputs() {
        CliRunner none = CliRunner.run("shapley", "--prompt", "Emma was rich");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no target"), none.err());
        assertEquals(2, CliRunner.run("shapley", "--prompt", "Emma", "--target", "x", "--options", "A|B").code());
        assertEquals(2, CliRunner.run("shapley", "--prompt", "Emma", "--target", "x", "--players", "paragraphs").code());
        assertEquals(2, CliRunner.run("shapley", "--prompt", "Emma", "--target", "x", "--value", "odds").code());
        assertEquals(2, CliRunner.run("shapley", "--prompt", "Emma", "--target", "x", "--players", "spans:3").code());

        CliRunner empty = CliRunner.run("shapley", "--prompt", "Emma was rich", "--target", "");
        assertEquals(1, empty.code());
        assertTrue(empty.err().startsWith("error: ") && empty.err().contains("tokenises to nothing"), empty.err());
        assertEquals(1, empty.err().strip().lines().count(), "one line, no stack trace");

        String seventeen = "a b c d e f g h i j k l m n o p q";
        CliRunner many = CliRunner.run("shapley", "--prompt", seventeen, "--target", " r", "--method", "exact");
        assertEquals(1, many.code());
        assertTrue(many.err().contains("17 players") && many.err().contains("--method permutation"), many.err());

        CliRunner longPrompt = CliRunner.run("shapley", "--prompt", "the house ".repeat(200), "--target", " and");
        assertEquals(1, longPrompt.code());
        assertTrue(longPrompt.err().contains("context is 256"), longPrompt.err());

        CliRunner outside = CliRunner.run("shapley", "--prompt", "Emma", "--target", " x", "--players", "spans:0-50");
        assertEquals(1, outside.code());
        assertTrue(outside.err().contains("beyond the prompt"), outside.err());
    }
}
