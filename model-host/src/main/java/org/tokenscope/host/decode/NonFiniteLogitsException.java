package org.tokenscope.host.decode;

import org.tokenscope.host.model.ModelException;

/**
 * The model returned logits no distribution can be built from: a NaN, a +∞, or only −∞ (−∞ alone is a legitimate
 * mask). Thrown where distributions are built ({@link Distributions#softmax}, {@link Distributions#softmaxEntropy});
 * callers that know the position re-throw it with {@link #at(int)}. A {@link ModelException}, so the command line
 * prints it as one error line (exit 1) and the panels show it as a message.
 */
public final class NonFiniteLogitsException extends ModelException {
    private final String kind;
    private final int position;
    private final int tokenId;

    NonFiniteLogitsException(String kind, int tokenId) {
        this(kind, tokenId, -1);
    }

    private NonFiniteLogitsException(String kind, int tokenId, int position) {
        super(message(kind, position));
        this.kind = kind;
        this.tokenId = tokenId;
        this.position = position;
    }

    private static String message(String kind, int position) {
        return "the model returned " + kind + " logits" + (position >= 0 ? " at position " + position : "")
                + ": the model file is broken or its precision overflowed; try the fp32 variant";
    }

    /** This exception with the (0-based) position whose logits were bad; unchanged when it already has one. */
    public NonFiniteLogitsException at(int position) {
        return this.position >= 0 ? this : new NonFiniteLogitsException(kind, tokenId, position);
    }

    /** "NaN", "+∞" or "only −∞". */
    public String kind() {
        return kind;
    }

    /** The position, or −1 when the thrower did not know it. */
    public int position() {
        return position;
    }

    /** The first offending token id (−1 when every logit is −∞). */
    public int tokenId() {
        return tokenId;
    }

    /**
     * The largest logit, after checking that none is NaN or +∞ and that not all are −∞.
     *
     * @throws NonFiniteLogitsException otherwise
     */
    static double checkedMax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            float l = logits[i];
            if (l != l) {
                throw new NonFiniteLogitsException("NaN", i);
            }
            if (l == Float.POSITIVE_INFINITY) {
                throw new NonFiniteLogitsException("+∞", i);
            }
            if (l > max) {
                max = l;
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            throw new NonFiniteLogitsException("only −∞", -1);
        }
        return max;
    }
}
