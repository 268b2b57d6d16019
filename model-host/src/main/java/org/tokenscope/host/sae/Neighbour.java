package org.tokenscope.host.sae;

/** Another feature and the cosine between the two decoder directions. */
public record Neighbour(int feature, float cosine) {
}
