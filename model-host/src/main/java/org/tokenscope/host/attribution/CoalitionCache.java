package org.tokenscope.host.attribution;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * v(S) of one game (model, prompt, players, target, value function, masking) by coalition. Each coalition
 * is evaluated by the model once; later estimators and runs on the same game read it from here.
 */
public final class CoalitionCache {
    private final Map<Coalition, Double> values = new ConcurrentHashMap<>();

    public OptionalDouble get(Coalition c) {
        Double v = values.get(c);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public void put(Coalition c, double v) {
        values.put(c, v);
    }

    /** Coalitions held. */
    public int size() {
        return values.size();
    }

    public void clear() {
        values.clear();
    }
}
