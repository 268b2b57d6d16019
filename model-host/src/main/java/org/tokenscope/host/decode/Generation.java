package org.tokenscope.host.decode;

import java.util.List;

/** A finished generation: the prompt ids (BOS included when added), one step per token, and why it stopped. */
public record Generation(int[] promptIds, List<Step> steps, String stop) {
    public static final String EOS = "eos";
    public static final String LENGTH = "length";

    public int[] generatedIds() {
        return steps.stream().mapToInt(Step::id).toArray();
    }
}
