package org.tokenscope.host.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.tokenize.CodePointTokenizer;

/** Players from text, pins and custom spans, and the three maskings, on the one-token-per-character tokenizer. */
class SegmentationTest {
    private static final CodePointTokenizer CHARS = new CodePointTokenizer();
    private static final int BOS = 1;

    private static Segmentation words(String text, List<Span> pins) {
        return Segmentation.of(CHARS, BOS, text, Granularity.WORDS, List.of(), pins);
    }

    private static List<String> texts(Segmentation s) {
        return s.players().stream().map(Player::text).toList();
    }

    @Test
    void wordsSentencesTokensAndSpans() {
        Segmentation w = words("Flight A costs $420.", List.of());
        assertEquals(List.of("Flight", "A", "costs", "$420."), texts(w));
        Player costs = w.players().get(2);
        assertEquals(9, costs.start());
        assertEquals(14, costs.end());
        assertArrayEquals(new int[] {10, 11, 12, 13, 14}, costs.positions(), "BOS shifts positions by one");
        assertEquals(-1, w.ownerOf(0), "BOS is never perturbed");
        assertEquals(-1, w.ownerOf(7), "the space between words belongs to no player");

        Segmentation s = Segmentation.of(CHARS, BOS, "One. Two!\n\nThree?", Granularity.SENTENCES, List.of(), List.of());
        assertEquals(List.of("One.", "Two!", "Three?"), texts(s));

        Segmentation t = Segmentation.of(CHARS, -1, "a b", Granularity.TOKENS, List.of(), List.of());
        assertEquals(List.of("a", " ", "b"), texts(t), "every token is a player, whitespace included");
        assertEquals(0, t.sharedPrefixLength());

        Segmentation c = Segmentation.of(CHARS, BOS, "Flight A costs $420.", Granularity.SPANS,
                Span.parseList("9-14,0-8"), List.of());
        assertEquals(List.of("Flight A", "costs"), texts(c), "custom spans are ordered by position");
    }

    @Test
    void pinnedPartsAreNeverPlayers() {
        Segmentation w = words("Flight A costs $420.", List.of(new Span(0, 6)));
        assertEquals(List.of("A", "costs", "$420."), texts(w));
        assertEquals(8, w.sharedPrefixLength(), "BOS, the pinned word and the space after it");
        AttributionException all = assertThrows(AttributionException.class, () -> words("ab cd", List.of(new Span(0, 5))));
        assertEquals(AttributionException.Kind.BAD_PLAYERS, all.kind());
    }

    @Test
    void badCustomSpans() {
        for (String spans : new String[] {"0-5,3-8", "0-40", "0-6"}) {
            AttributionException e = assertThrows(AttributionException.class, () -> Segmentation.of(CHARS, BOS,
                    "Flight A costs $420.", Granularity.SPANS, Span.parseList(spans), List.of(new Span(0, 6))), spans);
            assertEquals(AttributionException.Kind.BAD_PLAYERS, e.kind(), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Span.parseList("3"));
        assertThrows(IllegalArgumentException.class, () -> Span.parseList("5-2"));
        assertThrows(AttributionException.class, () -> words("", List.of()));
    }

    @Test
    void maskings() {
        Segmentation s = words("ab cd", List.of());
        Coalition onlyCd = Coalition.of(2, 1), onlyAb = Coalition.of(2, 0);
        assertArrayEquals(new int[] {BOS, ' ', 'c', 'd'}, new Masking.Remove().apply(s, onlyCd));
        assertArrayEquals(new int[] {BOS, 0, 0, ' ', 'c', 'd'}, new Masking.Baseline(0).apply(s, onlyCd));
        Masking.Filler dots = new Masking.Filler("...", new int[] {'.', '.', '.'});
        assertArrayEquals(new int[] {BOS, 'a', 'b', ' ', '.', '.', '.'}, dots.apply(s, onlyAb));
        assertArrayEquals(new int[] {BOS, '.', '.', '.', ' ', '.', '.', '.'}, dots.apply(s, Coalition.empty(2)));
        assertArrayEquals(s.ids(), dots.apply(s, Coalition.full(2)));
        assertEquals(8, dots.maxLength(s));
        assertEquals(6, new Masking.Remove().maxLength(s));
    }

    @Test
    void coalitions() {
        Coalition c = Coalition.of(70, 0, 65);
        assertTrue(c.contains(65));
        assertEquals(2, c.size());
        assertEquals(c, Coalition.empty(70).with(65).with(0));
        assertEquals(Coalition.of(70, 0), c.without(65));
        assertEquals(70, Coalition.full(70).size());
        assertEquals("{0,65}", c.toString());
        assertEquals(Coalition.of(5, 0, 2), Coalition.ofMask(5, 0b101));
    }
}
