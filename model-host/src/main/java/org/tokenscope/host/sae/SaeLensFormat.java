package org.tokenscope.host.sae;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SAELens folders: {@code cfg.json}, {@code sae_weights.safetensors} (W_enc [d_in, d_sae], b_enc, W_dec [d_sae, d_in],
 * b_dec, threshold for jumprelu) and optionally {@code sparsity.safetensors} (one tensor {@code sparsity} =
 * log10(firing frequency + 1e-10)). What we write, SAELens's {@code SAE.load_from_disk} reads.
 */
public final class SaeLensFormat {
    public static final String CFG = "cfg.json";
    public static final String WEIGHTS = "sae_weights.safetensors";
    public static final String SPARSITY = "sparsity.safetensors";
    /** A cfg.json is a few hundred bytes; anything over this is not one. */
    static final long CFG_LIMIT = 16L << 20;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SaeLensFormat() {
    }

    public static Sae read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SaeException("SAE folder not found: " + dir + " (give the folder holding cfg.json and " + WEIGHTS + ")");
        }
        Path cfgFile = dir.resolve(CFG), weightsFile = dir.resolve(WEIGHTS);
        if (!Files.isRegularFile(cfgFile) || !Files.isRegularFile(weightsFile)) {
            throw new SaeException(dir + " is not an SAELens folder: it needs " + CFG + " and " + WEIGHTS);
        }
        JsonNode cfgJson;
        try {
            cfgJson = JSON.readTree(SaeFiles.readBytes(cfgFile, "cfg.json", CFG_LIMIT));
        } catch (IOException e) {
            throw new SaeException(cfgFile + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        SaeConfig cfg = SaeLensConfig.parse(cfgJson, cfgFile.toString());
        SafetensorsFile st = SafetensorsFile.open(weightsFile);
        int d = cfg.dIn(), n = cfg.dSae();
        float[] wEnc = tensor(st, "W_enc", d, n);
        float[] bEnc = tensor(st, "b_enc", n);
        float[] wDec = tensor(st, "W_dec", n, d);
        float[] bDec = tensor(st, "b_dec", d);
        float[] threshold = null;
        if (cfg.architecture() == Architecture.JUMPRELU) {
            threshold = jumpThreshold(st, cfgJson, n);
        }
        foldFinetuningScale(st, wDec, n, d);
        requireFinite(st, "W_enc", wEnc, n);
        requireFinite(st, "b_enc", bEnc, n);
        requireFinite(st, "W_dec", wDec, d);
        requireFinite(st, "b_dec", bDec, d);
        if (threshold != null) {
            requireFinite(st, "threshold", threshold, n);
        }
        return new Sae(cfg, wEnc, bEnc, wDec, bDec, threshold);
    }

    /** The log10 densities of {@code sparsity.safetensors}, when the folder has one. */
    public static Optional<float[]> readSparsity(Path dir) {
        Path f = dir.resolve(SPARSITY);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        return Optional.of(SafetensorsFile.open(f).floats("sparsity"));
    }

    /** Writes the folder (created if needed); tensors stored as {@code storage}. {@code logSparsity} may be null. */
    public static void write(Sae sae, Path dir, DType storage, float[] logSparsity) {
        SaeConfig c = sae.config();
        int d = c.dIn(), n = c.dSae();
        List<SafetensorsWriter.Entry> tensors = new ArrayList<>(List.of(
                new SafetensorsWriter.Entry("W_enc", storage, new long[] {d, n}, sae.wEnc),
                new SafetensorsWriter.Entry("b_enc", storage, new long[] {n}, sae.bEnc),
                new SafetensorsWriter.Entry("W_dec", storage, new long[] {n, d}, sae.wDec),
                new SafetensorsWriter.Entry("b_dec", storage, new long[] {d}, sae.bDec)));
        if (sae.threshold != null) {
            tensors.add(new SafetensorsWriter.Entry("threshold", storage, new long[] {n}, sae.threshold));
        }
        try {
            Files.createDirectories(dir);
            SafetensorsWriter.write(dir.resolve(WEIGHTS), tensors, Map.of("format", "pt"));
            if (logSparsity != null) {
                SafetensorsWriter.write(dir.resolve(SPARSITY),
                        List.of(new SafetensorsWriter.Entry("sparsity", DType.F32, new long[] {n}, logSparsity)), Map.of("format", "pt"));
            } else {
                Files.deleteIfExists(dir.resolve(SPARSITY)); // a replaced SAE's densities describe other features
            }
            Path tmp = AtomicFiles.tempBeside(dir.resolve(CFG));
            JSON.writeValue(tmp.toFile(), SaeLensConfig.toJson(c));
            AtomicFiles.moveIntoPlace(tmp, dir.resolve(CFG));
        } catch (IOException e) {
            throw new SaeException("cannot write the SAE folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static float[] tensor(SafetensorsFile st, String name, long... shape) {
        TensorInfo info = st.info(name).orElseThrow(() -> new SaeException(st.path().getFileName() + " has no tensor " + name
                + " (it has " + String.join(", ", st.names()) + "): not an SAELens SAE"));
        if (!Arrays.equals(info.shape(), shape)) {
            throw new SaeException("tensor " + name + " has shape " + info.shapeText() + " but cfg.json (d_in, d_sae) needs "
                    + Arrays.toString(shape) + ": the weights do not match the config");
        }
        return st.floats(name);
    }

    /** Refuses NaN and ±∞ weights, naming the first one: "W_enc holds NaN at [3, 17]". */
    private static void requireFinite(SafetensorsFile st, String name, float[] values, int columns) {
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!Float.isFinite(v)) {
                String at = name.startsWith("W_") ? "[" + i / columns + ", " + i % columns + "]" : "[" + i + "]";
                throw new SaeException(name + " holds " + (Float.isNaN(v) ? "NaN" : v > 0 ? "+∞" : "−∞") + " at " + at
                        + " in " + st.path().getFileName() + ": the SAE is broken (its training diverged or the file is "
                        + "corrupt); retrain or re-export it");
            }
        }
    }

    /** Whether {@code dir} holds an SAE (a cfg.json or weights file) that writing there would replace. */
    public static boolean holdsSae(Path dir) {
        return Files.exists(dir.resolve(CFG)) || Files.exists(dir.resolve(WEIGHTS)) || Files.exists(dir.resolve(SPARSITY));
    }

    /** {@code threshold}, else exp({@code log_threshold}), else a scalar {@code jump_relu_threshold} from the config. */
    private static float[] jumpThreshold(SafetensorsFile st, JsonNode cfg, int n) {
        if (st.info("threshold").isPresent()) {
            return tensor(st, "threshold", n);
        }
        if (st.info("log_threshold").isPresent()) {
            float[] t = tensor(st, "log_threshold", n);
            for (int i = 0; i < n; i++) {
                t[i] = (float) Math.exp(t[i]);
            }
            return t;
        }
        if (cfg.path("jump_relu_threshold").isNumber()) {
            float[] t = new float[n];
            Arrays.fill(t, (float) cfg.get("jump_relu_threshold").asDouble());
            return t;
        }
        throw new SaeException(st.path().getFileName() + " has no threshold tensor, which a jumprelu SAE needs");
    }

    /** Older SAELens files may carry a per-feature {@code scaling_factor} applied to activations before decoding. */
    private static void foldFinetuningScale(SafetensorsFile st, float[] wDec, int n, int d) {
        if (st.info("scaling_factor").isEmpty()) {
            return;
        }
        float[] s = tensor(st, "scaling_factor", n);
        for (int f = 0; f < n; f++) {
            for (int i = 0; i < d; i++) {
                wDec[f * d + i] *= s[f];
            }
        }
    }
}
