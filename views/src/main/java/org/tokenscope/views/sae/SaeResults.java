package org.tokenscope.views.sae;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.tokenscope.host.sae.FeatureStats;
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.host.sae.LogitEffect;
import org.tokenscope.host.sae.Sae;
import org.tokenscope.host.sae.SaeMetrics;
import org.tokenscope.host.sae.StepMetrics;

/**
 * What the SAE panel keeps of its results in the project file, as plain values: the open SAE, its densest
 * features and the training runs with their curves. The panel's exports and the report are drawn from these
 * same values ({@link SaeExports}), so a saved project reports without the model and the SAE.
 */
public record SaeResults(SaeInfo sae, List<FeatureRow> features, List<RunRow> runs) {
    /** How many features (densest first) the project file keeps. */
    public static final int KEPT_FEATURES = 50;
    /** Points a saved training curve keeps at most (evenly spaced, last step included). */
    public static final int CURVE_POINTS = 200;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    public SaeResults {
        features = List.copyOf(features);
        runs = List.copyOf(runs);
    }

    /** The open SAE; {@code statsTokens} is 0 until the feature statistics are computed. */
    public record SaeInfo(String folder, String architecture, int dIn, int dSae, int k, String tap, int statsTokens,
            int deadFeatures) {
    }

    /** One feature of the list: density, activations and the tokens its decoder direction promotes most. */
    public record FeatureRow(int index, double density, double maxActivation, double meanActivation, String topLogits) {
        static FeatureRow of(FeatureSummary f) {
            return new FeatureRow(f.index(), f.density(), f.maxActivation(), f.meanActivation(),
                    f.topLogits().stream().limit(6).map(LogitEffect::display).collect(Collectors.joining(" ")));
        }
    }

    /** A training run: its settings, held-out metrics (NaN and -1 when cancelled) and curve. */
    public record RunRow(int number, String architecture, String tap, int dSae, int k, long tokensTrained,
            double seconds, boolean cancelled, double normalizedMse, double l0, int deadFeatures, List<StepMetrics> curve) {
        public RunRow {
            curve = List.copyOf(curve);
        }

        public String label() {
            return "#" + number + " " + architecture + " d_sae=" + dSae + " k=" + k;
        }

        static RunRow of(int number, SaeViewModel.TrainedRun run) {
            TrainingForm f = run.form();
            SaeMetrics h = run.result().heldOut();
            return new RunRow(number, f.architecture().cliName(), f.tap(), f.dSae(), f.k(), run.result().tokensTrained(),
                    run.result().seconds(), run.result().cancelled(), h == null ? Double.NaN : h.normalizedMse(),
                    h == null ? Double.NaN : h.l0(), h == null ? -1 : h.deadFeatures(), thin(run.result().curve(), CURVE_POINTS));
        }
    }

    /** The view model's results: the project's saved runs first, then the runs trained since. */
    public static SaeResults of(SaeViewModel vm) {
        Sae s = vm.saeProperty().get();
        FeatureStats stats = vm.statsProperty().get();
        SaeInfo info = null;
        List<FeatureRow> features = new ArrayList<>();
        if (s != null) {
            boolean current = stats != null && stats.sae() == s;
            info = new SaeInfo(vm.saePathProperty().get() == null ? "" : vm.saePathProperty().get().toString(),
                    s.config().architecture().saeLensName(), s.dIn(), s.dSae(), s.config().k(), vm.tapProperty().get(),
                    current ? stats.tokens() : 0, current ? stats.deadCount() : 0);
            if (current) {
                stats.features().stream().filter(f -> !f.isDead()).sorted(SaeViewModel.byDensity())
                        .limit(KEPT_FEATURES).map(FeatureRow::of).forEach(features::add);
            }
        }
        List<RunRow> runs = new ArrayList<>(vm.savedRuns());
        for (SaeViewModel.TrainedRun r : vm.runs()) {
            runs.add(RunRow.of(r.number(), r));
        }
        return new SaeResults(info, features, runs);
    }

