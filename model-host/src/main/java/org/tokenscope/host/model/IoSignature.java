package org.tokenscope.host.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detected input and output names of a decoder graph, their element types and its cache layout,
 * read from the session's metadata (with names overridable by genai_config.json), never assumed.
 *
 * @param pastKeys    per layer, the cache input holding keys (or both halves for the combined layout)
 * @param pastValues  per layer, the value input (null entries for the combined layout)
 * @param seqlensK    GroupQueryAttention's {@code seqlens_k} when the graph takes it as an input (int32
 *                    [batch]: each row's total length minus one), else null
 * @param totalSequenceLength GroupQueryAttention's {@code total_sequence_length} input (int32 scalar), else null
 */
public record IoSignature(TensorSpec inputIds, TensorSpec attentionMask, TensorSpec positionIds,
        TensorSpec useCacheBranch, TensorSpec seqlensK, TensorSpec totalSequenceLength, CacheLayout layout, List<String> pastKeys, List<String> pastValues,
        List<String> presentKeys, List<String> presentValues, ElementType cacheType, int kvHeads, int headDim,
        String logits, ElementType logitsType, long logitsWidth, List<TensorSpec> taps,
        List<TensorSpec> inputs, List<TensorSpec> outputs) {

    public int layers() {
        return pastKeys.size();
    }

    /** Reads the signature; refuses graphs whose inputs cannot be mapped, naming what was found. */
    static IoSignature detect(Map<String, TensorSpec> in, Map<String, TensorSpec> out, ModelFolder folder,
            ModelConfig config) {
        JsonNode names = folder.genaiConfig().path("model").path("decoder");
        JsonNode inNames = names.path("inputs");
        JsonNode outNames = names.path("outputs");
        TensorSpec ids = in.get(inNames.path("input_ids").asText("input_ids"));
        if (ids == null) {
            throw new ModelException("cannot use this model: no input_ids input; its inputs are " + in.keySet());
        }
        TensorSpec mask = in.get(inNames.path("attention_mask").asText("attention_mask"));
        TensorSpec pos = in.get(inNames.path("position_ids").asText("position_ids"));
        TensorSpec branch = in.get("use_cache_branch");
        TensorSpec seqlensK = in.get(inNames.path("seqlens_k").asText("seqlens_k"));
        TensorSpec totalLength = in.get(inNames.path("total_sequence_length").asText("total_sequence_length"));

        Map<Integer, String> pk = match(in, pattern(inNames.path("past_key_names").asText(null), "past_key_values.%d.key"));
        Map<Integer, String> pv = match(in, pattern(inNames.path("past_value_names").asText(null), "past_key_values.%d.value"));
        Map<Integer, String> pc = match(in, pattern(inNames.path("past_names").asText(null), "past_%d"));
        Map<Integer, String> ok = match(out, pattern(outNames.path("present_key_names").asText(null), "present.%d.key"));
        Map<Integer, String> ov = match(out, pattern(outNames.path("present_value_names").asText(null), "present.%d.value"));
        Map<Integer, String> oc = match(out, pattern(outNames.path("present_names").asText(null), "present_%d"));

        CacheLayout layout;
        List<String> pastKeys = new ArrayList<>(), pastValues = new ArrayList<>();
        List<String> presentKeys = new ArrayList<>(), presentValues = new ArrayList<>();
        int kvHeads, headDim;
        ElementType cacheType = null;
        if (!pk.isEmpty()) {
            layout = CacheLayout.SEPARATE;
            requireContiguous(pk, pv, ok, ov, in.keySet());
            pk.values().forEach(pastKeys::add);
            pv.values().forEach(pastValues::add);
            ok.values().forEach(presentKeys::add);
            ov.values().forEach(presentValues::add);
            TensorSpec first = in.get(pastKeys.get(0));
            cacheType = first.type();
            kvHeads = dimOr(first, 1, config.kvHeads());
            headDim = dimOr(first, 3, config.headDim());
        } else if (!pc.isEmpty()) {
            layout = CacheLayout.COMBINED;
            requireContiguous(pc, pc, oc, oc, in.keySet());
            pc.values().forEach(pastKeys::add);
            oc.values().forEach(presentKeys::add);
            pc.values().forEach(x -> pastValues.add(null));
            oc.values().forEach(x -> presentValues.add(null));
            TensorSpec first = in.get(pastKeys.get(0));
            cacheType = first.type();
            kvHeads = dimOr(first, 2, config.kvHeads());
            headDim = dimOr(first, 4, config.headDim());
        } else {
            layout = CacheLayout.NONE;
            kvHeads = config.kvHeads();
            headDim = config.headDim();
        }
        if (layout != CacheLayout.NONE && (kvHeads <= 0 || headDim <= 0)) {
            throw new ModelException("cannot size the cache: the graph leaves heads or head size symbolic and no "
                    + "config.json/genai_config.json gives num_key_value_heads and head_dim");
        }
        List<String> unknown = new ArrayList<>();
        for (String name : in.keySet()) {
            boolean known = name.equals(ids.name()) || (mask != null && name.equals(mask.name()))
                    || (pos != null && name.equals(pos.name())) || (branch != null && name.equals(branch.name()))
                    || (seqlensK != null && name.equals(seqlensK.name()))
                    || (totalLength != null && name.equals(totalLength.name()))
                    || pastKeys.contains(name) || pastValues.contains(name);
            if (!known) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ModelException("cannot use this model: unrecognised inputs " + unknown + "; its inputs are "
                    + in.keySet());
        }
        String logitsName = outNames.path("logits").asText("logits");
        TensorSpec logits = out.get(logitsName);
        if (logits == null) {
            throw new ModelException("cannot use this model: no logits output; its outputs are " + out.keySet());
        }
        // Cache outputs are never taps, also where no past input pairs with them (Optimum's decoder_model.onnx).
        java.util.Set<String> cacheOutputs = new java.util.HashSet<>();
        for (Map<Integer, String> m : List.of(ok, ov, oc)) {
            cacheOutputs.addAll(m.values());
        }
        List<TensorSpec> taps = new ArrayList<>();
        for (TensorSpec o : out.values()) {
            if (!o.name().equals(logitsName) && !cacheOutputs.contains(o.name())) {
                taps.add(o);
            }
        }
        return new IoSignature(ids, mask, pos, branch, seqlensK, totalLength, layout, pastKeys, pastValues, presentKeys, presentValues,
                cacheType, kvHeads, headDim, logitsName, logits.type(), logits.dim(logits.rank() - 1), taps,
                List.copyOf(in.values()), List.copyOf(out.values()));
    }

    private static Pattern pattern(String configured, String fallback) {
        String p = configured == null ? fallback : configured;
        String[] parts = p.split("%d", -1);
        if (parts.length != 2) {
            throw new ModelException("genai_config.json name pattern '" + p + "' must contain one %d");
        }
        return Pattern.compile(Pattern.quote(parts[0]) + "(\\d+)" + Pattern.quote(parts[1]));
    }

    private static Map<Integer, String> match(Map<String, TensorSpec> specs, Pattern p) {
        Map<Integer, String> found = new TreeMap<>();
        for (String name : specs.keySet()) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                found.put(Integer.parseInt(m.group(1)), name);
            }
        }
        return found;
    }

    private static void requireContiguous(Map<Integer, String> a, Map<Integer, String> b, Map<Integer, String> c,
            Map<Integer, String> d, Object inputs) {
        int n = a.size();
        for (Map<Integer, String> m : List.of(a, b, c, d)) {
            if (m.size() != n || (n > 0 && ((TreeMap<Integer, String>) m).lastKey() != n - 1)) {
                throw new ModelException("cannot use this model: cache inputs and outputs do not pair up layer by "
                        + "layer; its inputs are " + inputs);
            }
        }
    }

    private static int dimOr(TensorSpec s, int i, int fallback) {
        long d = s.dim(i);
        return d > 0 ? (int) d : fallback;
    }

    /** Name → spec, preserving the session's order. */
    static Map<String, TensorSpec> index(List<TensorSpec> specs) {
        Map<String, TensorSpec> m = new LinkedHashMap<>();
        specs.forEach(s -> m.put(s.name(), s));
        return m;
    }
}
