package org.tokenscope.host.premium;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Languages × tokenizers of a parallel corpus: token counts, premiums against a reference language, and the
 * per-language statistics of premium.md. Immutable; rows come language by language in corpus order, each
 * language's tokenizers in the order given.
 */
public final class PremiumTable {
    private final String corpus;
    private final PremiumSettings settings;
    private final List<String> languages;
    private final List<String> tokenizers;
    private final List<PremiumRow> rows;
    private final Map<String, PremiumRow> byKey = new LinkedHashMap<>();

    private PremiumTable(String corpus, PremiumSettings settings, List<String> languages, List<String> tokenizers,
                         List<PremiumRow> rows) {
        this.corpus = corpus;
        this.settings = settings;
        this.languages = List.copyOf(languages);
        this.tokenizers = List.copyOf(tokenizers);
        this.rows = List.copyOf(rows);
        rows.forEach(r -> byKey.put(key(r.language(), r.tokenizer()), r));
    }

    /**
     * Tokenizes every language of the corpus with every tokenizer, in parallel on {@code settings.threads()}
     * threads. The tokenizers must be safe to call from several threads (all of Tokenscope's are).
     *
     * @throws UnknownLanguageException  when the reference or a lexicon's language is not in the corpus
     * @throws MisalignedCorpusException when languages hold different segments and whole-document mode is off
     * @throws PremiumException          when no tokenizer is given or two share a name
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static PremiumTable compute(ParallelCorpus corpus, List<? extends Tokenizer> tokenizers, PremiumSettings settings,
                                       Progress progress, Cancellation cancellation) {
        LanguageCounts[][] counts = new PremiumComputation(corpus, tokenizers, settings).run(progress, cancellation);
        List<String> codes = corpus.codes();
        int reference = codes.indexOf(settings.reference());
        List<PremiumRow> rows = new ArrayList<>();
        for (int li = 0; li < codes.size(); li++) {
            for (int ti = 0; ti < tokenizers.size(); ti++) {
                rows.add(row(codes.get(li), tokenizers.get(ti).name(), counts[li][ti], counts[reference][ti]));
            }
        }
        return new PremiumTable(corpus.source(), settings, codes, tokenizers.stream().map(Tokenizer::name).toList(), rows);
    }

    private static PremiumRow row(String language, String tokenizer, LanguageCounts c, LanguageCounts ref) {
        TextStats text = c.text();
        return new PremiumRow(language, tokenizer, c.tokens(), ratio(c.tokens(), ref.tokens()),
                text.bytes(), text.chars(), ratio(text.bytes(), ref.text().bytes()), ratio(text.chars(), ref.text().chars()),
                ratio(text.bytes(), c.tokens()), ratio(text.chars(), c.tokens()),
                text.words(), c.usesSpaces() ? ratio(c.tokens(), text.words()) : Double.NaN,
                c.uniqueTypes(), ratio(c.uniqueTypes(), c.vocabSize()), ratio(c.unknownTokens(), c.tokens()),
                c.validTypes() < 0 ? Double.NaN : ratio(c.validTypes(), c.uniqueTypes()),
                c.pureTypes() < 0 ? Double.NaN : ratio(c.pureTypes(), c.uniqueTypes()));
    }

    /** NaN rather than an infinity when there is nothing to divide by (an empty text). */
    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /** Where the corpus came from: {@code udhr}, a FLORES folder or a file path. */
    public String corpus() {
        return corpus;
    }

    public PremiumSettings settings() {
        return settings;
    }

    /** Language codes in corpus order. */
    public List<String> languages() {
        return languages;
    }

    /** Tokenizer names in the order given. */
    public List<String> tokenizers() {
        return tokenizers;
    }

    public List<PremiumRow> rows() {
        return rows;
    }

    /** @throws IllegalArgumentException when the table has no such row */
    public PremiumRow row(String language, String tokenizer) {
        PremiumRow row = byKey.get(key(language, tokenizer));
        if (row == null) {
            throw new IllegalArgumentException("no row for language '" + language + "' and tokenizer '" + tokenizer + "'");
        }
        return row;
    }

    /** One tokenizer's rows in corpus order, e.g. for a bar chart of premiums. */
    public List<PremiumRow> rowsFor(String tokenizer) {
        List<PremiumRow> list = new ArrayList<>();
        rows.stream().filter(r -> r.tokenizer().equals(tokenizer)).forEach(list::add);
        return Collections.unmodifiableList(list);
    }

    /** Names of the lexicons used, by language code, for the convention line under a table. */
    public Map<String, String> lexiconNames() {
        Map<String, String> names = new LinkedHashMap<>();
        settings.lexicons().forEach((language, lexicon) -> names.put(language, lexicon.name()));
        return names;
    }

    private static String key(String language, String tokenizer) {
        return language + '\u0000' + tokenizer;
    }
}
