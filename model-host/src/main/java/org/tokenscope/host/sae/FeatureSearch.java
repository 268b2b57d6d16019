package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Finds features that fire on a token or phrase the user types: the phrase is tokenised (as typed, and with a
 * leading space, since mid-sentence words tokenise that way), its occurrences are found among the examined
 * tokens, and the features active on each occurrence's last token are ranked by how often they fire there.
 */
public final class FeatureSearch {
    /**
     * @param occurrences places the phrase occurs
     * @param firing      of those, how many have this feature active on the phrase's last token
     */
    public record Hit(int feature, int occurrences, int firing, double meanActivation) {
        public double fraction() {
            return occurrences == 0 ? 0 : firing / (double) occurrences;
        }
    }

    private FeatureSearch() {
    }

    static List<Hit> search(TokenCodes codes, ActivationStore store, Tokenizer tok, String phrase, int limit) {
        if (phrase == null || phrase.isBlank() || tok == null) {
            return List.of();
        }
        List<Integer> ends = new ArrayList<>();
        for (String variant : new String[] {phrase, " " + phrase.strip()}) {
            int[] ids = tok.encodeIds(variant);
            for (int t = ids.length - 1; ids.length > 0 && t < codes.tokens; t++) {
                if (matchesAt(store, ids, t) && !ends.contains(t)) {
                    ends.add(t);
                }
            }
        }
        int n = codes.dSae;
        int[] firing = new int[n];
        double[] sum = new double[n];
        for (int t : ends) {
            for (int e = codes.tokenStart[t]; e < codes.tokenStart[t + 1]; e++) {
                firing[codes.feature[e]]++;
                sum[codes.feature[e]] += codes.value[e];
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            if (firing[f] > 0) {
                hits.add(new Hit(f, ends.size(), firing[f], sum[f] / firing[f]));
            }
        }
        hits.sort((a, b) -> a.firing() != b.firing() ? Integer.compare(b.firing(), a.firing())
                : a.meanActivation() != b.meanActivation() ? Double.compare(b.meanActivation(), a.meanActivation())
                : Integer.compare(a.feature(), b.feature()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** Whether the ids end at row {@code end}, within one sequence. */
    private static boolean matchesAt(ActivationStore store, int[] ids, int end) {
        int seq = store.sequence(end);
        for (int i = 0; i < ids.length; i++) {
            int row = end - (ids.length - 1) + i;
            if (store.token(row) != ids[i] || store.sequence(row) != seq) {
                return false;
            }
        }
        return true;
    }
}
