package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code generate --cautious}: the step fields of the command-line spec. */
class CautiousGenerateTest {

    private static List<Integer> ids(JsonNode run) {
        List<Integer> out = new ArrayList<>();
        run.get("steps").forEach(s -> out.add(s.get("id").asInt()));
        return out;
    }

    @Test
    void cautiousStepsCarryTrialsDetailsAndInTrialFlags() {
        CliRunner r = CliRunner.run("generate", "--prompt", "\"I am sure,\" said she,", "--max-tokens", "40", "--seed", "3",
                "--cautious", "--max-trials", "5", "--h-low", "0.01", "--h-high", "1.5", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        JsonNode s = j.at("/meta/settings");
        assertTrue(s.get("cautious").asBoolean());
        assertEquals(5, s.get("max_trials").asInt());
        assertEquals("code", s.get("trial_formula").asText());
        assertEquals("text", s.get("punctuation").asText());
        JsonNode steps = j.get("steps");
        assertTrue(steps.get(0).has("trials"), "the first token opens a step");
        for (int i = 0; i < steps.size(); ) {
            JsonNode head = steps.get(i);
            int n = head.get("trials").asInt();
            assertTrue(n >= 1 && n <= 5);
            if (n == 1) {
                assertTrue(!head.has("trial_details") && !head.has("chosen_trial"));
                i++;
                continue;
            }
            JsonNode details = head.get("trial_details");
            assertEquals(n, details.size());
            int chosen = head.get("chosen_trial").asInt();
            JsonNode win = details.get(chosen);
            for (JsonNode d : details) {
                assertTrue(win.get("ppl").asDouble() <= d.get("ppl").asDouble());
                assertEquals(d.get("ids").size(), d.get("probs").size());
            }
            for (int k = 0; k < win.get("ids").size(); k++) {
                JsonNode st = steps.get(i + k);
                assertEquals(win.get("ids").get(k).asInt(), st.get("id").asInt());
                assertEquals(k > 0, st.has("in_trial"), "in_trial marks the winning trial's later tokens");
            }
            i += win.get("ids").size();
        }
    }

    @Test
    void maxTrialsOneEqualsPlainSampling() {
        String[] common = {"generate", "--prompt", "Anne", "--max-tokens", "30", "--seed", "11", "--top-p", "0.9",
                "--threads", "1", "--json"};
        JsonNode plain = CliRunner.run(common).json();
        String[] cautious = java.util.Arrays.copyOf(common, common.length + 3);
        cautious[common.length] = "--cautious";
        cautious[common.length + 1] = "--max-trials";
        cautious[common.length + 2] = "1";
        JsonNode one = CliRunner.run(cautious).json();
        assertEquals(ids(plain), ids(one));
        one.get("steps").forEach(st -> assertEquals(1, st.get("trials").asInt()));
    }

    @Test
    void badCautiousSettingsAreUsageErrors() {
        assertEquals(2, CliRunner.run("generate", "--prompt", "a", "--cautious", "--trial-formula", "magic").code());
        assertEquals(2, CliRunner.run("generate", "--prompt", "a", "--cautious", "--h-low", "2", "--h-high", "1").code());
        assertEquals(2, CliRunner.run("generate", "--prompt", "a", "--cautious", "--punctuation", "commas").code());
    }
}
