package org.tokenscope.host.premium;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tokenscope.host.io.BoundedFiles;

/**
 * Reads a user file of aligned segments, one per line: TSV {@code lang<TAB>id<TAB>text} (an optional
 * header line {@code lang	id	text}) or JSONL {@code {"lang": ..., "id": ..., "text": ...}}. A file whose
 * first non-blank line starts with {@code {} is JSONL. Languages keep the order of their first line.
 */
final class AlignedFileReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlignedFileReader() {
    }

    static ParallelCorpus read(Path file) {
        String[] lines = CorpusFiles.read(file).split("\r?\n", -1);
        boolean jsonl = false;
        for (String line : lines) {
            if (!line.isBlank()) {
                jsonl = line.stripLeading().startsWith("{");
                break;
            }
        }
        Map<String, List<Segment>> byLanguage = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || (i == 0 && !jsonl && line.strip().equals("lang\tid\ttext"))) {
                continue;
            }
            String[] row = jsonl ? jsonRow(file, i + 1, line) : tsvRow(file, i + 1, line);
            if (!seen.add(row[0] + '\t' + row[1])) {
                throw new CorpusException(file + " line " + (i + 1) + ": id '" + row[1] + "' appears twice for language '"
                        + row[0] + "'");
            }
            byLanguage.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Segment(row[1], row[2]));
        }
        if (byLanguage.isEmpty()) {
            throw new CorpusException(file + " is empty: expected lines " + (jsonl ? "{\"lang\", \"id\", \"text\"}" : "lang<TAB>id<TAB>text"));
        }
        List<CorpusLanguage> languages = new ArrayList<>();
        byLanguage.forEach((code, segments) -> languages.add(CorpusLanguage.of(code, code, Scripts.ofCode(code), false, segments)));
        return new ParallelCorpus(file.toString(), languages);
    }

    /** The text keeps any further tabs: only the first two separate fields. */
    private static String[] tsvRow(Path file, int lineNumber, String line) {
        String[] fields = line.split("\t", 3);
        if (fields.length < 3 || fields[0].isBlank() || fields[1].isBlank()) {
            throw new CorpusException(file + " line " + lineNumber + ": expected lang<TAB>id<TAB>text, got "
                    + fields.length + " field" + (fields.length == 1 ? "" : "s"));
        }
        return new String[] {fields[0].strip(), fields[1].strip(), fields[2]};
    }

    private static String[] jsonRow(Path file, int lineNumber, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (StreamConstraintsException e) {
            throw new CorpusException(file + " line " + lineNumber + ": " + BoundedFiles.reason(e), e);
        } catch (JsonProcessingException e) {
            throw new CorpusException(file + " line " + lineNumber + " is not JSON: " + e.getOriginalMessage(), e);
        }
        String[] row = new String[3];
        String[] keys = {"lang", "id", "text"};
        for (int k = 0; k < keys.length; k++) {
            JsonNode value = node == null ? null : node.get(keys[k]);
            if (value == null || !value.isValueNode() || value.isNull()) {
                throw new CorpusException(file + " line " + lineNumber + ": expected {\"lang\", \"id\", \"text\"}, missing \""
                        + keys[k] + "\"");
            }
            row[k] = value.asText();
        }
        return row;
    }
}
