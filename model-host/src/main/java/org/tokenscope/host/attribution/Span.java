package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.List;

/** A {@code [start, end)} range of Unicode code points of the prompt: a custom player or a pinned part. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a span needs 0 ≤ start < end, got " + start + "-" + end);
        }
    }

    public boolean contains(int codePoint) {
        return codePoint >= start && codePoint < end;
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    /**
     * Parses {@code "0-5,6-12"} (end exclusive, as every span in Tokenscope).
     *
     * @throws IllegalArgumentException with a one-line message on malformed text
     */
    public static List<Span> parseList(String text) {
        List<Span> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-');
            if (dash <= 0 || dash == p.length() - 1) {
                throw new IllegalArgumentException("'" + p + "' is not a span: write START-END in code points, e.g. 0-5");
            }
            try {
                out.add(new Span(Integer.parseInt(p.substring(0, dash).strip()), Integer.parseInt(p.substring(dash + 1).strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not a span: write START-END in code points, e.g. 0-5", e);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
