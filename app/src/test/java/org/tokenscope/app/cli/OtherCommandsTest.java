package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tokenscope.app.AppVersion;

/** score, models inspect, --version and --help. */
class OtherCommandsTest {

    static Path fixture(String name) {
        return TestFixtures.folder("onnx-decoders/" + name);
    }

    @Test
    void versionAndHelp() {
        CliRunner v = CliRunner.run("--version");
        assertEquals(0, v.code());
        assertEquals("tokenscope " + AppVersion.get(), v.out().strip());
        assertTrue(AppVersion.get().matches("\\d+\\.\\d+\\.\\d+.*"), AppVersion.get());
        CliRunner h = CliRunner.run("--help");
        assertEquals(0, h.code());
        for (String c : new String[] {"generate", "score", "models"}) {
            assertTrue(h.out().contains(c), h.out());
            assertEquals(0, CliRunner.run(c, "--help").code());
        }
    }

    @Test
    void scoreIsConsistentWithItsOwnFigures() {
        String text = " said Mr. Bennet.";
        CliRunner r = CliRunner.run("score", "--text", text, "--prompt", "\"I cannot tell,\"", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("tokenscope.score/1", j.at("/meta/schema").asText());
        double nats = 0;
        StringBuilder decoded = new StringBuilder();
        for (JsonNode t : j.get("tokens")) {
            assertEquals(-Math.log(t.get("prob").asDouble()), t.get("surprisal").asDouble(), 1e-12);
            nats += t.get("surprisal").asDouble();
            decoded.append(t.get("text").asText());
        }
        int n = j.get("tokens").size();
        assertEquals(text, decoded.toString());
        assertEquals(Math.exp(nats / n), j.get("ppl").asDouble(), 1e-9);
        assertEquals(nats / Math.log(2) / text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                j.get("bits_per_byte").asDouble(), 1e-12);
    }

    /** Without --prompt the first token is scored after BOS: the same as generate's step-0 probability. */
    @Test
    void scoreAfterBosMatchesGeneratesFirstStep() {
        JsonNode g = CliRunner.run("generate", "--prompt-ids", "4095", "--max-tokens", "1", "--temperature", "1",
                "--threads", "1", "--json").json();
        int id = g.at("/steps/0/id").asInt();
        String text = g.at("/steps/0/text").asText();
        JsonNode s = CliRunner.run("score", "--text", text, "--threads", "1", "--json").json();
        if (s.get("tokens").size() == 1 && s.at("/tokens/0/id").asInt() == id) {
            assertEquals(g.at("/steps/0/prob_raw").asDouble(), s.at("/tokens/0/prob").asDouble(), 1e-6);
        }
        assertEquals(4095, s.at("/meta/settings/context_ids/0").asInt());
    }

    @Test
    void inspectReportsTheLegacyFixturesInt32InputsAndCombinedCache() {
        CliRunner r = CliRunner.run("models", "inspect", "--model", fixture("tiny-random-gpt2-legacy-past").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("tokenscope.models.inspect/1", j.at("/meta/schema").asText());
        for (JsonNode in : j.get("inputs")) {
            String name = in.get("name").asText();
            if (name.equals("input_ids") || name.equals("attention_mask") || name.equals("position_ids")) {
                assertEquals("int32", in.get("type").asText(), name);
            }
        }
        assertEquals("past_0", j.at("/inputs/3/name").asText());
        assertEquals("combined", j.at("/cache/layout").asText());
        assertEquals(5, j.at("/cache/layers").asInt());
        assertEquals(4, j.at("/cache/kv_heads").asInt());
        assertEquals(8, j.at("/cache/head_dim").asInt());
        assertEquals(50295, j.at("/vocab/tokenizer").asInt());
        assertEquals(1000, j.at("/vocab/logits").asInt());
        assertEquals(512, j.get("context_length").asInt());
        assertTrue(j.get("warnings").toString().contains("1000 logits"));
        assertEquals("past.onnx", j.at("/files/onnx").asText());
    }

    @Test
    void inspectTheDummyDecoderWithoutTokenizer() {
        JsonNode j = CliRunner.run("models", "inspect", "--model", fixture("dummy-decoder-int32").toString(), "--json").json();
        assertEquals("int32", j.at("/inputs/0/type").asText());
        assertEquals("int64", j.at("/inputs/1/type").asText());
        assertEquals("separate", j.at("/cache/layout").asText());
        assertTrue(j.at("/vocab/tokenizer").isNull());
        assertEquals("batch_size", j.at("/inputs/0/shape/0").asText());
    }

    @Test
    void inspectTheDemoModel() {
        JsonNode j = CliRunner.run("models", "inspect", "--json").json();
        assertEquals("separate", j.at("/cache/layout").asText());
        assertEquals("float32", j.at("/cache/type").asText());
        assertEquals(j.at("/cache/layers").asInt() + 1, j.get("taps").size());
        assertEquals("hidden_states.0", j.at("/taps/0/name").asText());
        assertEquals(j.at("/vocab/tokenizer").asInt(), j.at("/vocab/logits").asInt());
        assertEquals(0, j.get("warnings").size());
    }

    @Test
    void scoreRefusesEmptyText() {
        CliRunner r = CliRunner.run("score", "--text", "");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: empty --text"), r.err());
    }
}
