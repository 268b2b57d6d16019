package org.tokenscope.host.sae;

/**
 * Encodes many inputs with an SAE's inference rule: the dense product for a block of rows at once (see
 * {@link EncoderGemm}), then each row's activation rule in parallel. Results equal {@link Sae#encode} up to float
 * rounding of the product.
 */
public final class BatchEncoder implements AutoCloseable {
    private static final int BLOCK = 1024;

    private final Sae sae;
    private final EncoderGemm gemm;
    private final Parallel parallel;

    public BatchEncoder(Sae sae, int threads) {
        this.sae = sae;
        this.gemm = new EncoderGemm(sae.dIn(), sae.dSae(), false, threads);
        this.parallel = new Parallel(threads);
    }

    public Sae sae() {
        return sae;
    }

    /** Codes of {@code rows} inputs stored row-major in {@code xs}. */
    public SaeCode[] encode(float[] xs, int rows) {
        int d = sae.dIn(), n = sae.dSae();
        SaeCode[] out = new SaeCode[rows];
        float[] xp = new float[Math.min(rows, BLOCK) * d];
        float[] pre = new float[Math.min(rows, BLOCK) * n];
        SaeCode.InputNorm[] norms = new SaeCode.InputNorm[Math.min(rows, BLOCK)];
        boolean rescale = sae.config().architecture() == Architecture.TOPK && sae.config().rescaleActsByDecoderNorm();
        for (int first = 0; first < rows; first += BLOCK) {
            int count = Math.min(BLOCK, rows - first), base = first;
            parallel.forRange(count, (w, from, to) -> {
                float[] x = new float[d], prepared = new float[d];
                for (int r = from; r < to; r++) {
                    System.arraycopy(xs, (base + r) * d, x, 0, d);
                    norms[r] = sae.prepareInput(x, prepared);
                    System.arraycopy(prepared, 0, xp, r * d, d);
                }
            });
            gemm.multiply(xp, count, sae.wEnc, sae.bEnc, pre);
            parallel.forRange(count, (w, from, to) -> {
                for (int r = from; r < to; r++) {
                    if (rescale) {
                        for (int j = 0; j < n; j++) {
                            pre[r * n + j] *= sae.decoderNorm(j);
                        }
                    }
                    out[base + r] = sae.activate(pre, r * n, norms[r]);
                }
            });
        }
        return out;
    }

    @Override
    public void close() {
        gemm.close();
        parallel.close();
    }
}
