package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The counterfactual section of a project file (the format is documented in {@code samples/projects/README.md}):
 * the factual run's settings and ids, the branch tree, and the last sweep. Writing starts from the section as
 * it was read, so fields this version does not know survive a save.
 */
public final class SectionCodec {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SectionCodec() {
    }

    /**
     * What the section holds.
     *
     * @param factual  the factual run's prompt ids and generated ids as saved, null when none was made
     * @param modelSha SHA-256 of the model the run was made with, null when not recorded
     */
    public record Saved(FactualSettings settings, SavedRun factual, Branches branches, SweepResult sweep, String modelSha) {
    }

    /** A run as saved: ids, and its text for readers of the file. */
    public record SavedRun(int[] promptIds, int[] ids, String text) {
    }

    /** Reads a section; throws IllegalArgumentException with a readable message when it is malformed. */
    public static Saved read(JsonNode section, List<String> prompts) {
        FactualSettings settings = SettingsJson.read(section, prompts);
        JsonNode f = section.path("factual");
        SavedRun factual = f.isObject() ? new SavedRun(BranchJson.ints(f.path("prompt_ids")), BranchJson.ints(f.path("ids")),
                f.path("text").asText("")) : null;
        Branches branches = BranchJson.read(section.path("branches"));
        String sha = section.path("model_sha256").isTextual() ? section.get("model_sha256").asText() : null;
        return new Saved(settings, factual, branches, sweep(section.path("sweep")), sha);
    }

    private static SweepResult sweep(JsonNode s) {
        if (!s.path("rows").isArray()) {
            return null;
        }
        List<SweepResult.Row> rows = new ArrayList<>();
        for (JsonNode r : s.get("rows")) {
            rows.add(new SweepResult.Row(r.path("id").asInt(), r.path("token").asText(""), r.path("prob_raw").asDouble(),
                    r.path("rank_raw").asInt(), r.path("first_divergence").isNumber() ? r.get("first_divergence").asInt() : null,
                    r.path("edit_distance").asInt(), r.path("text").asText("")));
        }
        Integer base = s.path("branch").isNumber() ? s.get("branch").asInt() : null;
        return new SweepResult(base, s.path("position").asInt(), s.path("top_m").asInt(rows.size()), rows);
    }

    /** The section for {@code saved}, written over a copy of {@code original} (null: a new section). */
    public static ObjectNode write(ObjectNode original, Saved saved, List<String> prompts) {
        ObjectNode out = original == null ? F.objectNode() : original.deepCopy();
        SettingsJson.write(out, saved.settings(), prompts);
        if (saved.modelSha() != null) {
            out.put("model_sha256", saved.modelSha());
        } else {
            out.remove("model_sha256");
        }
        if (saved.factual() != null) {
            ObjectNode f = out.putObject("factual");
            f.set("prompt_ids", BranchJson.ints(saved.factual().promptIds()));
            f.set("ids", BranchJson.ints(saved.factual().ids()));
            f.put("text", saved.factual().text());
        } else {
            out.remove("factual");
        }
        out.set("branches", BranchJson.write(saved.branches()));
        if (saved.sweep() != null) {
            out.set("sweep", sweep(saved.sweep()));
        } else {
            out.remove("sweep");
        }
        return out;
    }

    private static ObjectNode sweep(SweepResult s) {
        ObjectNode o = F.objectNode();
        if (s.baseNode() == null) {
            o.putNull("branch");
        } else {
            o.put("branch", s.baseNode());
        }
        o.put("position", s.position());
        o.put("top_m", s.topM());
        ArrayNode rows = o.putArray("rows");
        for (SweepResult.Row r : s.rows()) {
            ObjectNode row = rows.addObject();
            row.put("id", r.id());
            row.put("token", r.token());
            row.put("prob_raw", r.probRaw());
            row.put("rank_raw", r.rankRaw());
            if (r.firstDivergence() == null) {
                row.putNull("first_divergence");
            } else {
                row.put("first_divergence", r.firstDivergence());
            }
            row.put("edit_distance", r.editDistance());
            row.put("text", r.text());
        }
        return o;
    }
}
