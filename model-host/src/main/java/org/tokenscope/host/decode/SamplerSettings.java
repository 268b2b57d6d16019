package org.tokenscope.host.decode;

/**
 * Warper and sampling settings, applied in this order: temperature, top-k, top-p, min-p.
 *
 * @param temperature 0 means greedy (ties to the lowest id)
 * @param topK        0 = off
 * @param topP        1.0 = off
 * @param minP        0 = off; keeps tokens with p ≥ minP · p_max
 * @param seed        key of the Gumbel noise
 */
public record SamplerSettings(double temperature, int topK, double topP, double minP, long seed) {
    public static final SamplerSettings DEFAULT = new SamplerSettings(1.0, 0, 1.0, 0.0, 0);

    public SamplerSettings {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number ≥ 0, got " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("top-k must be ≥ 0 (0 = off), got " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p must be in (0, 1], got " + topP);
        }
        if (!(minP >= 0 && minP <= 1)) {
            throw new IllegalArgumentException("min-p must be in [0, 1], got " + minP);
        }
    }

    public boolean greedy() {
        return temperature == 0;
    }
}
