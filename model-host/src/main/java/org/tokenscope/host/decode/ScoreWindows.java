package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The sliding windows that score a document longer than the model's context, as in Hugging Face's perplexity
 * guide: windows of at most {@code context} tokens advancing by {@code stride}; the first window scores all its
 * tokens, each later one only the tokens no earlier window scored (its last {@code stride}), conditioned on the
 * {@code context − stride} tokens before them. So every token is scored exactly once, with as much left context as
 * its window gives.
 *
 * <p>Positions are indices into the whole sequence {@code contextIds ++ textIds}; tokens before
 * {@code firstScored} (the prompt, or BOS) condition but are never scored. With {@code pinBos} the sequence starts
 * with BOS and every window starts with it too: the model was trained on sequences that begin with BOS, so a window
 * cut from the middle of a text without it would be out of distribution (its first positions would be scored as
 * if the text started there, without the start-of-sequence token the model always saw). The BOS takes one of the
 * window's {@code context} slots.
 */
public final class ScoreWindows {
    private ScoreWindows() {
    }

    /**
     * One forward pass: the model reads {@code [BOS] ++ seq[begin, end)} (BOS only when pinned and {@code begin > 0})
     * and scores positions {@code [scoreFrom, end)}.
     */
    public record Window(int begin, int end, int scoreFrom) {
        public int scored() {
            return end - scoreFrom;
        }
    }

    /** The largest stride a window of {@code context} tokens allows: each scored token keeps ≥ 1 token of text before it. */
    public static int maxStride(int context, boolean pinBos) {
        return context - (pinBos ? 1 : 0) - 1;
    }

    /** Half the context (Hugging Face's example), within the allowed range. */
    public static int defaultStride(int context, boolean pinBos) {
        return Math.max(1, Math.min(context / 2, maxStride(context, pinBos)));
    }

    /** Refuses a stride outside 1..{@link #maxStride}, with the bound and why in the message. */
    public static void checkStride(int stride, int context, boolean pinBos) {
        int max = maxStride(context, pinBos);
        if (stride < 1 || stride > max) {
            throw new IllegalArgumentException("the stride must be between 1 and " + max + " tokens (the model's context of "
                    + context + (pinBos ? " less the BOS that starts every window," : "")
                    + " less 1 so every window keeps some context), not " + stride);
        }
    }

    /**
     * The windows over a sequence of {@code length} tokens whose tokens from {@code firstScored} (≥ 1) on are scored;
     * one window when the sequence fits the context or the context is unknown ({@code context ≤ 0}).
     */
    public static List<Window> plan(int length, int firstScored, int context, int stride, boolean pinBos) {
        if (firstScored < 1 || firstScored > length) {
            throw new IllegalArgumentException("firstScored " + firstScored + " outside 1.." + length);
        }
        if (context <= 0 || length <= context) {
            return List.of(new Window(0, length, firstScored));
        }
        checkStride(stride, context, pinBos);
        int pin = pinBos ? 1 : 0;
        int width = context - pin; // text tokens a window holds besides the pinned BOS
        List<Window> out = new ArrayList<>();
        int scoredUpTo = firstScored;
        for (int begin = pin; ; begin += stride) {
            int end = Math.min(begin + width, length);
            int start = begin == pin ? 0 : begin; // the first window holds the pinned BOS at position 0 already
            int from = Math.max(scoredUpTo, start + 1);
            if (from < end) {
                out.add(new Window(start, end, from));
                scoredUpTo = end;
            }
            if (end == length) {
                return out;
            }
        }
    }

    /** The ids a window reads: {@code seq[begin, end)}, after BOS when it is pinned and not already there. */
    public static int[] ids(int[] seq, Window w, boolean pinBos) {
        boolean bos = pinBos && w.begin() > 0;
        int[] ids = new int[w.end() - w.begin() + (bos ? 1 : 0)];
        if (bos) {
            ids[0] = seq[0];
        }
        System.arraycopy(seq, w.begin(), ids, bos ? 1 : 0, w.end() - w.begin());
        return ids;
    }

    /** The row of a window's logits that predicts sequence position {@code p}. */
    public static int row(Window w, int p, boolean pinBos) {
        return p - w.begin() - 1 + (pinBos && w.begin() > 0 ? 1 : 0);
    }
}
