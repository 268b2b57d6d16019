package org.tokenscope.host.premium;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One language of a parallel corpus: its segments, grouped into the parts (files) they were read from.
 * The parts matter only to the {@link Convention#PETROV} convention, which keeps an empty line for the
 * final newline of each file.
 *
 * @param code    the key used everywhere else, e.g. {@code eng_Latn}
 * @param name    a display name (the code when the corpus gives none)
 * @param script  ISO 15924 code such as {@code Latn}, or null when unknown
 * @param partial true for a translation that lacks part of the document (UDHR); left out by default
 */
public record CorpusLanguage(String code, String name, String script, boolean partial, List<Part> parts) {

    /** A run of segments read from one file, and whether that file ended with a newline. */
    public record Part(String name, List<Segment> segments, boolean endsWithNewline) {
        public Part {
            Objects.requireNonNull(name, "name");
            segments = List.copyOf(segments);
        }
    }

    public CorpusLanguage {
        Objects.requireNonNull(code, "code");
        name = name == null || name.isBlank() ? code : name;
        parts = List.copyOf(parts);
    }

    /** A language read from one part with no trailing newline (TSV, JSONL, bundled corpora). */
    public static CorpusLanguage of(String code, String name, String script, boolean partial, List<Segment> segments) {
        return new CorpusLanguage(code, name, script, partial, List.of(new Part("all", segments, false)));
    }

    /** All segments in order. */
    public List<Segment> segments() {
        List<Segment> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.segments()));
        return all;
    }

    public int segmentCount() {
        return parts.stream().mapToInt(p -> p.segments().size()).sum();
    }

    /** UTF-16 length of all segments: an estimate of the work this language costs, for scheduling. */
    long textLength() {
        return parts.stream().flatMap(p -> p.segments().stream()).mapToLong(s -> s.text().length()).sum();
    }

    /**
     * The strings that are tokenized for this language under a convention: one joined string for
     * {@link Convention#PETROV}, one string per segment for {@link Convention#SENTENCES}.
     */
    public List<String> texts(Convention convention, Normalization normalization) {
        if (convention == Convention.SENTENCES) {
            return segments().stream().map(s -> normalization.apply(s.text())).toList();
        }
        StringBuilder joined = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, textLength() + segmentCount() + 2));
        boolean first = true;
        for (Part part : parts) {
            for (Segment s : part.segments()) {
                first = appendLine(joined, normalization.apply(s.text()), first);
            }
            if (part.endsWithNewline()) {
                first = appendLine(joined, "", first); // Python's split("\n") keeps the empty string after the last newline
            }
        }
        return List.of(joined.toString());
    }

    private static boolean appendLine(StringBuilder joined, String line, boolean first) {
        if (!first) {
            joined.append(' ');
        }
        joined.append(line);
        return false;
    }
}
