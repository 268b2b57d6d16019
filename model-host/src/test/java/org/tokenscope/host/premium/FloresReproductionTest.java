package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.host.tokenize.TokenizerCatalog;

/**
 * Reproduces Petrov et al.'s FLORES-200 counts (premium.md, "Reproduction target"): every language's r50k
 * and cl100k count, code points (their UTF-32 column) and bytes (ByT5), plus the spec's o200k figures.
 */
class FloresReproductionTest {
    private static PremiumTable table;
    /** code -> column -> count, from tokenization_lengths.csv through flores_language_map.csv */
    private static Map<String, Map<String, Long>> published;

    @BeforeAll
    static void countAllOfFlores() throws IOException {
        Path data = SharedDataDir.get();
        published = readPublished(data.resolve("petrov-tokenization-lengths"));
        ParallelCorpus flores = ParallelCorpus.flores(data.resolve("flores200"));
        List<Tokenizer> tokenizers = new ArrayList<>();
        for (String name : List.of("r50k", "cl100k", "o200k", "bytes", "codepoints")) {
            tokenizers.add(TokenizerCatalog.byName(name, null));
        }
        table = PremiumTable.compute(flores, tokenizers, PremiumSettings.defaults().withThreads(2), Progress.NONE,
                Cancellation.none());
    }

    @Test
    void everyLanguageMatchesThePublishedCounts() {
        assertEquals(204, table.languages().size());
        assertEquals(204, published.size());
        List<String> mismatches = new ArrayList<>();
        String[][] columns = {{"r50k", "r50k_base"}, {"cl100k", "cl100k_base"}, {"codepoints", "UTF-32"}, {"bytes", "ByT5"}};
        for (String code : table.languages()) {
            Map<String, Long> expected = published.get(code);
            for (String[] column : columns) {
                long ours = table.row(code, column[0]).tokens();
                if (expected == null || expected.get(column[1]) != ours) {
                    mismatches.add(code + " " + column[0] + ": " + ours + " vs " + (expected == null ? "?" : expected.get(column[1])));
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void specTableCharsBytesAndO200k() {
        // lang, chars, bytes, r50k, cl100k, o200k (premium.md)
        long[][] rows = {
            {259_170, 259_396, 52_567, 52_835, 52_279},
            {266_383, 289_924, 127_797, 101_176, 74_257},
            {302_377, 307_304, 112_600, 83_450, 68_147},
            {87_445, 240_075, 168_850, 101_138, 67_096},
            {228_923, 413_881, 231_316, 160_485, 71_697},
            {258_472, 661_374, 392_092, 253_270, 81_638},
            {368_897, 1_020_993, 986_091, 795_074, 415_968}};
        String[] codes = {"eng_Latn", "tur_Latn", "deu_Latn", "zho_Hans", "arb_Arab", "hin_Deva", "shn_Mymr"};
        for (int i = 0; i < codes.length; i++) {
            PremiumRow r50k = table.row(codes[i], "r50k");
            assertEquals(rows[i][0], r50k.chars(), codes[i] + " chars");
            assertEquals(rows[i][1], r50k.bytes(), codes[i] + " bytes");
            assertEquals(rows[i][2], r50k.tokens(), codes[i] + " r50k");
            assertEquals(rows[i][3], table.row(codes[i], "cl100k").tokens(), codes[i] + " cl100k");
            assertEquals(rows[i][4], table.row(codes[i], "o200k").tokens(), codes[i] + " o200k");
        }
    }

    @Test
    void premiumsAgainstEnglish() {
        String[] codes = {"tur_Latn", "hin_Deva", "shn_Mymr"};
        double[][] premiums = {{2.43, 1.91}, {7.46, 4.79}, {18.76, 15.05}};
        for (int i = 0; i < codes.length; i++) {
            assertEquals(premiums[i][0], round2(table.row(codes[i], "r50k").premium()), codes[i] + " r50k");
            assertEquals(premiums[i][1], round2(table.row(codes[i], "cl100k").premium()), codes[i] + " cl100k");
        }
        assertEquals(1.0, table.row("eng_Latn", "o200k").premium());
        assertEquals(661_374.0 / 259_396, table.row("hin_Deva", "cl100k").bytePremium(), 1e-12);
        assertEquals(258_472.0 / 259_170, table.row("hin_Deva", "o200k").charPremium(), 1e-12);
    }

    @Test
    void scriptsWithoutSpacesHaveNoFertility() {
        assertTrue(Double.isNaN(table.row("zho_Hans", "r50k").fertility()));
        assertTrue(Double.isNaN(table.row("shn_Mymr", "r50k").fertility()));
        PremiumRow eng = table.row("eng_Latn", "r50k");
        assertEquals(52_567.0 / eng.words(), eng.fertility(), 1e-12);
        assertTrue(eng.words() > 40_000 && eng.words() < 50_000, "English words: " + eng.words());
    }

    @Test
    void sentenceBySentenceEnglish() {
        ParallelCorpus english = ParallelCorpus.flores(SharedDataDir.get().resolve("flores200")).select(List.of("eng_Latn"));
        PremiumTable sentences = PremiumTable.compute(english,
                List.of(TokenizerCatalog.byName("r50k", null), TokenizerCatalog.byName("cl100k", null)),
                PremiumSettings.defaults().withConvention(Convention.SENTENCES).withThreads(2), Progress.NONE,
                Cancellation.none());
        assertEquals(52_785, sentences.row("eng_Latn", "r50k").tokens());
        assertEquals(52_983, sentences.row("eng_Latn", "cl100k").tokens());
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static Map<String, Map<String, Long>> readPublished(Path dir) throws IOException {
        Map<String, String> codeByName = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("flores_language_map.csv")).subList(1, 205)) {
            String[] f = line.split(",");
            codeByName.put(f[0], f[1].strip()); // the codes carry a leading space
        }
        List<String> lines = Files.readAllLines(dir.resolve("tokenization_lengths.csv"));
        String[] header = lines.get(0).split(",");
        Map<String, Map<String, Long>> byCode = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Map<String, Long> counts = new HashMap<>();
            for (int c = 1; c < header.length; c++) {
                counts.put(header[c], Long.parseLong(f[c]));
            }
            byCode.put(codeByName.get(f[0]), counts);
        }
        return byCode;
    }
}
