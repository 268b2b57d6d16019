package org.tokenscope.host.attribution;

import java.util.Arrays;

/**
 * How an absent player is taken out of the prompt. The choice changes the answer, so every result names
 * its masking. Present players, pinned parts and BOS always keep their tokens.
 */
public sealed interface Masking permits Masking.Remove, Masking.Baseline, Masking.Filler {

    /** {@code remove}, {@code baseline} or {@code filler}. */
    String name();

    /** The model input for coalition {@code present} of {@code seg}'s players. */
    int[] apply(Segmentation seg, Coalition present);

    /** The longest input any coalition can produce (for the context check). */
    int maxLength(Segmentation seg);

    /** Drop the absent players' tokens: later tokens move to earlier positions. */
    record Remove() implements Masking {
        @Override
        public String name() {
            return "remove";
        }

        @Override
        public int[] apply(Segmentation seg, Coalition present) {
            return build(seg, present, null, false);
        }

        @Override
        public int maxLength(Segmentation seg) {
            return seg.length();
        }
    }

    /** Replace each token of an absent player by one baseline token: positions are kept. */
    record Baseline(int tokenId) implements Masking {
        @Override
        public String name() {
            return "baseline";
        }

        @Override
        public int[] apply(Segmentation seg, Coalition present) {
            return build(seg, present, new int[] {tokenId}, true);
        }

        @Override
        public int maxLength(Segmentation seg) {
            return seg.length();
        }
    }

    /** Replace each absent player (all its tokens) by the tokens of a neutral text such as "...". */
    record Filler(String text, int[] ids) implements Masking {
        public Filler {
            if (ids.length == 0) {
                throw new IllegalArgumentException("a filler needs at least one token");
            }
            ids = ids.clone();
        }

        @Override
        public int[] ids() {
            return ids.clone();
        }

        @Override
        public String name() {
            return "filler";
        }

        @Override
        public int[] apply(Segmentation seg, Coalition present) {
            return build(seg, present, ids, false);
        }

        @Override
        public int maxLength(Segmentation seg) {
            int n = seg.length();
            for (Player p : seg.players()) {
                n += Math.max(0, ids.length - p.positions().length);
            }
            return n;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Filler f && f.text.equals(text) && Arrays.equals(f.ids, ids);
        }

        @Override
        public int hashCode() {
            return text.hashCode() * 31 + Arrays.hashCode(ids);
        }
    }

    /**
     * Walks the full input; an absent player's tokens are dropped, or each replaced by {@code replacement}
     * ({@code perToken}), or the whole player replaced once by {@code replacement} at its first token.
     */
    private static int[] build(Segmentation seg, Coalition present, int[] replacement, boolean perToken) {
        if (present.players() != seg.playerCount()) {
            throw new IllegalArgumentException("coalition of " + present.players() + " players for a game of " + seg.playerCount());
        }
        int[] out = new int[seg.length() + (replacement == null ? 0 : replacement.length * seg.playerCount())];
        int n = 0;
        for (int pos = 0; pos < seg.length(); pos++) {
            int owner = seg.ownerOf(pos);
            if (owner < 0 || present.contains(owner)) {
                out[n++] = seg.idAt(pos);
            } else if (replacement != null && (perToken || seg.players().get(owner).firstPosition() == pos)) {
                System.arraycopy(replacement, 0, out, n, replacement.length);
                n += replacement.length;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
