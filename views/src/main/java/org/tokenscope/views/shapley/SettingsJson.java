package org.tokenscope.views.shapley;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.attribution.AttributionSettings;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.host.attribution.Span;
import org.tokenscope.host.attribution.ValueKind;

/**
 * Attribution settings in the project file, in the command line's words ({@code "players": "words"},
 * {@code "masking": "filler"}, spans as {@code "0-5"}), so a section reads like the command that repeats it.
 * Automatic choices are written {@code "auto"}. Unreadable values fall back to the defaults: a hand-edited
 * file opens rather than failing.
 */
final class SettingsJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SettingsJson() {
    }

    static ObjectNode write(AttributionSettings s) {
        ObjectNode n = F.objectNode();
        n.put("players", s.granularity().label());
        n.set("spans", spans(s.spans()));
        n.set("pin", spans(s.pins()));
        if (s.target() != null) {
            n.put("target", s.target());
        }
        if (!s.options().isEmpty()) {
            ArrayNode o = n.putArray("options");
            s.options().forEach(o::add);
            n.put("choice", s.choice());
        }
        n.put("value", s.value() == null ? "auto" : s.value().label());
        n.put("masking", s.masking().label());
        if (s.baselineToken() != null) {
            n.put("baseline_token", s.baselineToken());
        }
        n.put("filler", s.filler());
        n.put("method", s.method() == null ? "auto" : s.method().label());
        n.put("samples", s.samples());
        n.put("seed", s.seed());
        n.put("max_seconds", s.maxSeconds());
        return n;
    }

    static AttributionSettings read(JsonNode n) {
        AttributionSettings.Builder b = AttributionSettings.builder()
                .granularity(granularity(n.path("players").asText("words")))
                .spans(spans(n.path("spans")))
                .pins(spans(n.path("pin")))
                .target(n.hasNonNull("target") ? n.get("target").asText() : null)
                .options(strings(n.path("options")))
                .choice(n.hasNonNull("choice") ? n.get("choice").asText() : null)
                .value(value(n.path("value").asText("auto")))
                .masking(masking(n.path("masking").asText("remove")))
                .baselineToken(n.hasNonNull("baseline_token") ? n.get("baseline_token").asInt() : null)
                .filler(n.path("filler").asText(AttributionSettings.DEFAULT_FILLER))
                .method(method(n.path("method").asText("auto")))
                .samples(Math.max(0, n.path("samples").asLong(0)))
                .seed(n.path("seed").asLong(0))
                .maxSeconds(Math.max(0, n.path("max_seconds").asDouble(0)));
        return b.build();
    }

    static ArrayNode spans(List<Span> spans) {
        ArrayNode a = F.arrayNode();
        spans.forEach(s -> a.add(s.toString()));
        return a;
    }

    static List<Span> spans(JsonNode a) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : a) {
            try {
                out.addAll(Span.parseList(s.asText()));
            } catch (IllegalArgumentException e) {
                // a malformed span is dropped; the others still describe the game
            }
        }
        return out;
    }

    static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(s -> out.add(s.asText()));
        return out;
    }

    static Granularity granularity(String label) {
        for (Granularity g : Granularity.values()) {
            if (g.label().equals(label)) {
                return g;
            }
        }
        return Granularity.WORDS;
    }

    static ValueKind value(String label) {
        try {
            return ValueKind.ofLabel(label);
        } catch (IllegalArgumentException e) {
            return null; // "auto"
        }
    }

    static MaskingKind masking(String label) {
        try {
            return MaskingKind.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return MaskingKind.REMOVE;
        }
    }

    static Method method(String label) {
        try {
            return Method.valueOf(label.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // "auto"
        }
    }
}
