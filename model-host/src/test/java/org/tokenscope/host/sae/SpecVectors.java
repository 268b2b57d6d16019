package org.tokenscope.host.sae;

import java.nio.file.Path;

/** The encode/decode test vector of sae.md: d_in 3, d_sae 4. */
final class SpecVectors {
    static final float[] W_ENC = {1, 0, 0, 1, 0, 1, 0, -1, 0, 0, 1, 0.5f};
    static final float[] B_ENC = {0.1f, -1, 0.5f, 0.25f};
    static final float[] W_DEC = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0.6f, 0, 0.8f};
    static final float[] B_DEC = {0.5f, 0.5f, 0.5f};
    static final float[] X = {1, 2, 3};

    private SpecVectors() {
    }

    static Sae sae(Architecture arch, int k, float[] threshold) {
        SaeConfig cfg = SaeConfig.of(arch, 3, 4, k, new SaeMetadata("spec", "hidden_states.0", 8, true, true, null, null));
        return new Sae(cfg, W_ENC.clone(), B_ENC.clone(), W_DEC.clone(), B_DEC.clone(), threshold);
    }

    /** Written as an SAELens folder and read back, so every vector goes through the file format. */
    static Sae throughFolder(Sae sae, Path dir, DType storage) {
        SaeLensFormat.write(sae, dir, storage, null);
        return SaeLensFormat.read(dir);
    }
}
