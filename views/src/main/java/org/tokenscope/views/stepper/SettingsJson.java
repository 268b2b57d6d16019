package org.tokenscope.views.stepper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.TrialFormula;

/**
 * The {@code sampler} and {@code cautious} blocks of the stepper's project section, shared by the panel's
 * settings and by every saved run. Missing fields take the defaults of {@code generate}, so a hand-written
 * section needs only what it changes.
 */
final class SettingsJson {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SettingsJson() {
    }

    /** {@code {"seed", "temperature", "top_k", "top_p", "min_p", "max_tokens", "stop_at_eos"}}. */
    static ObjectNode sampler(SamplerSettings s, int maxTokens, boolean stopAtEos) {
        ObjectNode n = F.objectNode();
        n.put("seed", s.seed());
        n.put("temperature", s.temperature());
        n.put("top_k", s.topK());
        n.put("top_p", s.topP());
        n.put("min_p", s.minP());
        n.put("max_tokens", maxTokens);
        n.put("stop_at_eos", stopAtEos);
        return n;
    }

    static SamplerSettings sampler(JsonNode n) {
        SamplerSettings d = SamplerSettings.DEFAULT;
        return new SamplerSettings(n.path("temperature").asDouble(d.temperature()), n.path("top_k").asInt(d.topK()),
                n.path("top_p").asDouble(d.topP()), n.path("min_p").asDouble(d.minP()), n.path("seed").asLong(d.seed()));
    }

    static int maxTokens(JsonNode sampler) {
        return sampler.path("max_tokens").asInt(48);
    }

    static boolean stopAtEos(JsonNode sampler) {
        return sampler.path("stop_at_eos").asBoolean(true);
    }

    /** {@code {"enabled", "h_low", "h_high", "max_trials", "trial_formula", "punctuation"}}; values kept when off. */
    static ObjectNode cautious(CautiousSettings c, boolean enabled) {
        ObjectNode n = F.objectNode();
        n.put("enabled", enabled);
        n.put("h_low", c.hLow());
        n.put("h_high", c.hHigh());
        n.put("max_trials", c.maxTrials());
        n.put("trial_formula", c.formula().label());
        n.put("punctuation", c.punctuation().label());
        return n;
    }

    /** The CNTP values of a block, whether enabled or not. */
    static CautiousSettings cautiousValues(JsonNode n) {
        CautiousSettings d = CautiousSettings.DEFAULT;
        return new CautiousSettings(n.path("h_low").asDouble(d.hLow()), n.path("h_high").asDouble(d.hHigh()),
                n.path("max_trials").asInt(d.maxTrials()), TrialFormula.of(n.path("trial_formula").asText(d.formula().label())),
                Punctuation.Mode.of(n.path("punctuation").asText(d.punctuation().label())));
    }

    /** The CNTP settings of a block, null when it is missing or disabled. */
    static CautiousSettings cautious(JsonNode n) {
        return n.path("enabled").asBoolean(false) ? cautiousValues(n) : null;
    }

    /** A number, or null when it is not finite (the command line's convention). */
    static JsonNode num(double x) {
        return Double.isFinite(x) ? F.numberNode(x) : F.nullNode();
    }

    /** A number written by {@link #num}: null reads back as NaN. */
    static double num(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? Double.NaN : n.asDouble();
    }
}
