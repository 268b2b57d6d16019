package org.tokenscope.host.sae;

/** The auxiliary loss that revives features (sae.md). */
public enum AuxKind {
    NONE,
    /** Gao et al.: reconstruct the residual from the top k_aux pre-activations of dead features. */
    AUXK,
    /**
     * Our reading of Ayonrinde's aux_zipf_loss: the AuxK reconstruction over under-used features (running density
     * below half the Zipf-expected density of their rank, dead ones included), each activation weighted by its
     * shortfall (expected − observed), divided by the largest shortfall so weights lie in (0, 1].
     */
    ZIPF
}
