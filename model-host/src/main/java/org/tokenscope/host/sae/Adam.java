package org.tokenscope.host.sae;

/**
 * Adam (Kingma and Ba, 2015), written out because the engine has no tensor library; it computes exactly what
 * {@code torch.optim.Adam} does without weight decay or AMSGrad, so runs compare with the PyTorch reference:
 * <pre>
 *   m ← β1·m + (1 − β1)·g          v ← β2·v + (1 − β2)·g²
 *   p ← p − lr/(1 − β1^t) · m / (√v / √(1 − β2^t) + ε)
 * </pre>
 * The update is dense (every parameter's moments decay every step, as in PyTorch) even though TopK makes most
 * gradient rows zero; it costs a few passes over the weights per step, small next to the batch's work.
 */
final class Adam {
    private final float beta1;
    private final float beta2;
    private final float eps;
    private final float[][] m;
    private final float[][] v;
    private int t;

    /** One pair of moment arrays per parameter array, sized like them. */
    Adam(float beta1, float beta2, float eps, int... sizes) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        m = new float[sizes.length][];
        v = new float[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            m[i] = new float[sizes[i]];
            v[i] = new float[sizes[i]];
        }
    }

    /** Advances the step counter; call once per optimiser step, before {@link #update}. */
    void nextStep() {
        t++;
    }

    int step() {
        return t;
    }

    /** Updates {@code param[from, to)} (parameter number {@code slot}) with its gradient at learning rate {@code lr}. */
    void update(int slot, float[] param, float[] grad, int from, int to, double lr) {
        float[] mm = m[slot], vv = v[slot];
        double bc1 = 1 - Math.pow(beta1, t), bc2 = 1 - Math.pow(beta2, t);
        float stepSize = (float) (lr / bc1);
        float invSqrtBc2 = (float) (1 / Math.sqrt(bc2));
        float b1 = beta1, b2 = beta2, e = eps, c1 = 1 - beta1, c2 = 1 - beta2;
        for (int i = from; i < to; i++) {
            float g = grad[i];
            float mi = b1 * mm[i] + c1 * g;
            float vi = b2 * vv[i] + c2 * g * g;
            mm[i] = mi;
            vv[i] = vi;
            param[i] -= stepSize * mi / ((float) Math.sqrt(vi) * invSqrtBc2 + e);
        }
    }
}
