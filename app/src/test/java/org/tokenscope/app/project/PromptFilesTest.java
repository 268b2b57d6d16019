package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prompt file formats the window and the command line share. */
class PromptFilesTest {

    private static List<String> parse(String text, String name) {
        return PromptFiles.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void blankLinesSeparateBlocks() {
        assertEquals(List.of("a", "b\nc"), parse("\uFEFFa\r\n\r\n  \nb\nc\n\n", "p.txt"));
    }

    @Test
    void jsonlTakesThePromptField() {
        assertEquals(List.of("x", "y \"q\""), parse("{\"prompt\": \"x\"}\n\n{\"prompt\": \"y \\\"q\\\"\", \"id\": 2}\n", "p.jsonl"));
    }

    @Test
    void problemsNameFileAndLine() {
        assertEquals("p.jsonl line 2 has no \"prompt\" string",
                assertThrows(ProjectException.class, () -> parse("{\"prompt\": \"x\"}\n{\"text\": 1}", "p.jsonl")).getMessage());
        assertEquals("prompt file p.txt holds no prompts",
                assertThrows(ProjectException.class, () -> parse("\n \n", "p.txt")).getMessage());
    }
}
