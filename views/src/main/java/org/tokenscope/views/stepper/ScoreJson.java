package org.tokenscope.views.stepper;

import static org.tokenscope.views.stepper.SettingsJson.F;
import static org.tokenscope.views.stepper.SettingsJson.num;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.decode.Scorer;

/**
 * A {@link ScoreRun} as JSON, in the shape of the command line's {@code score} output (tokens with index, id,
 * prob, surprisal, entropy and rank; ppl; bits_per_byte; tokens_scored, windows and stride) plus the text, its context and the display texts.
 */
public final class ScoreJson {
    private ScoreJson() {
    }

    public static ObjectNode write(ScoreRun s) {
        ObjectNode n = F.objectNode();
        n.put("text", s.text());
        if (s.prompt() == null) {
            n.putNull("prompt");
        } else {
            n.put("prompt", s.prompt());
        }
        n.set("context_ids", TraceJson.ints(s.result().contextIds()));
        ArrayNode tokens = n.putArray("tokens");
        for (Scorer.Scored t : s.result().tokens()) {
            ObjectNode o = tokens.addObject();
            o.put("index", t.index());
            o.put("id", t.id());
            o.set("prob", num(t.prob()));
            o.set("surprisal", num(t.surprisal()));
            o.set("entropy", num(t.entropy()));
            o.put("rank", t.rank());
        }
        n.set("ppl", num(s.result().ppl()));
        n.set("bits_per_byte", num(s.result().bitsPerByte()));
        n.put("tokens_scored", s.result().tokens().size());
        n.put("windows", s.result().windows());
        n.put("stride", s.result().stride());
        ObjectNode texts = n.putObject("texts");
        s.texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> texts.put(String.valueOf(e.getKey()), e.getValue()));
        return n;
    }

    public static ScoreRun read(JsonNode n) {
        if (!n.path("tokens").isArray()) {
            throw new IllegalArgumentException("a stepper score needs a \"tokens\" array");
        }
        List<Scorer.Scored> tokens = new ArrayList<>();
        for (JsonNode o : n.path("tokens")) {
            double prob = num(o.get("prob"));
            double surprisal = o.hasNonNull("surprisal") ? o.get("surprisal").asDouble() : -Math.log(prob);
            tokens.add(new Scorer.Scored(o.path("index").asInt(), o.path("id").asInt(), prob, surprisal, num(o.get("entropy")),
                    o.path("rank").asInt()));
        }
        Scorer.Result r = new Scorer.Result(TraceJson.ints(n.path("context_ids")), tokens, num(n.get("ppl")),
                num(n.get("bits_per_byte")), n.path("windows").asInt(1), n.path("stride").asInt(0));
        Map<Integer, String> texts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("texts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            texts.put(Integer.parseInt(e.getKey()), e.getValue().asText());
        }
        String prompt = n.path("prompt").isTextual() ? n.path("prompt").asText() : null;
        return new ScoreRun(n.path("text").asText(""), prompt, r, texts);
    }
}
