package org.tokenscope.views.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.host.premium.Normalization;
import org.tokenscope.host.premium.PremiumRow;

/** Order of the table: reference pinned, groups under headings, sort keys within groups, NaN last. */
class LanguageTableModelTest {

    static PremiumResult result(String reference, Object[]... languages) {
        List<LanguageInfo> infos = new java.util.ArrayList<>();
        List<PremiumRow> rows = new java.util.ArrayList<>();
        for (Object[] l : languages) {
            String code = (String) l[0];
            infos.add(new LanguageInfo(code, (String) l[1], code.substring(4), LanguageInfo.familyOf(code), false));
            rows.add(row(code, "a", (double) l[2]));
            rows.add(row(code, "b", (double) l[3]));
        }
        PremiumResult.Counting c = new PremiumResult.Counting(CorpusSpec.UDHR, reference, Convention.PETROV, Normalization.NONE,
                false, false, Map.of());
        return new PremiumResult(c, infos, List.of("a", "b"), rows, null);
    }

    private static PremiumRow row(String language, String tokenizer, double premium) {
        long tokens = Double.isNaN(premium) ? 0 : Math.round(premium * 100);
        return new PremiumRow(language, tokenizer, tokens, premium, 100, 100, 1, 1, 1, 1, 10, 1, 5, 0.1, 0, Double.NaN, Double.NaN);
    }

    static final Object[][] LANGUAGES = {
        {"deu_Latn", "German", 1.4, 1.2},
        {"eng_Latn", "English", 1.0, 1.0},
        {"rus_Cyrl", "Russian", 2.5, 1.6},
        {"tur_Latn", "Turkish", 2.4, 1.9},
        {"ukr_Cyrl", "Ukrainian", Double.NaN, 1.7},
        {"fin_Latn", "Finnish", 2.0, 1.5},
    };

    private static List<String> order(LanguageTableModel m) {
        return m.rows().stream().map(r -> r.isHeading() ? "# " + r.heading() : r.info().code()).toList();
    }

    @Test
    void theReferenceIsPinnedAndLanguagesAreGroupedByScriptLargestFirst() {
        LanguageTableModel m = new LanguageTableModel();
        m.resultProperty().set(result("eng_Latn", LANGUAGES));
        assertEquals(List.of("eng_Latn", "# Latin · 3 languages", "deu_Latn", "tur_Latn", "fin_Latn",
                "# Cyrillic · 2 languages", "rus_Cyrl", "ukr_Cyrl"), order(m));
        assertTrue(m.rows().get(0).reference());
    }

    @Test
    void sortingIsWithinGroupsWithMissingValuesLastInBothDirections() {
        LanguageTableModel m = new LanguageTableModel();
        m.resultProperty().set(result("eng_Latn", LANGUAGES));
        m.sortKeys().setAll(new SortKey(SortKey.tokenizerColumn("a"), false));
        assertEquals(List.of("eng_Latn", "# Latin · 3 languages", "tur_Latn", "fin_Latn", "deu_Latn",
                "# Cyrillic · 2 languages", "rus_Cyrl", "ukr_Cyrl"), order(m));
        m.sortKeys().setAll(new SortKey(SortKey.tokenizerColumn("a"), true));
        m.groupingProperty().set(LanguageTableModel.Grouping.NONE);
        assertEquals(List.of("eng_Latn", "deu_Latn", "fin_Latn", "tur_Latn", "rus_Cyrl", "ukr_Cyrl"), order(m));
    }

    @Test
    void familiesGroupAndTheFilterKeepsTheReference() {
        LanguageTableModel m = new LanguageTableModel();
        m.resultProperty().set(result("eng_Latn", LANGUAGES));
        m.groupingProperty().set(LanguageTableModel.Grouping.FAMILY);
        m.sortKeys().setAll(new SortKey(SortKey.LANGUAGE, true));
        assertEquals(List.of("eng_Latn", "# Indo-European · 3 languages", "deu_Latn", "rus_Cyrl", "ukr_Cyrl",
                "# Turkic · 1 language", "tur_Latn", "# Uralic · 1 language", "fin_Latn"), order(m));
        m.filterProperty().set("TURK");
        assertEquals(List.of("eng_Latn", "# Turkic · 1 language", "tur_Latn"), order(m));
        assertEquals(List.of("eng_Latn", "tur_Latn"), m.languageRows().stream().map(r -> r.info().code()).toList());
    }

    @Test
    void theMetricChangesTheValues() {
        LanguageTableModel m = new LanguageTableModel();
        m.resultProperty().set(result("eng_Latn", LANGUAGES));
        m.groupingProperty().set(LanguageTableModel.Grouping.NONE);
        assertEquals(2.4, m.rows().get(3).value(0));
        m.metricProperty().set(PremiumMetric.TOKENS);
        assertEquals(240.0, m.rows().get(3).value(0));
        assertEquals("240", PremiumMetric.TOKENS.format(240.0));
        assertEquals("2.43×", PremiumMetric.PREMIUM.format(2.4321));
        assertEquals("12.5%", PremiumMetric.VOCAB_SHARE.format(0.125));
        assertEquals("–", PremiumMetric.FERTILITY.format(Double.NaN));
    }
}
