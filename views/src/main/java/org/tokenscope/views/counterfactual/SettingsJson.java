package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.TrialFormula;

/**
 * The {@code sampler} and {@code cautious} blocks of a panel section, in the shape the stepper's section uses
 * too, so the factual run can be taken from the stepper's settings. Missing fields take the defaults.
 */
public final class SettingsJson {
    private SettingsJson() {
    }

    /** Settings from {@code section}: prompt text, else {@code prompts[prompt_index]}; sampler; cautious when enabled. */
    public static FactualSettings read(JsonNode section, List<String> prompts) {
        FactualSettings d = FactualSettings.DEFAULT;
        String prompt = section.path("prompt").asText("");
        int index = section.path("prompt_index").asInt(-1);
        if (prompt.isEmpty() && index >= 0 && index < prompts.size()) {
            prompt = prompts.get(index);
        }
        JsonNode s = section.path("sampler");
        long seed = s.path("seed").asLong(d.sampler().seed());
        SamplerSettings sampler = new SamplerSettings(s.path("temperature").asDouble(d.sampler().temperature()),
                s.path("top_k").asInt(d.sampler().topK()), s.path("top_p").asDouble(d.sampler().topP()),
                s.path("min_p").asDouble(d.sampler().minP()), seed);
        return new FactualSettings(prompt, sampler, cautious(section.path("cautious")), s.path("max_tokens").asInt(d.maxTokens()),
                s.path("stop_at_eos").asBoolean(d.stopAtEos()), section.path("interventional_seed").asLong(seed + 1),
                section.path("top_alternatives").asInt(d.topN()));
    }

    private static CautiousSettings cautious(JsonNode c) {
        if (!c.path("enabled").asBoolean(false)) {
            return null;
        }
        CautiousSettings d = CautiousSettings.DEFAULT;
        return new CautiousSettings(c.path("h_low").asDouble(d.hLow()), c.path("h_high").asDouble(d.hHigh()),
                c.path("max_trials").asInt(d.maxTrials()), TrialFormula.of(c.path("trial_formula").asText(d.formula().label())),
                Punctuation.Mode.of(c.path("punctuation").asText(d.punctuation().label())));
    }

    /** Writes the settings into {@code section}, keeping fields it does not own. */
    public static void write(ObjectNode section, FactualSettings s, List<String> prompts) {
        int index = prompts.indexOf(s.prompt());
        if (index >= 0) {
            section.put("prompt_index", index);
        } else {
            section.remove("prompt_index");
        }
        section.put("prompt", s.prompt());
        ObjectNode sampler = section.withObjectProperty("sampler");
        sampler.put("seed", s.sampler().seed());
        sampler.put("temperature", s.sampler().temperature());
        sampler.put("top_k", s.sampler().topK());
        sampler.put("top_p", s.sampler().topP());
        sampler.put("min_p", s.sampler().minP());
        sampler.put("max_tokens", s.maxTokens());
        sampler.put("stop_at_eos", s.stopAtEos());
        ObjectNode c = section.withObjectProperty("cautious");
        c.put("enabled", s.cautious() != null);
        CautiousSettings cs = s.cautious() != null ? s.cautious() : CautiousSettings.DEFAULT;
        c.put("h_low", cs.hLow());
        c.put("h_high", cs.hHigh());
        c.put("max_trials", cs.maxTrials());
        c.put("trial_formula", cs.formula().label());
        c.put("punctuation", cs.punctuation().label());
        section.put("interventional_seed", s.interventionalSeed());
        section.put("top_alternatives", s.topN());
    }
}
