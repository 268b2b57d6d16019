package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** load → save → load gives an equal project, and fields this version does not know survive. */
class ProjectRoundTripTest {
    static final String WITH_UNKNOWN_FIELDS = """
            {
              "format_version": 1,
              "title": "Round trip",
              "notes": "Ünïcödé notes ✓",
              "model": {"path": "models/x/model.onnx", "sha256": "%s", "name": "X", "variant_hint": "fp16"},
              "prompts": ["first", "second\\nwith a newline", "<script>alert(1)</script>"],
              "panels": {
                "stepper": {"seed": 42, "sampler": {"temperature": 0.7, "top_p": 0.95}, "future_knob": [1, 2, 3]},
                "lens": {"what": "a panel this version does not have"}
              },
              "layout": {"divider": 0.25},
              "created_by": "Tokenscope 9.9"
            }
            """.formatted("ab".repeat(32));

    @Test
    void loadSaveLoadIsEqualAndKeepsUnknownFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.tokenscope.json");
        Files.writeString(file, WITH_UNKNOWN_FIELDS, StandardCharsets.UTF_8);
        Project first = ProjectFiles.read(file);

        Path copy = dir.resolve("copy.tokenscope.json");
        ProjectFiles.write(first, copy);
        Project second = ProjectFiles.read(copy);
        assertEquals(first, second);

        JsonNode written = ProjectFiles.MAPPER.readTree(copy.toFile());
        JsonNode original = ProjectFiles.MAPPER.readTree(WITH_UNKNOWN_FIELDS);
        assertEquals(original, written, "every field, known or not, is written back");
        assertEquals("fp16", written.at("/model/variant_hint").asText());
        assertEquals(3, written.at("/panels/stepper/future_knob").size());
        assertEquals("a panel this version does not have", written.at("/panels/lens/what").asText());
        assertEquals(0.25, written.at("/layout/divider").asDouble());
    }

    @Test
    void theModelTheSectionsAndThePromptsReadBack() {
        Project p = ProjectFiles.parse(WITH_UNKNOWN_FIELDS.getBytes(StandardCharsets.UTF_8), "p.tokenscope.json");
        assertEquals("Round trip", p.title().orElseThrow());
        ModelReference m = p.model().orElseThrow();
        assertEquals("models/x/model.onnx", m.path());
        assertEquals("ab".repeat(32), m.sha256());
        assertEquals(List.of("first", "second\nwith a newline", "<script>alert(1)</script>"), p.prompts());
        assertEquals(42, p.section("stepper").orElseThrow().get("seed").asInt());
        assertEquals(List.of("stepper", "lens"), p.panelIds());
    }

    @Test
    void sectionsAreCopiesSoOnlyWithSectionChangesAProject() {
        Project p = ProjectFiles.parse(WITH_UNKNOWN_FIELDS.getBytes(StandardCharsets.UTF_8), "p");
        ObjectNode s = p.section("stepper").orElseThrow();
        s.put("seed", 7);
        assertEquals(42, p.section("stepper").orElseThrow().get("seed").asInt(), "the project did not change");
        Project changed = p.withSection("stepper", s);
        assertNotEquals(p, changed);
        assertEquals(7, changed.section("stepper").orElseThrow().get("seed").asInt());
        assertEquals(p, changed.withSection("stepper", p.section("stepper").orElseThrow()));
    }

    @Test
    void theFileIsPrettyUtf8WithTheVersionFirst(@TempDir Path dir) throws IOException {
        Project p = Project.empty().withTitle("Ω").withPrompts(List.of("é"))
                .withModel(ModelReference.embedded("cd".repeat(32), "Demo"));
        Path file = dir.resolve("x.tokenscope.json");
        ProjectFiles.write(p, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format_version\": 1,\n  \"title\": \"Ω\""), text);
        assertTrue(text.contains("\"embedded\": true"), text);
        assertTrue(text.endsWith("}\n"), text);
        assertEquals(p, ProjectFiles.read(file));
    }
}
