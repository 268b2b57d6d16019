package org.tokenscope.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps between the project file's JSON tree (current format) and {@link Project}. Written by hand rather than
 * by data binding so that every wrong field gets a message naming it, and every unknown field, at the top
 * level or inside {@code model}, lands in {@code extra} and goes back out in its place.
 */
final class ProjectCodec {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> TOP = Set.of("format_version", "title", "notes", "model", "prompts", "panels");
    private static final Set<String> MODEL = Set.of("path", "sha256", "embedded", "name");

    private ProjectCodec() {
    }

    /** {@code root} must already be migrated to the current format; {@code name} names the file in messages. */
    static Project fromTree(ObjectNode root, String name) {
        String title = optionalText(root, "title", name);
        String notes = optionalText(root, "notes", name);
        ModelReference model = model(root.get("model"), name);
        List<String> prompts = prompts(root.get("prompts"), name);
        Map<String, ObjectNode> panels = panels(root.get("panels"), name);
        ObjectNode extra = F.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!TOP.contains(e.getKey())) {
                extra.set(e.getKey(), e.getValue());
            }
        }
        return new Project(title, notes, model, prompts, panels, extra);
    }

    /** The tree to write: known fields first in a fixed order, then the unknown ones as they came. */
    static ObjectNode toTree(Project p) {
        ObjectNode root = F.objectNode();
        root.put("format_version", ProjectMigrations.CURRENT);
        p.title().ifPresent(t -> root.put("title", t));
        p.notes().ifPresent(n -> root.put("notes", n));
        p.model().ifPresent(m -> root.set("model", model(m)));
        ArrayNode prompts = root.putArray("prompts");
        p.prompts().forEach(prompts::add);
        ObjectNode panels = root.putObject("panels");
        p.sections().forEach((id, section) -> panels.set(id, section.deepCopy()));
        p.extraView().fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue().deepCopy()));
        return root;
    }

    private static ObjectNode model(ModelReference m) {
        ObjectNode n = F.objectNode();
        if (m.embedded()) {
            n.put("embedded", true);
        }
        if (m.path() != null) {
            n.put("path", m.path());
        }
        if (m.sha256() != null) {
            n.put("sha256", m.sha256());
        }
        if (m.name() != null) {
            n.put("name", m.name());
        }
        m.extra().fields().forEachRemaining(e -> n.set(e.getKey(), e.getValue()));
        return n;
    }

    private static ModelReference model(JsonNode n, String name) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new ProjectException(name + ": \"model\" must be an object {\"path\", \"sha256\"}, not " + kind(n));
        }
        ObjectNode o = (ObjectNode) n;
        JsonNode embeddedNode = o.get("embedded");
        if (embeddedNode != null && !embeddedNode.isBoolean()) {
            throw new ProjectException(name + ": \"model.embedded\" must be true or false");
        }
        boolean embedded = embeddedNode != null && embeddedNode.asBoolean();
        String path = optionalText(o, "path", name, "model.path");
        String sha = optionalText(o, "sha256", name, "model.sha256");
        if (sha != null && !sha.matches("[0-9a-fA-F]{64}")) {
            throw new ProjectException(name + ": \"model.sha256\" must be 64 hexadecimal digits");
        }
        if (!embedded && (path == null || path.isBlank())) {
            throw new ProjectException(name + ": \"model\" needs a \"path\" (or \"embedded\": true)");
        }
        ObjectNode extra = F.objectNode();
        o.fields().forEachRemaining(e -> {
            if (!MODEL.contains(e.getKey())) {
                extra.set(e.getKey(), e.getValue());
            }
        });
        return new ModelReference(path, sha == null ? null : sha.toLowerCase(java.util.Locale.ROOT), embedded,
                optionalText(o, "name", name, "model.name"), extra);
    }

    private static List<String> prompts(JsonNode n, String name) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new ProjectException(name + ": \"prompts\" must be a list of strings, not " + kind(n));
        }
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw new ProjectException(name + ": prompt " + (i + 1) + " must be a string, not " + kind(n.get(i)));
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    private static Map<String, ObjectNode> panels(JsonNode n, String name) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw new ProjectException(name + ": \"panels\" must be an object of panel sections, not " + kind(n));
        }
        n.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject()) {
                throw new ProjectException(name + ": \"panels." + e.getKey() + "\" must be an object, not " + kind(e.getValue()));
            }
            out.put(e.getKey(), (ObjectNode) e.getValue());
        });
        return out;
    }

    private static String optionalText(ObjectNode o, String field, String name) {
        return optionalText(o, field, name, field);
    }

    private static String optionalText(ObjectNode o, String field, String name, String path) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new ProjectException(name + ": \"" + path + "\" must be a string, not " + kind(n));
        }
        return n.asText();
    }

    /** "a number", "a list", ... for messages. */
    static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case STRING -> "a string";
            case NULL, MISSING -> "null";
            default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
