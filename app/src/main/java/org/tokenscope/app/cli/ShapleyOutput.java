package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.attribution.AttributionResult;
import org.tokenscope.host.attribution.AttributionSettings;
import org.tokenscope.host.attribution.Player;
import org.tokenscope.host.model.LanguageModel;

/** The shapley command's output: the JSON object of the command-line spec, or a readable table. */
final class ShapleyOutput {
    private ShapleyOutput() {
    }

    static ObjectNode json(LanguageModel model, String prompt, String players, List<String> pins, AttributionResult r) {
        ObjectNode root = Json.withMeta("shapley", model, settings(model, prompt, players, pins, r.settings()));
        ArrayNode list = root.putArray("players");
        double[] phi = r.phi(), se = r.stderr();
        for (Player p : r.players()) {
            ObjectNode n = list.addObject();
            n.put("index", p.index());
            n.put("text", p.text());
            n.put("start", p.start());
            n.put("end", p.end());
            n.set("phi", Json.num(phi[p.index()]));
            n.set("stderr", Json.num(se[p.index()])); // NaN (exact, or a single sample) prints as null
        }
        root.set("v_empty", Json.num(r.vEmpty()));
        root.set("v_full", Json.num(r.vFull()));
        root.set("sum_phi", Json.num(r.sumPhi()));
        root.put("evaluations", r.evaluations());
        root.put("model_calls", r.modelCalls());
        root.put("method", r.method().label());
        root.put("value", r.value());
        root.put("masking", r.masking());
        return root;
    }

    /** Every effective setting: automatic choices resolved, defaults included. */
    private static ObjectNode settings(LanguageModel model, String prompt, String players, List<String> pins, AttributionSettings s) {
        ObjectNode n = Json.object();
        n.put("prompt", prompt);
        n.put("target", s.target());
        if (s.options().isEmpty()) {
            n.putNull("options");
        } else {
            n.set("options", Json.strings(s.options()));
        }
        n.put("choice", s.choice());
        n.put("value", s.value().label());
        n.put("players", players);
        n.set("pin", Json.strings(s.pins().stream().map(Object::toString).toList()));
        n.put("method", s.method().label());
        if (s.samples() > 0) {
            n.put("samples", s.samples());
        } else {
            n.putNull("samples");
        }
        n.put("masking", s.masking().label());
        n.put("baseline_token", s.baselineToken());
        n.put("filler", s.filler());
        n.put("seed", s.seed());
        n.set("max_seconds", s.maxSeconds() > 0 ? Json.num(s.maxSeconds()) : Json.F.nullNode());
        n.put("threads", model.threads());
        n.put("variant", model.folder().variant().label());
        return n;
    }

    static String summary(LanguageModel model, String prompt, AttributionResult r) {
        StringBuilder b = new StringBuilder();
        b.append("model:    ").append(model.name()).append('\n');
        b.append("prompt:   ").append(prompt.replace("\n", "\n          ")).append('\n');
        AttributionSettings s = r.settings();
        b.append("value:    ").append(r.value()).append(s.target() != null ? " of \"" + s.target() + "\""
                : " of \"" + s.choice() + "\" among " + String.join("|", s.options())).append('\n');
        b.append("masking:  ").append(r.masking()).append(", method: ").append(r.method().label())
                .append(s.samples() > 0 ? " (" + r.estimate().samples() + " samples)" : "").append("\n\n");
        b.append(String.format(Locale.ROOT, "%5s  %-24s %10s %10s%n", "index", "player", "phi", "stderr"));
        double[] phi = r.phi(), se = r.stderr();
        for (Player p : r.players()) {
            String text = p.text().replace("\n", "↵");
            b.append(String.format(Locale.ROOT, "%5d  %-24s %10.4f %10s%n", p.index(),
                    text.length() > 24 ? text.substring(0, 23) + "…" : text, phi[p.index()],
                    Double.isNaN(se[p.index()]) ? "-" : String.format(Locale.ROOT, "%.4f", se[p.index()])));
        }
        b.append(String.format(Locale.ROOT, "%nv(∅) %.4f, v(N) %.4f, Σφ %.4f (v(N) − v(∅) %.4f)%n", r.vEmpty(), r.vFull(),
                r.sumPhi(), r.vFull() - r.vEmpty()));
        b.append(String.format(Locale.ROOT, "%d coalitions evaluated in %d model calls, %.2f s%n", r.evaluations(),
                r.modelCalls(), r.seconds()));
        return b.toString();
    }
}
