package org.tokenscope.host.sae;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.tokenscope.host.model.LanguageModel;

/**
 * A model's unembedding W_U [vocab][d] and the scale of its final layer norm, for logit effects. The demo model's
 * {@code config.json} says where they are ({@code "unembedding": {"file", "tensor", "final_norm": [weight, bias]}});
 * other folders are tried for a {@code lm_head.weight} in {@code model.safetensors}.
 *
 * @param normWeight the final norm's scale γ [d], or null
 * @param centered   whether the final norm subtracts the mean (a LayerNorm, which has a bias), so directions are
 *                   centred before the unembedding
 */
public record Unembedding(float[] weight, int vocab, int dIn, float[] normWeight, boolean centered) {

    public static Optional<Unembedding> of(LanguageModel model) {
        Path dir = model.folder().dir();
        JsonNode entry = model.folder().config().path("unembedding");
        if (entry.isObject() && entry.path("file").isTextual() && entry.path("tensor").isTextual()) {
            SafetensorsFile st = SafetensorsFile.open(
                    org.tokenscope.host.model.ModelFolder.inside(dir, entry.get("file").asText(), "config.json's unembedding"));
            JsonNode norm = entry.path("final_norm");
            float[] gamma = norm.isArray() && norm.size() > 0 ? st.floats(norm.get(0).asText()) : null;
            return Optional.of(read(st, entry.get("tensor").asText(), gamma, norm.isArray() && norm.size() > 1));
        }
        Path weights = dir.resolve("model.safetensors");
        if (Files.isRegularFile(weights)) {
            SafetensorsFile st = SafetensorsFile.open(weights);
            if (st.info("lm_head.weight").isPresent()) {
                return Optional.of(read(st, "lm_head.weight", null, false));
            }
        }
        return Optional.empty();
    }

    private static Unembedding read(SafetensorsFile st, String tensor, float[] gamma, boolean centered) {
        TensorInfo info = st.info(tensor).orElseThrow(() -> new SaeException(st.path() + " has no tensor " + tensor));
        if (info.shape().length != 2) {
            throw new SaeException("unembedding " + tensor + " has shape " + info.shapeText() + ", not [vocab, d]");
        }
        int vocab = (int) info.shape()[0], d = (int) info.shape()[1];
        if (gamma != null && gamma.length != d) {
            throw new SaeException("final norm weight has " + gamma.length + " values, the unembedding width is " + d);
        }
        return new Unembedding(st.floats(tensor), vocab, d, gamma, centered);
    }

    /** A residual-stream direction as the unembedding sees it: centred (LayerNorm) and scaled by γ. */
    float[] throughFinalNorm(float[] direction) {
        float[] v = Arrays.copyOf(direction, direction.length);
        if (centered) {
            double mean = 0;
            for (float x : v) {
                mean += x;
            }
            mean /= v.length;
            for (int i = 0; i < v.length; i++) {
                v[i] -= (float) mean;
            }
        }
        if (normWeight != null) {
            for (int i = 0; i < v.length; i++) {
                v[i] *= normWeight[i];
            }
        }
        return v;
    }
}
