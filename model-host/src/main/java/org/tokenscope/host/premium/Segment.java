package org.tokenscope.host.premium;

import java.util.Objects;

/**
 * One aligned unit of a parallel corpus: a FLORES sentence ({@code dev:12}), a UDHR article ({@code a3}),
 * or a line of a user file. Segments with the same id in two languages are translations of each other.
 */
public record Segment(String id, String text) {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
