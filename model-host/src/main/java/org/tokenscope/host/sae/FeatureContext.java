package org.tokenscope.host.sae;

/**
 * A window of corpus tokens around one token where a feature fired, with the feature's activation on every token
 * of the window (for tinting).
 *
 * @param focus       index within the window of the token the context was chosen for
 * @param text        the window decoded as one string
 * @param texts       each token decoded alone
 * @param displays    each token's visible form (␣, ↵, byte tokens)
 */
public record FeatureContext(int storeRow, int focus, int[] ids, String text, String[] texts, String[] displays,
        float[] activations) {

    public float activation() {
        return activations[focus];
    }
}
