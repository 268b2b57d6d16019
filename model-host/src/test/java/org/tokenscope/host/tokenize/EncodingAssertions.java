package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that an encoding's spans walk through the whole text in code points, with no holes. */
final class EncodingAssertions {
    private EncodingAssertions() {}

    static void assertSpansCover(Encoding e, String text) {
        int length = text.codePointCount(0, text.length());
        assertTrue(e.size() > 0, "no tokens for " + text);
        assertEquals(0, e.starts()[0], "first start");
        assertEquals(length, e.ends()[e.size() - 1], "last end is the code point count");
        for (int i = 0; i < e.size(); i++) {
            assertTrue(e.starts()[i] < e.ends()[i], "token " + i + " has an empty span");
            assertTrue(e.ends()[i] <= length, "token " + i + " ends past the text");
            if (i > 0) {
                assertTrue(e.starts()[i] >= e.starts()[i - 1], "starts go back at " + i);
                assertTrue(e.ends()[i] >= e.ends()[i - 1], "ends go back at " + i);
                assertTrue(e.starts()[i] <= e.ends()[i - 1], "hole before token " + i);
            }
        }
    }
}
