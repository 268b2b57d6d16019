package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.sae.Architecture;
import org.tokenscope.host.sae.DType;
import org.tokenscope.host.sae.Sae;
import org.tokenscope.host.sae.SaeConfig;
import org.tokenscope.host.sae.SaeLensFormat;
import org.tokenscope.host.sae.SaeMetadata;

/** sae encode, train and features end to end, at sizes a test can afford. */
class SaeCommandTest {
    @TempDir Path dir;

    /** sae.md's vector as a TopK (k = 2) SAELens folder. */
    private Path specSae() {
        SaeConfig cfg = SaeConfig.of(Architecture.TOPK, 3, 4, 2, new SaeMetadata(null, "hidden_states.2", -1, null, null, null, null));
        Sae sae = new Sae(cfg, new float[] {1, 0, 0, 1, 0, 1, 0, -1, 0, 0, 1, 0.5f}, new float[] {0.1f, -1, 0.5f, 0.25f},
                new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0.6f, 0, 0.8f}, new float[] {0.5f, 0.5f, 0.5f}, null);
        Path folder = dir.resolve("spec-sae");
        SaeLensFormat.write(sae, folder, DType.F32, null);
        return folder;
    }

    @Test
    void encodeTheSpecVector() throws IOException {
        Path input = Files.writeString(dir.resolve("x.json"), "[[1, 2, 3], [0, 0, 0]]");
        CliRunner r = CliRunner.run("sae", "encode", "--sae", specSae().toString(), "--input", input.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("tokenscope.sae.encode/1", j.at("/meta/schema").asText());
        assertTrue(j.at("/meta/model").isNull());
        assertEquals("topk", j.at("/meta/settings/architecture").asText());
        JsonNode first = j.get("results").get(0);
        assertEquals(2, first.get("features").get(0).get("index").asInt());
        assertEquals(3.0, first.get("features").get(0).get("value").asDouble());
        assertEquals(0, first.get("features").get(1).get("index").asInt());
        assertEquals(0.6, first.get("features").get(1).get("value").asDouble(), "shortest decimal of the float");
        assertEquals("[1.1,0.5,3.5]", first.get("reconstruction").toString());
    }

    @Test
    void encodeRefusesBadInput() throws IOException {
        Path input = Files.writeString(dir.resolve("x.json"), "[[1, 2]]");
        CliRunner r = CliRunner.run("sae", "encode", "--sae", specSae().toString(), "--input", input.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: vector 0") && r.err().contains("d_in = 3"), r.err());
        Path truncated = specSae();
        Path w = truncated.resolve(SaeLensFormat.WEIGHTS);
        Files.write(w, java.util.Arrays.copyOf(Files.readAllBytes(w), 20));
        CliRunner t = CliRunner.run("sae", "encode", "--sae", truncated.toString(), "--input", input.toString());
        assertEquals(1, t.code());
        assertEquals(1, t.err().strip().lines().count(), t.err());
        assertTrue(t.err().contains("beyond the end of the file") || t.err().contains("truncated"), t.err());
    }

    @Test
    void trainThenListFeatures() {
        Path out = dir.resolve("topk");
        String[] train = {"sae", "train", "--tap", "hidden_states.2", "--arch", "topk", "--d-sae", "48", "--k", "4",
            "--tokens", "1280", "--batch-size", "128", "--out", out.toString(), "--threads", "2", "--json"};
        CliRunner r = CliRunner.run(train);
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("tokenscope.sae.train/1", j.at("/meta/schema").asText());
        assertEquals("topk", j.get("architecture").asText());
        assertEquals(1280, j.get("tokens").asLong());
        assertTrue(j.get("l0").asDouble() <= 4);
        assertTrue(j.get("normalized_mse").asDouble() > 0 && j.get("normalized_mse").asDouble() < 1.5, j.toString());
        assertTrue(j.get("dead_fraction").asDouble() >= 0 && j.get("dead_fraction").asDouble() <= 1);
        assertEquals(out.toString(), j.get("out").asText());
        assertEquals(out.toString(), j.at("/meta/settings/out").asText());
        assertEquals(0, j.at("/meta/settings/seed").asLong());
        assertTrue(Files.isRegularFile(out.resolve("sparsity.safetensors")));
        String[] again = java.util.Arrays.copyOf(train, train.length + 1);
        again[train.length] = "--force"; // the folder now holds an SAE: replacing it takes --force
        assertEquals(r.out(), CliRunner.run(again).out().replace("\"force\":true", "\"force\":false"),
                "same command, same output");

        CliRunner f = CliRunner.run("sae", "features", "--sae", out.toString(), "--tokens", "400", "--top", "2", "--threads", "2", "--json");
        assertEquals(0, f.code(), f.err());
        JsonNode features = f.json().get("features");
        assertEquals("tokenscope.sae.features/1", f.json().at("/meta/schema").asText());
        assertEquals(48, features.size());
        JsonNode some = features.get(0);
        for (String field : new String[] {"index", "density", "max_activation", "top_contexts", "top_logits", "bottom_logits"}) {
            assertTrue(some.has(field), field);
        }
        assertEquals(2, some.get("top_logits").size());
        for (JsonNode feature : features) {
            if (feature.get("density").asDouble() > 0) {
                JsonNode c = feature.get("top_contexts").get(0);
                assertEquals(c.get("tokens").size(), c.get("activations").size());
                assertTrue(c.get("tokens").get(0).has("display"));
            }
        }
    }

    @Test
    void mutualChoiceSavesAJumpReluWithItsTrainingArchitecture() throws IOException {
        Path out = dir.resolve("mc");
        CliRunner r = CliRunner.run("sae", "train", "--tap", "hidden_states.2", "--arch", "mutual-choice", "--d-sae", "48",
                "--k", "4", "--tokens", "640", "--batch-size", "128", "--out", out.toString(), "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("mutual-choice", r.json().get("architecture").asText());
        String cfg = Files.readString(out.resolve("cfg.json"));
        assertTrue(cfg.contains("\"jumprelu\"") && cfg.contains("\"mutual-choice\""), cfg);
    }

    @Test
    void usageAndModelMismatches() {
        CliRunner badArch = CliRunner.run("sae", "train", "--tap", "hidden_states.2", "--arch", "gated", "--d-sae", "8", "--k", "2",
                "--tokens", "100", "--out", dir.resolve("x").toString());
        assertEquals(2, badArch.code(), badArch.err());
        CliRunner badTap = CliRunner.run("sae", "train", "--tap", "blocks.2.hook_resid_post", "--arch", "topk", "--d-sae", "8",
                "--k", "2", "--tokens", "100", "--out", dir.resolve("y").toString());
        assertEquals(1, badTap.code());
        assertTrue(badTap.err().contains("hidden_states.2"), badTap.err());
        CliRunner width = CliRunner.run("sae", "features", "--sae", specSae().toString(), "--tokens", "10");
        assertEquals(1, width.code());
        assertTrue(width.err().contains("d_in = 3") && width.err().contains("width 192"), width.err());
    }
}
