package org.tokenscope.host.premium;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Each language's {@link PreparedText}, built by the first task that needs it and dropped when the last
 * task of that language is done, so memory holds only the languages in flight rather than the corpus twice.
 */
final class SharedTexts {
    private final List<CorpusLanguage> languages;
    private final Convention convention;
    private final Normalization normalization;
    private final AtomicReferenceArray<FutureTask<PreparedText>> texts;
    private final AtomicInteger[] usesLeft;

    SharedTexts(List<CorpusLanguage> languages, Convention convention, Normalization normalization, int usesPerLanguage) {
        this.languages = languages;
        this.convention = convention;
        this.normalization = normalization;
        this.texts = new AtomicReferenceArray<>(languages.size());
        this.usesLeft = new AtomicInteger[languages.size()];
        for (int i = 0; i < languages.size(); i++) {
            CorpusLanguage language = languages.get(i);
            texts.set(i, new FutureTask<>(() -> PreparedText.of(language, convention, normalization)));
            usesLeft[i] = new AtomicInteger(usesPerLanguage);
        }
    }

    /** The text of language {@code i}; the first caller builds it, concurrent callers wait for that. */
    PreparedText acquire(int i) {
        FutureTask<PreparedText> task = texts.get(i);
        task.run(); // runs once; later calls return at once
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Called once per {@link #acquire} when done with it. */
    void release(int i) {
        if (usesLeft[i].decrementAndGet() == 0) {
            texts.set(i, null);
        }
    }

    String code(int i) {
        return languages.get(i).code();
    }
}
