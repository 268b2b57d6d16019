package org.tokenscope.app.project;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.io.BoundedFiles;

/**
 * Prompt files, shared by the window (File › Open Prompts…) and the command line ({@code --prompt-file}):
 * plain text with one prompt per blank-line-separated block, or JSONL lines {@code {"prompt": "..."}}
 * (chosen by the {@code .jsonl} extension).
 */
public final class PromptFiles {
    private PromptFiles() {
    }

    /**
     * The prompts of {@code file}; a {@link ProjectException} naming the file when it holds none or is malformed,
     * or is missing, not a regular file or over {@link BoundedFiles#PROMPT_FILE_LIMIT}.
     */
    public static List<String> read(Path file) {
        return parse(TextFiles.readBytes(file, "prompt file", BoundedFiles.PROMPT_FILE_LIMIT), file.toString());
    }

    /** Parses the bytes of a prompt file called {@code name}; JSONL when the name ends in {@code .jsonl}. */
    public static List<String> parse(byte[] bytes, String name) {
        String text = TextFiles.strictUtf8(bytes, name);
        List<String> prompts = name.endsWith(".jsonl") ? jsonl(name, text) : blocks(text);
        if (prompts.isEmpty()) {
            throw new ProjectException("prompt file " + name + " holds no prompts");
        }
        return prompts;
    }

    private static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            if (line.isBlank()) {
                flush(block, out);
            } else {
                if (block.length() > 0) {
                    block.append('\n');
                }
                block.append(line);
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(StringBuilder block, List<String> out) {
        if (block.length() > 0) {
            out.add(block.toString());
            block.setLength(0);
        }
    }

    private static List<String> jsonl(String name, String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = ProjectFiles.MAPPER.readTree(lines[i]);
            } catch (StreamConstraintsException e) {
                throw new ProjectException(name + " line " + (i + 1) + ": " + BoundedFiles.reason(e), e);
            } catch (IOException e) {
                throw new ProjectException(name + " line " + (i + 1) + " is not JSON: expected {\"prompt\": \"...\"}", e);
            }
            if (!n.path("prompt").isTextual()) {
                throw new ProjectException(name + " line " + (i + 1) + " has no \"prompt\" string");
            }
            out.add(n.get("prompt").asText());
        }
        return out;
    }
}
