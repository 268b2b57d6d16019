package org.tokenscope.host.premium;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Measures every (language, tokenizer) pair on a fixed pool of threads. Each task writes only its own
 * cell of the result grid, and counts are integers, so the grid is the same for any thread count or order.
 */
final class PremiumComputation {
    private final ParallelCorpus corpus;
    private final List<? extends Tokenizer> tokenizers;
    private final PremiumSettings settings;

    PremiumComputation(ParallelCorpus corpus, List<? extends Tokenizer> tokenizers, PremiumSettings settings) {
        this.corpus = corpus;
        this.tokenizers = List.copyOf(tokenizers);
        this.settings = settings;
    }

    /** Refuses what would give a meaningless table, before any work starts. */
    void validate() {
        if (tokenizers.isEmpty()) {
            throw new PremiumException("no tokenizers to compare: choose at least one");
        }
        Set<String> names = new HashSet<>();
        for (Tokenizer t : tokenizers) {
            if (!names.add(t.name())) {
                throw new PremiumException("two tokenizers are named '" + t.name() + "'; rename one of the files");
            }
        }
        if (!corpus.contains(settings.reference())) {
            throw new UnknownLanguageException("unknown reference language '" + settings.reference() + "': "
                    + corpus.source() + " has " + corpus.size() + " languages: " + ParallelCorpus.sample(corpus.codes()));
        }
        for (String language : settings.lexicons().keySet()) {
            if (!corpus.contains(language)) {
                throw new UnknownLanguageException("lexicon given for '" + language + "', which " + corpus.source()
                        + " does not have; it has " + ParallelCorpus.sample(corpus.codes()));
            }
        }
        if (!settings.wholeDocument()) {
            corpus.requireAligned();
        }
    }

    /** counts[language][tokenizer] in corpus and tokenizer order. */
    LanguageCounts[][] run(Progress progress, Cancellation cancellation) {
        validate();
        List<CorpusLanguage> languages = corpus.languages();
        int nTok = tokenizers.size();
        LanguageCounts[][] counts = new LanguageCounts[languages.size()][nTok];
        SharedTexts texts = new SharedTexts(languages, settings.convention(), settings.normalization(), nTok);
        List<FallbackTokens> fallbacks = tokenizers.stream().map(FallbackTokens::new).toList();

        // Longest languages first, so no big one is left running alone at the end; a language's tokenizers
        // run back to back, so its prepared text is shared while it is in memory.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> -languages.get(i).textLength()).thenComparing(i -> i));

        long total = (long) languages.size() * nTok;
        AtomicLong done = new AtomicLong();
        progress.update(0, total, "counting tokens");
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), threadFactory());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int li : order) {
                for (int ti = 0; ti < nTok; ti++) {
                    int language = li;
                    int tokenizer = ti;
                    futures.add(pool.submit(() -> {
                        cancellation.check();
                        PreparedText text = texts.acquire(language);
                        try {
                            counts[language][tokenizer] = measure(text, tokenizers.get(tokenizer), fallbacks.get(tokenizer),
                                    settings.lexicons().get(texts.code(language)), cancellation);
                        } finally {
                            texts.release(language);
                        }
                        progress.update(done.incrementAndGet(), total,
                                texts.code(language) + " × " + tokenizers.get(tokenizer).name());
                    }));
                }
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return counts;
    }

    private static LanguageCounts measure(PreparedText text, Tokenizer tokenizer, FallbackTokens fallback, Lexicon lexicon,
                                          Cancellation cancellation) {
        TypeCounts types = new TypeCounts(tokenizer.vocabSize());
        for (String unit : text.texts()) {
            cancellation.check();
            types.addAll(TokenIds.of(tokenizer, unit));
        }
        long unknown = 0;
        int valid = lexicon == null ? -1 : 0;
        int pure = lexicon == null ? -1 : 0;
        for (int id : types.ids()) {
            if (fallback.isFallback(id)) {
                unknown += types.count(id);
            }
            if (lexicon != null) {
                String surface = TokenSurface.of(tokenizer, id);
                valid += lexicon.isWord(surface) ? 1 : 0;
                pure += lexicon.isMorpheme(surface) ? 1 : 0;
            }
        }
        return new LanguageCounts(types.tokens(), text.stats(), text.usesSpaces(), types.types(), tokenizer.vocabSize(),
                unknown, valid, pure);
    }

    /** Waits for one task; the first failure is rethrown as it was thrown (the finally block stops the rest). */
    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "premium-" + n.incrementAndGet());
            t.setDaemon(true); // never keeps the application alive
            return t;
        };
    }
}
