package org.tokenscope.views.counterfactual;

import java.util.List;

/**
 * The sweep at one position of one run: each top alternative forced there and what its counterfactual did.
 *
 * @param baseNode the branch whose run was swept, null for the factual run
 */
public record SweepResult(Integer baseNode, int position, int topM, List<Row> rows) {

    public SweepResult {
        rows = List.copyOf(rows);
    }

    /**
     * One alternative: its visible form, raw probability and rank at the position, the counterfactual's first
     * divergence and edit distance to the swept run, and its continuation as text.
     */
    public record Row(int id, String token, double probRaw, int rankRaw, Integer firstDivergence, int editDistance, String text) {
    }
}
