package org.tokenscope.views.shapley;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.attribution.Span;

/**
 * The players of a decision prompt in the paper's style, as custom spans: each option's description and each of
 * its fields ("price 12 shillings", "time 5 hours"), who chooses, and any sentence before the options (the
 * paper's irrelevant context). The labels "Option (A):", the commas and the answer cue belong to no player, so
 * they are never masked.
 */
final class DecisionSpans {
    private static final String OPTION = "Option (";
    private static final String CUE = " chose option (";

    private DecisionSpans() {
    }

    static List<Span> of(String prompt) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (String line : prompt.split("\n", -1)) {
            if (line.startsWith(OPTION)) {
                int from = line.indexOf("): ") + 3;
                String body = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
                for (String field : body.substring(from).split(", ")) {
                    out.add(span(prompt, at + from, at + from + field.length()));
                    from += field.length() + 2;
                }
            } else if (line.endsWith(CUE)) {
                out.add(span(prompt, at, at + line.length() - CUE.length()));
            } else if (!line.isBlank()) {
                out.add(span(prompt, at, at + line.length())); // context before the options
            }
            at += line.length() + 1;
        }
        return out;
    }

    private static Span span(String s, int from, int to) {
        return new Span(s.codePointCount(0, from), s.codePointCount(0, to));
    }
}
