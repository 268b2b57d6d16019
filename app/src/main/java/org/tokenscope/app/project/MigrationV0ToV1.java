package org.tokenscope.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Format 0, the prototype's files, had no {@code format_version}, the model as a bare path string (no hash),
 * a single {@code "prompt"} string (or {@code "prompts"} as one string), and the panel sections at the top
 * level ({@code "stepper": {...}}). Format 1 moves them to {@code model {path}}, {@code prompts [..]} and
 * {@code panels {..}}. Anything else is left where it is, to be kept as unknown fields.
 */
final class MigrationV0ToV1 implements ProjectMigration {
    @Override
    public int from() {
        return 0;
    }

    @Override
    public void apply(ObjectNode root, String name) {
        JsonNode model = root.get("model");
        if (model != null && model.isTextual()) {
            ObjectNode ref = root.objectNode();
            ref.put("path", model.asText());
            root.set("model", ref);
        }

        ArrayNode prompts = root.arrayNode();
        JsonNode single = root.remove("prompt");
        if (single != null && !single.isNull()) {
            prompts.add(requireText(single, "prompt", name));
        }
        JsonNode list = root.get("prompts");
        if (list != null && list.isTextual()) {
            prompts.add(list.asText());
        } else if (list != null && list.isArray()) {
            prompts.addAll((ArrayNode) list);
        }
        if (!prompts.isEmpty() || list != null) {
            root.set("prompts", prompts);
        }

        ObjectNode panels = root.has("panels") && root.get("panels").isObject() ? (ObjectNode) root.get("panels") : root.objectNode();
        for (String id : List.of(WorkbenchPanel.values()).stream().map(WorkbenchPanel::id).toList()) {
            JsonNode section = root.get(id);
            if (section != null && section.isObject()) {
                panels.set(id, root.remove(id));
            }
        }
        if (!panels.isEmpty()) {
            root.set("panels", panels);
        }
    }

    private static String requireText(JsonNode n, String field, String name) {
        if (!n.isTextual()) {
            throw new ProjectException(name + ": \"" + field + "\" must be a string in a format 0 project");
        }
        return n.asText();
    }
}
