package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prompt files: plain text with one prompt per blank-line-separated block, or JSONL {"prompt": ...}. */
public final class PromptFile {
    private PromptFile() {
    }

    public static List<String> read(Path file) {
        String text = strictUtf8(file);
        List<String> prompts = file.getFileName().toString().endsWith(".jsonl") ? jsonl(file, text) : blocks(text);
        if (prompts.isEmpty()) {
            throw new InputException("prompt file " + file + " holds no prompts");
        }
        return prompts;
    }

    /** Refuses bytes that are not UTF-8 instead of silently replacing them. */
    static String strictUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("prompt file not found: " + file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new InputException(file + " is not valid UTF-8 (" + e.getInputLength()
                    + " bad byte(s)): save it as UTF-8 and try again", e);
        } catch (CharacterCodingException e) {
            throw new InputException(file + " is not valid UTF-8: save it as UTF-8 and try again", e);
        }
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

    private static List<String> jsonl(Path file, String text) {
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = Json.MAPPER.readTree(lines[i]);
            } catch (IOException e) {
                throw new InputException(file + " line " + (i + 1) + " is not JSON: expected {\"prompt\": \"...\"}", e);
            }
            if (!n.path("prompt").isTextual()) {
                throw new InputException(file + " line " + (i + 1) + " has no \"prompt\" string");
            }
            out.add(n.get("prompt").asText());
        }
        return out;
    }
}
