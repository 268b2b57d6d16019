package org.tokenscope.views.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/**
 * The model-linked columns through the panel on the embedded demo model; the scoring itself is tested in the
 * engine (ModelTextScorerTest).
 */
class ModelSampleScorerTest {
    private static LanguageModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        model = DemoModel.load(1);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void scoresTheFirstSegmentsOfEachLanguageNextToTheModelTokenizersPremium() throws Exception {
        String longEnglish = "It is a truth universally acknowledged, that a single man in possession of a good fortune, "
                .repeat(30);
        String corpus = String.join("\n",
                "eng_Latn\ts1\tIt is a truth universally acknowledged.",
                "eng_Latn\ts2\t" + longEnglish,
                "eng_Latn\ts3\tShe was the youngest of the two daughters.",
                "zho_Hans\ts1\t这是一个举世公认的真理。",
                "zho_Hans\ts2\t凡是有钱的单身汉，总想娶位太太。",
                "zho_Hans\ts3\t她是两个女儿中最小的一个。") + "\n";
        PremiumFixtures f = new PremiumFixtures(model);
        f.open(dir, corpus, false, "bytes");
        f.vm.setup().tokenizers().add(TokenizerSpec.model());
        f.vm.setup().modelSegmentsProperty().set(2);
        f.vm.compute();
        assertEquals("", f.vm.problemProperty().get());
        PremiumResult r = f.vm.resultProperty().get();
        ModelScores scores = r.model();
        assertNotNull(scores, "a loaded model is scored by default");
        assertEquals(2, scores.segmentsPerLanguage());
        ModelScores.Language english = scores.of("eng_Latn");
        ModelScores.Language chinese = scores.of("zho_Hans");
        assertEquals(2, english.segments());
        assertTrue(english.truncated(), "the long segment is cut to the 256-token context");
        assertTrue(english.tokens() <= 255 + 10, "BOS plus at most 255 tokens of the long segment, then the short one");
        assertFalse(chinese.truncated());
        assertTrue(english.bitsPerByte() > 0 && english.bitsPerByte() < chinese.bitsPerByte(),
                english.bitsPerByte() + " vs " + chinese.bitsPerByte() + ": an English model reads English best");
        assertTrue(english.meanEntropy() > 0);
        assertEquals(r.row("zho_Hans", "model").bytes(), r.row("zho_Hans", "model").tokens(),
                "its English tokenizer spells Chinese byte by byte");
        assertTrue(scores.description().contains("first 2 segments of each language"), scores.description());
        assertEquals(List.of(), f.errors);

        f.vm.setup().scoreModelProperty().set(false);
        f.vm.compute();
        assertEquals(null, f.vm.resultProperty().get().model(), "scoring is optional");
    }
}
