package org.tokenscope.host.decode;

import java.util.List;

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
}
