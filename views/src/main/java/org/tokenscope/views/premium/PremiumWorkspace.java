package org.tokenscope.views.premium;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.tokenscope.host.premium.ParallelCorpus;
import org.tokenscope.host.tokenize.HfTokenizer;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * The loaded corpus and tokenizers, kept between jobs: a UDHR read takes a second and a tiktoken vocabulary a
 * few hundred milliseconds, and the sentence view asks for them again on every change. Called from job threads.
 */
final class PremiumWorkspace implements AutoCloseable {
    private CorpusSpec corpusSpec;
    private boolean corpusPartial;
    private ParallelCorpus corpus;
    /** By {@link TokenizerSpec#key()} plus the model tokenizer's path, so a new model gets its own entry. */
    private final Map<String, Tokenizer> tokenizers = new HashMap<>();

    /** The corpus, read again only when the spec or the partial choice changed. */
    synchronized ParallelCorpus corpus(CorpusSpec spec, boolean includePartial) {
        if (corpus == null || !spec.equals(corpusSpec) || includePartial != corpusPartial) {
            ParallelCorpus read = spec.open(includePartial);
            corpus = read;
            corpusSpec = spec;
            corpusPartial = includePartial;
        }
        return corpus;
    }

    /** Forgets the corpus so that the next read sees the file's current content (the user edited it). */
    synchronized void forgetCorpus() {
        corpus = null;
    }

    synchronized Tokenizer tokenizer(TokenizerSpec spec, Path modelTokenizer) {
        String key = spec.key() + '\u0000' + (spec.isModel() ? modelTokenizer : "");
        Tokenizer t = tokenizers.get(key);
        if (t == null) {
            t = spec.load(modelTokenizer);
            tokenizers.put(key, t);
        }
        return t;
    }

    /** Frees the native memory of the tokenizer.json files loaded so far. */
    @Override
    public synchronized void close() {
        for (Tokenizer t : tokenizers.values()) {
            if (t instanceof HfTokenizer hf) {
                hf.close(); // built-in tokenizers are shared by the catalog; only files are ours to close
            }
        }
        tokenizers.clear();
    }
}
