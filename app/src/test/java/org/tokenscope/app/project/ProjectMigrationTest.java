package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format 0 files (the prototype's shape) open as format 1; files from a newer version are refused clearly. */
class ProjectMigrationTest {

    private static Project parse(String json) {
        return ProjectFiles.parse(json.getBytes(StandardCharsets.UTF_8), "old.tokenscope.json");
    }

    @Test
    void formatZeroMovesModelPromptAndPanels() {
        Project p = parse("""
                {"model": "/models/austen/model.onnx", "prompt": "It is a truth",
                 "stepper": {"seed": 3}, "shapley": {"method": "exact"}, "colour": "blue"}
                """);
        ModelReference m = p.model().orElseThrow();
        assertEquals("/models/austen/model.onnx", m.path());
        assertNull(m.sha256(), "format 0 recorded no hash");
        assertEquals(List.of("It is a truth"), p.prompts());
        assertEquals(3, p.section("stepper").orElseThrow().get("seed").asInt());
        assertEquals("exact", p.section("shapley").orElseThrow().get("method").asText());
        assertEquals("blue", p.extra().get("colour").asText(), "unknown fields stay");
        assertTrue(p.extra().get("stepper") == null, "moved, not copied");

        String written = new String(ProjectFiles.toBytes(p), StandardCharsets.UTF_8);
        assertTrue(written.contains("\"format_version\": 1"), written);
        assertEquals(p, ProjectFiles.parse(ProjectFiles.toBytes(p), "again"), "a migrated project round-trips");
    }

    @Test
    void formatZeroWithPromptsAsOneStringAndAnExplicitVersion() {
        Project p = parse("{\"format_version\": 0, \"prompts\": \"just one\"}");
        assertEquals(List.of("just one"), p.prompts());
        assertTrue(p.model().isEmpty());
    }

    @Test
    void aNewerFormatIsRefusedWithAnUpdateHint() {
        ProjectException e = assertThrows(ProjectException.class, () -> parse("{\"format_version\": 7, \"prompts\": []}"));
        assertEquals("old.tokenscope.json was written by a newer Tokenscope (project format 7); this version reads "
                + "formats up to 1: update Tokenscope to open it", e.getMessage());
    }

    @Test
    void aBrokenVersionFieldIsNamed() {
        ProjectException e = assertThrows(ProjectException.class, () -> parse("{\"format_version\": \"one\"}"));
        assertTrue(e.getMessage().contains("\"format_version\" must be a whole number"), e.getMessage());
    }
}
