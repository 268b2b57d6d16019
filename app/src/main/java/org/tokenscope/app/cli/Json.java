package org.tokenscope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.tokenscope.app.AppVersion;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.tokenize.Tokenizer;

/** The JSON conventions of the command line: meta block, token objects, null for non-finite numbers. */
public final class Json {
    /** Schubfach (Jackson's fast double writer) prints the shortest decimal that round-trips the double. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return F.objectNode();
    }

    static ArrayNode array() {
        return F.arrayNode();
    }

    /** A number, or null when it is not finite (log 0, 0/0). */
    static JsonNode num(double x) {
        return Double.isFinite(x) ? F.numberNode(x) : F.nullNode();
    }

    static ArrayNode ints(int[] values) {
        ArrayNode a = array();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** {@code "meta"} first, as every command's output starts. */
    static ObjectNode withMeta(String command, LanguageModel model, ObjectNode settings) {
        ObjectNode root = object();
        ObjectNode meta = root.putObject("meta");
        meta.put("schema", "tokenscope." + command + "/1");
        meta.put("version", AppVersion.get());
        ObjectNode m = meta.putObject("model");
        m.put("path", model.folder().onnxFile().toString());
        m.put("sha256", model.sha256());
        meta.set("settings", settings);
        return root;
    }

    /** {@code id}, {@code text} and {@code display} of a token; text fields are null without a tokenizer. */
    static ObjectNode token(ObjectNode into, LanguageModel model, int id) {
        into.put("id", id);
        Tokenizer t = model.tokenizer().orElse(null);
        if (t == null) {
            into.putNull("text");
            into.putNull("display");
        } else {
            into.put("text", t.tokenText(id));
            into.put("display", t.displayText(id));
        }
        return into;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code "meta"} first, for a command that ran no model (premium without the {@code model} tokenizer): model is null. */
    static ObjectNode withMeta(String command, ObjectNode settings) {
        ObjectNode root = object();
        ObjectNode meta = root.putObject("meta");
        meta.put("schema", "tokenscope." + command + "/1");
        meta.put("version", AppVersion.get());
        meta.putNull("model");
        meta.set("settings", settings);
        return root;
    }
}
