package org.tokenscope.host.attribution;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Words and sentences of a text as code-point spans, without the whitespace around them. */
final class TextUnits {
    private TextUnits() {
    }

    /** Maximal runs of non-whitespace code points. */
    static List<Span> words(String text) {
        int[] cps = text.codePoints().toArray();
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cps.length; i++) {
            boolean space = i == cps.length || Character.isWhitespace(cps[i]);
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                out.add(new Span(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Sentences by the JDK's locale-neutral rules (terminal punctuation, paragraph breaks), trimmed. */
    static List<Span> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        List<Span> out = new ArrayList<>();
        for (int from = it.first(), to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            int a = from, b = to;
            while (a < b && Character.isWhitespace(text.codePointAt(a))) {
                a += Character.charCount(text.codePointAt(a));
            }
            while (b > a && Character.isWhitespace(text.codePointBefore(b))) {
                b -= Character.charCount(text.codePointBefore(b));
            }
            if (a < b) {
                // BreakIterator counts UTF-16 units; spans are in code points.
                out.add(new Span(text.codePointCount(0, a), text.codePointCount(0, b)));
            }
        }
        return out;
    }
}
