package org.tokenscope.host.sae;

/** How much a feature's decoder direction raises (or lowers) one token's logit through the unembedding. */
public record LogitEffect(int id, String text, String display, float value) {
}
