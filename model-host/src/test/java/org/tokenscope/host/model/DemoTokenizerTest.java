package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tokenscope.host.tokenize.HfTokenizer;
import org.tokenscope.host.tokenize.Tokenizer;

/** DJL loads the demo model's own tokenizer.json (written by the recipe's BPE trainer) and round-trips text. */
class DemoTokenizerTest {

    @Test
    void roundTripsTextIncludingBytesOutsideTheTrainingCorpus() {
        Tokenizer t = HfTokenizer.load(DemoModel.folder().resolve("tokenizer.json"));
        assertEquals(4096, t.vocabSize());
        for (String s : new String[] {"It is a truth universally acknowledged.", "\"My dear,\" said she;\n\nand so on",
                "naïve café — 😀 中文", "   leading spaces and trailing   ", "x"}) {
            int[] ids = t.encodeIds(s);
            assertEquals(s, t.decode(ids), s);
            assertTrue(ids.length <= s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        assertTrue(t.encodeIds(" the").length == 1, "frequent words are single tokens");
        int space = t.encodeIds(" ")[0];
        assertEquals("␣", t.displayText(space));
        assertTrue(t.isSpecial(4095));
        assertEquals("<|endoftext|>", t.tokenText(4095));
    }
}