    /** At most {@code max} steps, evenly spaced, the first and last included. */
    static List<StepMetrics> thin(List<StepMetrics> curve, int max) {
        if (curve.size() <= max) {
            return curve;
        }
        List<StepMetrics> out = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            out.add(curve.get((int) Math.round(i * (curve.size() - 1) / (double) (max - 1))));
        }
        return out;
    }

    // ----- JSON ------------------------------------------------------------------------------------------------

    public ObjectNode toJson() {
        ObjectNode n = F.objectNode();
        if (sae != null) {
            ObjectNode s = n.putObject("sae");
            s.put("folder", sae.folder());
            s.put("architecture", sae.architecture());
            s.put("dIn", sae.dIn());
            s.put("dSae", sae.dSae());
            s.put("k", sae.k());
            s.put("tap", sae.tap());
            s.put("statsTokens", sae.statsTokens());
            s.put("deadFeatures", sae.deadFeatures());
        }
        ArrayNode fs = n.putArray("features");
        for (FeatureRow f : features) {
            fs.addObject().put("index", f.index()).put("density", f.density()).put("maxActivation", f.maxActivation())
                    .put("meanActivation", f.meanActivation()).put("topLogits", f.topLogits());
        }
        ArrayNode rs = n.putArray("runs");
        for (RunRow r : runs) {
            ObjectNode o = rs.addObject();
            o.put("number", r.number()).put("architecture", r.architecture()).put("tap", r.tap()).put("dSae", r.dSae())
                    .put("k", r.k()).put("tokensTrained", r.tokensTrained()).put("seconds", r.seconds())
                    .put("cancelled", r.cancelled()).put("deadFeatures", r.deadFeatures());
            putFinite(o, "normalizedMse", r.normalizedMse());
            putFinite(o, "l0", r.l0());
            ArrayNode c = o.putArray("curve"); // [step, tokens, normalised MSE, L0, dead] per point
            for (StepMetrics m : r.curve()) {
                c.addArray().add(m.step()).add(m.tokens()).add(m.normalizedMse()).add(m.l0()).add(m.deadFeatures());
            }
        }
        return n;
    }

    private static void putFinite(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    /** Reads what {@link #toJson()} wrote; missing or malformed parts read as absent, never as an exception. */
    public static SaeResults fromJson(JsonNode n) {
        if (n == null || !n.isObject()) {
            return new SaeResults(null, List.of(), List.of());
        }
        JsonNode s = n.path("sae");
        SaeInfo info = s.isObject() ? new SaeInfo(s.path("folder").asText(""), s.path("architecture").asText("?"),
                s.path("dIn").asInt(), s.path("dSae").asInt(), s.path("k").asInt(), s.path("tap").asText(""),
                s.path("statsTokens").asInt(), s.path("deadFeatures").asInt()) : null;
        List<FeatureRow> features = new ArrayList<>();
        for (JsonNode f : n.path("features")) {
            if (f.path("index").isInt()) {
                features.add(new FeatureRow(f.path("index").asInt(), f.path("density").asDouble(),
                        f.path("maxActivation").asDouble(), f.path("meanActivation").asDouble(), f.path("topLogits").asText("")));
            }
        }
        List<RunRow> runs = new ArrayList<>();
        for (JsonNode r : n.path("runs")) {
            if (!r.path("number").isInt()) {
                continue;
            }
            List<StepMetrics> curve = new ArrayList<>();
            for (JsonNode p : r.path("curve")) {
                if (p.isArray() && p.size() == 5) {
                    curve.add(new StepMetrics(p.get(0).asInt(), p.get(1).asLong(), Double.NaN, p.get(2).asDouble(), 0,
                            p.get(3).asDouble(), p.get(4).asInt(), Double.NaN, Double.NaN));
                }
            }
            curve.sort(Comparator.comparingLong(StepMetrics::tokens));
            runs.add(new RunRow(r.path("number").asInt(), r.path("architecture").asText("?"), r.path("tap").asText(""),
                    r.path("dSae").asInt(), r.path("k").asInt(), r.path("tokensTrained").asLong(), r.path("seconds").asDouble(),
                    r.path("cancelled").asBoolean(), number(r.get("normalizedMse")), number(r.get("l0")),
                    r.path("deadFeatures").asInt(-1), curve));
        }
        return new SaeResults(info, features, runs);
    }

    private static double number(JsonNode n) {
        return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
    }
}
