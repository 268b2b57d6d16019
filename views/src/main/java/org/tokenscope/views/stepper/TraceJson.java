package org.tokenscope.views.stepper;

import static org.tokenscope.views.stepper.SettingsJson.F;
import static org.tokenscope.views.stepper.SettingsJson.num;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.decode.CautiousInfo;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Stage;
import org.tokenscope.host.decode.StageSummary;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;

/**
 * A {@link Run} as JSON, losslessly: the settings it was made with, the prompt ids, every step with its
 * noise key (index, trial), all five stage summaries and its CNTP trials, and the display texts of the ids.
 * A stage that left the distribution unchanged (an inactive warper) is written as {@code {"stage": name}} alone
 * and read back as a copy of the stage before it. The format is documented in samples/projects/README.md.
 */
public final class TraceJson {
    private TraceJson() {
    }

    public static ObjectNode write(Run run) {
        Trace t = run.trace();
        ObjectNode n = F.objectNode();
        n.put("prompt", run.prompt());
        n.set("prompt_ids", ints(t.promptIds()));
        n.set("sampler", SettingsJson.sampler(t.sampler(), t.maxTokens(), t.stopAtEos()));
        n.set("cautious", t.cautious() == null ? SettingsJson.cautious(CautiousSettings.DEFAULT, false)
                : SettingsJson.cautious(t.cautious(), true));
        n.put("top_alternatives", run.topN());
        n.put("stop", t.stop());
        n.put("text", run.text());
        ArrayNode steps = n.putArray("steps");
        t.steps().forEach(s -> steps.add(step(s)));
        ObjectNode texts = n.putObject("texts");
        run.texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> texts.put(String.valueOf(e.getKey()), e.getValue()));
        return n;
    }

    private static ObjectNode step(Step s) {
        ObjectNode n = F.objectNode();
        n.put("index", s.index());
        n.put("id", s.id());
        n.put("trial", s.trial());
        if (s.inTrial()) {
            n.put("in_trial", true);
        }
        ArrayNode stages = n.putArray("stages");
        StageSummary previous = null;
        for (StageSummary st : s.stages()) {
            ObjectNode o = stages.addObject();
            o.put("stage", st.stage().label());
            if (!sameValues(previous, st)) {
                o.set("entropy", num(st.entropy()));
                o.set("prob", num(st.prob()));
                o.put("rank", st.rank());
                o.set("top_ids", ints(st.topIds()));
                ArrayNode probs = o.putArray("top_probs");
                for (double p : st.topProbs()) {
                    probs.add(num(p));
                }
            }
            previous = st;
        }
        if (s.cautious() != null) {
            CautiousInfo c = s.cautious();
            ObjectNode o = n.putObject("cautious");
            o.set("entropy", num(c.entropy()));
            o.put("trials", c.trials());
            o.put("chosen", c.chosen());
            ArrayNode details = o.putArray("details");
            for (CautiousInfo.Trial trial : c.details()) {
                ObjectNode d = details.addObject();
                d.set("ids", ints(trial.ids()));
                ArrayNode probs = d.putArray("probs");
                for (double p : trial.probs()) {
                    probs.add(num(p));
                }
                d.set("ppl", num(trial.ppl()));
            }
        }
        return n;
    }

    private static boolean sameValues(StageSummary a, StageSummary b) {
        return a != null && Double.compare(a.entropy(), b.entropy()) == 0 && Double.compare(a.prob(), b.prob()) == 0
                && a.rank() == b.rank() && Arrays.equals(a.topIds(), b.topIds()) && Arrays.equals(a.topProbs(), b.topProbs());
    }

    /** Reads a run written by {@link #write}; IllegalArgumentException when the object is not one. */
    public static Run read(JsonNode n) {
        if (!n.path("steps").isArray() || !n.path("prompt_ids").isArray()) {
            throw new IllegalArgumentException("a stepper trace needs \"prompt_ids\" and \"steps\" arrays");
        }
        JsonNode sampler = n.path("sampler");
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : n.path("steps")) {
            steps.add(step(s));
        }
        Trace t = new Trace(SettingsJson.sampler(sampler), SettingsJson.cautious(n.path("cautious")), SettingsJson.maxTokens(sampler),
                SettingsJson.stopAtEos(sampler), ints(n.path("prompt_ids")), steps, n.path("stop").asText(Trace.RUNNING));
        Map<Integer, String> texts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("texts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            texts.put(Integer.parseInt(e.getKey()), e.getValue().asText());
        }
        return new Run(n.path("prompt").asText(""), t, n.path("text").asText(""), texts, n.path("top_alternatives").asInt(10));
    }

    private static Step step(JsonNode n) {
        List<StageSummary> stages = new ArrayList<>();
        StageSummary previous = null;
        for (JsonNode o : n.path("stages")) {
            Stage stage = stage(o.path("stage").asText());
            StageSummary st = o.has("prob") || previous == null
                    ? new StageSummary(stage, num(o.get("entropy")), num(o.get("prob")), o.path("rank").asInt(),
                            ints(o.path("top_ids")), doubles(o.path("top_probs")))
                    : new StageSummary(stage, previous.entropy(), previous.prob(), previous.rank(), previous.topIds(),
                            previous.topProbs());
            stages.add(st);
            previous = st;
        }
        CautiousInfo cautious = null;
        JsonNode c = n.get("cautious");
        if (c != null && c.isObject()) {
            List<CautiousInfo.Trial> details = new ArrayList<>();
            for (JsonNode d : c.path("details")) {
                details.add(new CautiousInfo.Trial(ints(d.path("ids")), doubles(d.path("probs")), num(d.get("ppl"))));
            }
            cautious = new CautiousInfo(num(c.get("entropy")), c.path("trials").asInt(1), details, c.path("chosen").asInt(0));
        }
        return new Step(n.path("index").asInt(), n.path("id").asInt(), n.path("trial").asInt(), stages, cautious,
                n.path("in_trial").asBoolean(false));
    }

    private static Stage stage(String label) {
        for (Stage s : Stage.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sampler stage \"" + label + "\"");
    }

    static ArrayNode ints(int[] values) {
        ArrayNode a = F.arrayNode();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    private static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = num(a.get(i));
        }
        return out;
    }
}
