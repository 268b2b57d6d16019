package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both generations of cfg.json keys; the pre-6.0 folders carry the spec vector's weights. */
class SaeLensConfigTest {
    @TempDir Path dir;

    @Test
    void pre6TopKByActivationFnAndHookPoint() throws IOException {
        Sae sae = legacyFolder("pre6-topk");
        SaeConfig c = sae.config();
        assertEquals(Architecture.TOPK, c.architecture());
        assertEquals(2, c.k());
        assertEquals("blocks.0.hook_resid_pre", c.metadata().hookName());
        assertEquals("gpt2-small", c.metadata().modelName());
        assertEquals(128, c.metadata().contextSize());
        assertTrue(c.metadata().prependBos());
        assertArrayEquals(new float[] {1.1f, 0.5f, 3.5f}, sae.reconstruct(SpecVectors.X), 1e-6f);
    }

    @Test
    void pre6StandardWithBooleanNormalisationAndTorchDtype() throws IOException {
        Sae sae = legacyFolder("pre6-standard");
        SaeConfig c = sae.config();
        assertEquals(Architecture.STANDARD, c.architecture());
        assertEquals(Normalization.NONE, c.normalization());
        assertEquals(DType.F32, c.dtype());
        assertTrue(c.applyBDecToInput(), "default true");
        assertEquals("blocks.8.hook_resid_pre", c.metadata().hookName());
        assertFalse(c.metadata().prependBos());
        assertTrue(c.metadata().excludeSpecialTokens(), "a non-empty id list");
        assertArrayEquals(new float[] {1.4f, 1.0f, 3.9f}, sae.reconstruct(SpecVectors.X), 1e-6f);
    }

    @Test
    void currentLayoutRoundTrips() throws IOException {
        Sae sae = SpecVectors.sae(Architecture.TOPK, 2, null);
        SaeLensFormat.write(sae, dir, DType.F32, new float[] {-1, -2, -3, -10});
        JsonNode cfg = new ObjectMapper().readTree(dir.resolve("cfg.json").toFile());
        assertEquals("topk", cfg.get("architecture").asText());
        assertEquals(2, cfg.get("k").asInt());
        assertEquals("hidden_states.0", cfg.at("/metadata/hook_name").asText());
        assertEquals("6.0.0", cfg.at("/metadata/sae_lens_version").asText());
        SaeConfig back = SaeLensFormat.read(dir).config();
        assertEquals(sae.config(), back);
        assertArrayEquals(new float[] {-1, -2, -3, -10}, SaeLensFormat.readSparsity(dir).orElseThrow());
    }

    @Test
    void normalisationsUndoThemselves() {
        // with an identity-like SAE whose features pass everything through, decode(encode(x)) = x for each mode
        for (Normalization norm : Normalization.values()) {
            SaeConfig c = new SaeConfig(Architecture.STANDARD, 2, 4, DType.F32, true, norm, 0, false, 2.0,
                    SaeMetadata.empty());
            float[] wEnc = {1, -1, 0, 0, 0, 0, 1, -1};
            float[] wDec = {1, 0, -1, 0, 0, 1, 0, -1};
            Sae sae = new Sae(c, wEnc, new float[4], wDec, new float[] {0.25f, -0.5f}, null);
            float[] x = {3f, -1.5f};
            assertArrayEquals(x, sae.reconstruct(x), 1e-5f, norm.name());
        }
    }

    private Sae legacyFolder(String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        try (InputStream in = getClass().getResourceAsStream("/sae/" + name + "/cfg.json")) {
            Files.copy(in, folder.resolve("cfg.json"));
        }
        Sae weights = SpecVectors.sae(Architecture.STANDARD, 0, null);
        SaeLensFormat.write(weights, dir.resolve("tmp"), DType.F32, null);
        Files.copy(dir.resolve("tmp/sae_weights.safetensors"), folder.resolve("sae_weights.safetensors"));
        return SaeLensFormat.read(folder);
    }
}
