package org.tokenscope.views.shapley;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.attribution.AttributionResult;
import org.tokenscope.host.attribution.Estimate;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.host.attribution.Player;

/**
 * One run in the project file: the prompt, the settings used, and per player its text, span, token positions,
 * φ, standard error and surprisal, with the command line's names ({@code v_empty}, {@code sum_phi}, ...). It
 * holds everything the panel and the report show, so neither needs the model to show a saved run.
 * Non-finite numbers (the exact estimator's standard errors) are null.
 */
final class RunJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RunJson() {
    }

    static ObjectNode write(ShapleyRun run) {
        AttributionResult r = run.result();
        ObjectNode n = F.objectNode();
        n.put("prompt", run.prompt());
        n.put("state", run.state() == ShapleyRun.State.CANCELLED ? "cancelled" : "done");
        n.set("settings", SettingsJson.write(r.settings()));
        n.put("method", r.method().label());
        n.put("value", r.value());
        n.put("masking", r.masking());
        double[] phi = r.phi();
        double[] se = r.estimate().stderr();
        double[] info = run.surprisals();
        ArrayNode players = n.putArray("players");
        for (Player p : r.players()) {
            ObjectNode o = players.addObject();
            o.put("index", p.index());
            o.put("text", p.text());
            o.put("start", p.start());
            o.put("end", p.end());
            ArrayNode pos = o.putArray("positions");
            for (int i : p.positions()) {
                pos.add(i);
            }
            number(o, "phi", phi[p.index()]);
            number(o, "stderr", r.method() == Method.EXACT ? Double.NaN : se[p.index()]);
            number(o, "surprisal", info == null ? Double.NaN : info[p.index()]);
        }
        number(n, "v_empty", r.vEmpty());
        number(n, "v_full", r.vFull());
        number(n, "sum_phi", r.sumPhi());
        n.put("samples", r.estimate().samples());
        n.put("stop", r.estimate().stop().name().toLowerCase(Locale.ROOT));
        n.put("evaluations", r.evaluations());
        n.put("model_calls", r.modelCalls());
        number(n, "seconds", r.seconds());
        return n;
    }

    /** The run, or null when the node is not one (a hand-edited file loses that run, not the project). */
    static ShapleyRun read(JsonNode n) {
        if (n == null || !n.isObject() || !n.path("players").isArray() || n.path("players").isEmpty()) {
            return null;
        }
        List<Player> players = new ArrayList<>();
        JsonNode ps = n.get("players");
        double[] phi = new double[ps.size()];
        double[] se = new double[ps.size()];
        double[] info = new double[ps.size()];
        boolean anyInfo = false;
        for (int i = 0; i < ps.size(); i++) {
            JsonNode p = ps.get(i);
            int[] pos = new int[p.path("positions").size()];
            for (int k = 0; k < pos.length; k++) {
                pos[k] = p.get("positions").get(k).asInt();
            }
            players.add(new Player(i, p.path("text").asText(""), p.path("start").asInt(), p.path("end").asInt(), pos));
            phi[i] = number(p.get("phi"));
            se[i] = number(p.get("stderr"));
            info[i] = number(p.get("surprisal"));
            anyInfo |= !Double.isNaN(info[i]);
        }
        Method method = SettingsJson.method(n.path("method").asText(""));
        Estimate e = new Estimate(phi, method == Method.EXACT ? new double[phi.length] : se, number(n.get("v_empty")),
                number(n.get("v_full")), n.path("samples").asLong(0), stop(n.path("stop").asText("complete")));
        AttributionResult r = new AttributionResult(players, e, method == null ? Method.EXACT : method,
                n.path("value").asText(""), n.path("masking").asText(""), n.path("evaluations").asLong(0),
                n.path("model_calls").asLong(0), number(n.get("seconds")), SettingsJson.read(n.path("settings")));
        ShapleyRun.State state = "cancelled".equals(n.path("state").asText()) ? ShapleyRun.State.CANCELLED : ShapleyRun.State.DONE;
        return new ShapleyRun(n.path("prompt").asText(""), r, anyInfo ? info : null, state);
    }

    private static Estimate.Stop stop(String s) {
        try {
            return Estimate.Stop.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Estimate.Stop.COMPLETE;
        }
    }

    private static void number(ObjectNode n, String name, double v) {
        if (Double.isFinite(v)) {
            n.put(name, v);
        } else {
            n.putNull(name);
        }
    }

    private static double number(JsonNode n) {
        return n == null || !n.isNumber() ? Double.NaN : n.asDouble();
    }
}
