package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A counterfactual section made from the Stepper's section (its format is in {@code samples/projects/README.md}):
 * the prompt and settings, and when the Stepper holds a run ({@code trace}), that run's ids as the factual run
 * to regenerate and check. Read from the JSON, so this panel does not depend on the Stepper's classes.
 */
public final class StepperImport {
    private StepperImport() {
    }

    /** The section to restore; a stepper run stopped early is fine, its ids need only be a prefix of the regenerated run. */
    public static ObjectNode section(JsonNode stepper) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode trace = stepper.path("trace");
        JsonNode from = trace.isObject() ? trace : stepper;
        copy(stepper, out, "prompt_index");
        copy(from.has("prompt") ? from : stepper, out, "prompt");
        copy(from.has("sampler") ? from : stepper, out, "sampler");
        copy(from.has("cautious") ? from : stepper, out, "cautious");
        JsonNode topN = trace.path("top_alternatives").isNumber() ? trace.get("top_alternatives")
                : stepper.path("overlay").path("top_alternatives");
        if (topN.isNumber()) {
            out.put("top_alternatives", topN.asInt());
        }
        if (trace.path("prompt_ids").isArray() && trace.path("steps").isArray()) {
            ObjectNode f = out.putObject("factual");
            f.set("prompt_ids", trace.get("prompt_ids").deepCopy());
            ArrayNode ids = f.putArray("ids");
            trace.get("steps").forEach(s -> ids.add(s.path("id").asInt()));
            f.put("text", trace.path("text").asText(""));
        }
        return out;
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field).deepCopy());
        }
    }
}
