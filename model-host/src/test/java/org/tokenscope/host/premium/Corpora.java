package org.tokenscope.host.premium;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.host.tokenize.TokenizerCatalog;

/** Small hand-made corpora and a shorthand for computing their tables. */
final class Corpora {
    private Corpora() {
    }

    /** Languages, each given by {@link #lang} as its code and its segments' texts; segment ids are s1, s2, ... */
    static ParallelCorpus of(String[]... codeThenTexts) {
        List<CorpusLanguage> languages = new ArrayList<>();
        for (String[] row : codeThenTexts) {
            List<Segment> segments = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                segments.add(new Segment("s" + i, row[i]));
            }
            languages.add(CorpusLanguage.of(row[0], null, Scripts.ofCode(row[0]), false, segments));
        }
        return new ParallelCorpus("test", languages);
    }

    static String[] lang(String code, String... texts) {
        String[] row = new String[texts.length + 1];
        row[0] = code;
        System.arraycopy(texts, 0, row, 1, texts.length);
        return row;
    }

    static List<Tokenizer> tokenizers(String... names) {
        List<Tokenizer> list = new ArrayList<>();
        for (String name : names) {
            list.add(TokenizerCatalog.byName(name, null));
        }
        return list;
    }

    static PremiumTable table(ParallelCorpus corpus, List<? extends Tokenizer> tokenizers, PremiumSettings settings) {
        return PremiumTable.compute(corpus, tokenizers, settings, Progress.NONE, Cancellation.none());
    }

    static PremiumSettings settings() {
        return PremiumSettings.defaults().withThreads(2);
    }
}
