package org.tokenscope.host.attribution;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.tokenscope.host.job.Cancellation;

/**
 * A cooperative game: a value for every coalition of {@link #players()} players. Estimators ask for
 * values in lists so a model-backed game can evaluate them as batches.
 */
public interface CoalitionGame {

    int players();

    /** v(S) for each coalition, in order; polls {@code cancel} between units of work. */
    double[] values(List<Coalition> coalitions, Cancellation cancel);

    /** How many coalitions an estimator should hand over at once to keep the model's batches full. */
    default int preferredBatch() {
        return AttributionSettings.DEFAULT_BATCH;
    }

    /** Forward passes run so far (0 for games that run no model); budgets in model calls read it. */
    default long modelCalls() {
        return 0;
    }

    default double value(Coalition c) {
        return values(List.of(c), Cancellation.none())[0];
    }

    /** A game given by a formula, e.g. the test games of the spec or a toy game the panel explains. */
    static CoalitionGame of(int players, ToDoubleFunction<Coalition> v) {
        return new CoalitionGame() {
            @Override
            public int players() {
                return players;
            }

            @Override
            public double[] values(List<Coalition> coalitions, Cancellation cancel) {
                double[] out = new double[coalitions.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = v.applyAsDouble(coalitions.get(i));
                }
                return out;
            }
        };
    }
}
