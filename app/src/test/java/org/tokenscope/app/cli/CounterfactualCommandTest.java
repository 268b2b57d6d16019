package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code counterfactual}: the JSON contract and its bad inputs. */
class CounterfactualCommandTest {

    @Test
    void replacingAGeneratedToken() {
        CliRunner g = CliRunner.run("generate", "--prompt", "Anne had", "--max-tokens", "20", "--seed", "4", "--stop-at-eos",
                "false", "--threads", "1", "--json");
        JsonNode factualSteps = g.json().get("steps");
        int j = 6;
        int alt = factualSteps.get(j).get("top").get(0).get("id").asInt() == factualSteps.get(j).get("id").asInt()
                ? factualSteps.get(j).get("top").get(1).get("id").asInt() : factualSteps.get(j).get("top").get(0).get("id").asInt();
        CliRunner r = CliRunner.run("counterfactual", "--prompt", "Anne had", "--max-tokens", "20", "--seed", "4",
                "--stop-at-eos", "false", "--threads", "1", "--position", String.valueOf(j), "--token", String.valueOf(alt), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j1 = r.json();
        assertEquals("tokenscope.counterfactual/1", j1.at("/meta/schema").asText());
        assertEquals(5, j1.at("/meta/settings/interventional_seed").asLong());
        assertEquals(j, j1.get("position").asInt());
        assertEquals(alt, j1.at("/forced_ids/0").asInt());
        JsonNode f = j1.at("/factual/ids"), cf = j1.at("/counterfactual/ids"), in = j1.at("/interventional/ids");
        for (int i = 0; i < 20; i++) {
            assertEquals(factualSteps.get(i).get("id").asInt(), f.get(i).asInt(), "the factual run is generate's run");
        }
        for (int i = 0; i < j; i++) {
            assertEquals(f.get(i).asInt(), cf.get(i).asInt());
            assertEquals(f.get(i).asInt(), in.get(i).asInt());
        }
        assertEquals(alt, cf.get(j).asInt());
        assertEquals(j, j1.get("first_divergence").asInt());
        assertTrue(j1.get("edit_distance_cf").asInt() >= 1);
        assertEquals(Math.min(f.size(), cf.size()) - (j + 1), j1.get("kl").size());
    }

    @Test
    void replacingWithTheFactualTokenChangesNothing() {
        JsonNode g = CliRunner.run("generate", "--prompt", "Emma", "--max-tokens", "12", "--seed", "2", "--json").json();
        int tok = g.at("/steps/3/id").asInt();
        JsonNode r = CliRunner.run("counterfactual", "--prompt", "Emma", "--max-tokens", "12", "--seed", "2", "--position", "3",
                "--token", String.valueOf(tok), "--json").json();
        assertTrue(r.get("first_divergence").isNull());
        assertEquals(0, r.get("edit_distance_cf").asInt());
        assertEquals(r.at("/factual/text").asText(), r.at("/counterfactual/text").asText());
    }

    @Test
    void textReplacementAndPromptPosition() {
        JsonNode r = CliRunner.run("counterfactual", "--prompt", "Elizabeth walked to", "--max-tokens", "10", "--prompt-position", "1",
                "--text", " Jane", "--json").json();
        assertTrue(r.get("in_prompt").asBoolean());
        assertEquals(10, r.at("/kl").size() + (r.at("/counterfactual/ids").size() < 10 ? 10 - r.at("/counterfactual/ids").size() : 0));
    }

    @Test
    void badInputs() {
        CliRunner empty = CliRunner.run("counterfactual", "--prompt", "Emma", "--max-tokens", "5", "--position", "1", "--text", "");
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("tokenises to nothing"), empty.err());
        CliRunner beyond = CliRunner.run("counterfactual", "--prompt", "Emma", "--max-tokens", "5", "--position", "50", "--token", "7");
        assertEquals(1, beyond.code());
        assertTrue(beyond.err().contains("beyond the trace"), beyond.err());
        assertEquals(2, CliRunner.run("counterfactual", "--prompt", "Emma", "--token", "7").code(), "no position");
    }
}
