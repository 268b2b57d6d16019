package org.tokenscope.host.sae;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code cfg.json} of an SAELens folder, in both generations of keys. SAELens 6 keeps model facts in a
 * {@code metadata} object; older files keep them at the top level, name the tap {@code hook_point}, and mark a
 * TopK SAE by {@code activation_fn_str: "topk"} with {@code activation_fn_kwargs.k}.
 */
public final class SaeLensConfig {
    /**
     * SAELens ≥ 6 migrates a config as pre-6.0 unless its metadata names version ≥ 6, so files we write say
     * 6.0.0: the layout we write is the 6.0 layout.
     */
    static final String SAE_LENS_FORMAT_VERSION = "6.0.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SaeLensConfig() {
    }

    public static SaeConfig parse(JsonNode cfg, String where) {
        if (cfg == null || !cfg.isObject()) {
            throw new SaeException(where + " is not a JSON object");
        }
        JsonNode meta = cfg.path("metadata").isObject() ? cfg.get("metadata")
                : cfg.path("meta").isObject() ? cfg.get("meta") : cfg; // pre-6.0: metadata at the top level
        String activationFn = text(cfg, "activation_fn", text(cfg, "activation_fn_str", "relu"));
        String archName = text(cfg, "architecture", "standard");
        int k = cfg.path("k").asInt(0);
        if (activationFn.equals("topk") && !archName.equals("jumprelu")) {
            archName = "topk";
            if (k <= 0) {
                k = cfg.path("activation_fn_kwargs").path("k").asInt(0);
            }
        }
        Architecture arch = Architecture.of(archName, where);
        if (!cfg.path("d_in").canConvertToInt() || !cfg.path("d_sae").canConvertToInt()) {
            throw new SaeException(where + " lacks d_in or d_sae: not an SAELens cfg.json");
        }
        JsonNode norm = cfg.path("normalize_activations");
        Normalization normalization = norm.isBoolean() // SAELens < 3: a flag meaning expected_average_only_in
                ? (norm.asBoolean() ? Normalization.EXPECTED_AVERAGE_ONLY_IN : Normalization.NONE)
                : Normalization.of(norm.isNull() || norm.isMissingNode() ? "none" : norm.asText(), where);
        JsonNode exclude = meta.path("exclude_special_tokens");
        SaeMetadata metadata = new SaeMetadata(
                text(meta, "model_name", null),
                text(meta, "hook_name", text(meta, "hook_point", text(cfg, "hook_name", text(cfg, "hook_point", null)))),
                meta.path("context_size").asInt(-1),
                meta.path("prepend_bos").isBoolean() ? Boolean.valueOf(meta.get("prepend_bos").asBoolean()) : null,
                exclude.isBoolean() ? Boolean.valueOf(exclude.asBoolean()) : exclude.isArray() ? Boolean.valueOf(exclude.size() > 0) : null,
                text(meta, "dataset_path", null),
                text(meta, "training_architecture", null));
        return new SaeConfig(arch, cfg.get("d_in").asInt(), cfg.get("d_sae").asInt(), DType.ofTorchName(text(cfg, "dtype", "float32")),
                cfg.path("apply_b_dec_to_input").asBoolean(true), normalization, arch == Architecture.TOPK ? k : 0,
                cfg.path("rescale_acts_by_decoder_norm").asBoolean(false),
                cfg.path("norm_scaling_factor").isNumber() ? cfg.get("norm_scaling_factor").asDouble() : Double.NaN,
                metadata);
    }

    /** The SAELens 6 layout: inference keys at the top, model facts under {@code metadata}. */
    public static ObjectNode toJson(SaeConfig c) {
        ObjectNode root = JSON.createObjectNode();
        root.put("architecture", c.architecture().saeLensName());
        root.put("d_in", c.dIn());
        root.put("d_sae", c.dSae());
        root.put("dtype", c.dtype().torchName());
        root.put("device", "cpu");
        root.put("apply_b_dec_to_input", c.applyBDecToInput());
        root.put("normalize_activations", c.normalization().saeLensName());
        root.put("reshape_activations", "none");
        if (c.architecture() == Architecture.TOPK) {
            root.put("k", c.k());
            root.put("rescale_acts_by_decoder_norm", c.rescaleActsByDecoderNorm());
        }
        if (!Double.isNaN(c.normScalingFactor())) {
            root.put("norm_scaling_factor", c.normScalingFactor());
        }
        SaeMetadata m = c.metadata();
        ObjectNode meta = root.putObject("metadata");
        putIfPresent(meta, "model_name", m.modelName());
        putIfPresent(meta, "hook_name", m.hookName());
        if (m.contextSize() > 0) {
            meta.put("context_size", m.contextSize());
        }
        if (m.prependBos() != null) {
            meta.put("prepend_bos", m.prependBos());
        }
        if (m.excludeSpecialTokens() != null) {
            meta.put("exclude_special_tokens", m.excludeSpecialTokens());
        }
        putIfPresent(meta, "dataset_path", m.datasetPath());
        putIfPresent(meta, "training_architecture", m.trainingArchitecture());
        meta.put("sae_lens_version", SAE_LENS_FORMAT_VERSION);
        meta.put("sae_lens_training_version", SAE_LENS_FORMAT_VERSION);
        return root;
    }

    private static void putIfPresent(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static String text(JsonNode n, String key, String fallback) {
        JsonNode v = n.path(key);
        return v.isTextual() ? v.asText() : fallback;
    }
}
