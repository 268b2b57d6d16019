package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a project file can be unusable gives one clear line naming the file and the problem. */
class MalformedProjectTest {

    private static String messageFor(byte[] bytes) {
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFiles.parse(bytes, "bad.tokenscope.json"));
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.tokenscope.json"), e.getMessage());
        return e.getMessage();
    }

    private static String messageFor(String text) {
        return messageFor(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void truncatedFileSaysSo() {
        byte[] whole = ProjectFiles.toBytes(Project.empty().withTitle("t").withPrompts(java.util.List.of("a", "b")));
        for (int cut : new int[] {1, whole.length / 3, whole.length / 2, whole.length - 3}) {
            byte[] part = java.util.Arrays.copyOf(whole, cut);
            String m = messageFor(part);
            assertTrue(m.contains("is truncated") || m.contains("is not valid JSON"), m);
        }
        assertTrue(messageFor("{\"prompts\": [\"a\"").contains("is truncated: the JSON ends early at line 1"));
    }

    @Test
    void malformedJsonNamesTheLine() {
        String m = messageFor("{\n  \"prompts\": [\"a\",, \"b\"]\n}");
        assertTrue(m.startsWith("bad.tokenscope.json is not valid JSON at line 2"), m);
    }

    @Test
    void wrongShapesNameTheField() {
        assertTrue(messageFor("[1, 2]").contains("expected a JSON object, found a list"));
        assertTrue(messageFor("").contains("is empty"));
        assertTrue(messageFor("{\"format_version\": 1, \"prompts\": \"x\"}").contains("\"prompts\" must be a list of strings"));
        assertTrue(messageFor("{\"format_version\": 1, \"prompts\": [\"a\", 3]}").contains("prompt 2 must be a string"));
        assertTrue(messageFor("{\"format_version\": 1, \"panels\": {\"stepper\": 3}}").contains("\"panels.stepper\" must be an object"));
        assertTrue(messageFor("{\"format_version\": 1, \"model\": {\"sha256\": \"xyz\", \"path\": \"m\"}}").contains("64 hexadecimal"));
        assertTrue(messageFor("{\"format_version\": 1, \"model\": {}}").contains("needs a \"path\""));
        assertTrue(messageFor("{\"a\": 1, \"a\": 2}").contains("not valid JSON"), "duplicate keys are refused");
        assertTrue(messageFor("{} trailing").contains("not valid JSON"), "garbage after the object is refused");
    }

    @Test
    void notUtf8IsRefused() {
        assertTrue(messageFor(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}).contains("is not valid UTF-8"));
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFiles.read(dir.resolve("none.tokenscope.json")));
        assertTrue(e.getMessage().startsWith("project file not found: "), e.getMessage());
    }

    @Test
    void openingABrokenFileLeavesTheOpenProjectUntouched(@TempDir Path dir) throws IOException {
        ProjectFixture f = new ProjectFixture();
        f.document.replace(Project.empty().withPrompts(java.util.List.of("keep me")), dir.resolve("good.tokenscope.json"), false, null);
        f.document.addPrompts(java.util.List.of("unsaved edit"));
        Project before = f.document.project();
        Path broken = dir.resolve("broken.tokenscope.json");
        Files.writeString(broken, "{\"format_version\": 1, \"prompts\": [\"cut off", StandardCharsets.UTF_8);
        f.dialogs.unsaved = ProjectDialogs.UnsavedChoice.DISCARD;

        f.actions.open(broken);

        assertEquals(before, f.document.project());
        assertTrue(f.document.isDirty(), "the unsaved edit is still there");
        assertEquals(dir.resolve("good.tokenscope.json"), f.document.file().orElseThrow());
        assertEquals(1, f.errors.size());
        assertEquals("Could not open broken.tokenscope.json; the open project is unchanged.", f.errors.get(0).header());
        assertTrue(f.errors.get(0).cause().getMessage().contains("is truncated"), f.errors.get(0).cause().getMessage());
    }
}
