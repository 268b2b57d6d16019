package org.tokenscope.host.decode;

import java.util.List;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * A decoding run as recorded: settings, the prompt ids (BOS included when added), one step per generated
 * token and why it stopped. Everything needed to regenerate any step's noise (the seed and each step's
 * position and trial) is here; it serialises into project files.
 */
public record Trace(SamplerSettings sampler, CautiousSettings cautious, int maxTokens, boolean stopAtEos,
        int[] promptIds, List<Step> steps, String stop) {
    public static final String EOS = "eos";
    public static final String LENGTH = "length";
    public static final String RUNNING = "running";

    public int[] generatedIds() {
        return steps.stream().mapToInt(Step::id).toArray();
    }

    /** The generated ids without the EOS that ended the run: what the continuation's text shows. */
    public int[] continuationIds() {
        int[] ids = generatedIds();
        return EOS.equals(stop) && ids.length > 0 ? java.util.Arrays.copyOf(ids, ids.length - 1) : ids;
    }

    /** The continuation's text as it reads after the prompt (see {@link Tokenizer#decodeAfter}). */
    public String continuationText(Tokenizer tokenizer) {
        return tokenizer.decodeAfter(promptIds, continuationIds());
    }

    /** Every generated token's text after the prompt, the EOS included. */
    public String generatedText(Tokenizer tokenizer) {
        return tokenizer.decodeAfter(promptIds, generatedIds());
    }
}
