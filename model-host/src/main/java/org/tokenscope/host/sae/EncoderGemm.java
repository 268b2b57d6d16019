package org.tokenscope.host.sae;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The one dense product an SAE cannot avoid: pre = x W + b over a batch (every pre-activation is needed to pick
 * the active features). It runs on ONNX Runtime's MLAS GEMM, the native kernel the host already ships for model
 * inference, which is an order of magnitude faster than a Java loop on the same core (Java 17 has no stable
 * vector API). Everything sparse stays in Java. When a session cannot be created the product falls back to a
 * plain multi-threaded Java loop with the same result up to float rounding.
 *
 * <p>W is [k][n] ({@code transB} false: SAELens's W_enc) or [n][k] ({@code transB} true: encoder rows, as the trainer
 * keeps them so that each feature's gradient is contiguous). Not thread-safe: one instance per caller.
 */
final class EncoderGemm implements AutoCloseable {
    private final int k;
    private final int n;
    private final boolean transB;
    private final Parallel parallel;
    private final OrtSession session;
    private final OrtEnvironment env;
    private int capacityRows;
    private FloatBuffer x, y;
    private final FloatBuffer w, b;

    EncoderGemm(int k, int n, boolean transB, int threads) {
        this.k = k;
        this.n = n;
        this.transB = transB;
        this.parallel = new Parallel(threads);
        this.env = OrtEnvironment.getEnvironment();
        this.session = open(k, n, transB, threads);
        this.w = direct((long) k * n);
        this.b = direct(n);
    }

    private OrtSession open(int k, int n, boolean transB, int threads) {
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(Math.max(1, threads));
            opts.setInterOpNumThreads(1);
            opts.addConfigEntry("session.intra_op.allow_spinning", "0");
            return env.createSession(GemmGraph.model(k, n, transB), opts);
        } catch (OrtException | UnsatisfiedLinkError e) {
            return null; // the Java loop below is used instead
        }
    }

    boolean isNative() {
        return session != null;
    }

    /** out[r][j] = Σ_i x[r][i] · W(i, j) + bias[j] for r < rows; {@code out} has at least rows × n values. */
    void multiply(float[] xs, int rows, float[] weights, float[] bias, float[] out) {
        if (session == null) {
            javaMultiply(xs, rows, weights, bias, out);
            return;
        }
        ensureRows(rows);
        x.clear();
        x.put(xs, 0, rows * k);
        run(rows, weights, bias, out);
    }

    /** The same with the inputs as separate rows. */
    void multiplyRows(float[][] xs, int rows, float[] weights, float[] bias, float[] out) {
        if (session == null) {
            float[] flat = new float[rows * k];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(xs[r], 0, flat, r * k, k);
            }
            javaMultiply(flat, rows, weights, bias, out);
            return;
        }
        ensureRows(rows);
        x.clear();
        for (int r = 0; r < rows; r++) {
            x.put(xs[r], 0, k);
        }
        run(rows, weights, bias, out);
    }

    private void run(int rows, float[] weights, float[] bias, float[] out) {
        w.clear();
        w.put(weights);
        b.clear();
        b.put(bias);
        long[] wShape = transB ? new long[] {n, k} : new long[] {k, n};
        try (OnnxTensor tx = OnnxTensor.createTensor(env, x.position(0).limit(rows * k), new long[] {rows, k});
                OnnxTensor tw = OnnxTensor.createTensor(env, w.position(0), wShape);
                OnnxTensor tb = OnnxTensor.createTensor(env, b.position(0), new long[] {n});
                OnnxTensor ty = OnnxTensor.createTensor(env, y.position(0).limit(rows * n), new long[] {rows, n});
                OrtSession.Result result = session.run(Map.of("x", tx, "w", tw, "b", tb), Map.of("y", ty))) {
            assert result.size() == 1;
            y.position(0).limit(rows * n);
            y.get(out, 0, rows * n); // the output was written into y (pinned), no copy on ORT's side
        } catch (OrtException e) {
            throw new SaeException("the encoder product failed in ONNX Runtime: " + e.getMessage(), e);
        }
    }

    private void ensureRows(int rows) {
        if (rows > capacityRows) {
            capacityRows = Math.max(rows, capacityRows * 2);
            x = direct((long) capacityRows * k);
            y = direct((long) capacityRows * n);
        }
    }

    private static FloatBuffer direct(long floats) {
        if (floats * 4 > Integer.MAX_VALUE) {
            throw new SaeException("batch too large for one product: " + floats + " floats; use a smaller batch");
        }
        return ByteBuffer.allocateDirect((int) (floats * 4)).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** The fallback: for each row, out = b + Σ_i x_i · (row i of W) — contiguous axpys the JIT vectorises. */
    void javaMultiply(float[] xs, int rows, float[] weights, float[] bias, float[] out) {
        parallel.forRange(rows, (worker, from, to) -> {
            for (int r = from; r < to; r++) {
                int o = r * n;
                System.arraycopy(bias, 0, out, o, n);
                if (transB) {
                    for (int j = 0; j < n; j++) {
                        float s = 0;
                        for (int i = 0; i < k; i++) {
                            s += xs[r * k + i] * weights[j * k + i];
                        }
                        out[o + j] += s;
                    }
                } else {
                    for (int i = 0; i < k; i++) {
                        float a = xs[r * k + i];
                        int wo = i * n;
                        for (int j = 0; j < n; j++) {
                            out[o + j] += a * weights[wo + j];
                        }
                    }
                }
            }
        });
    }

    @Override
    public void close() {
        parallel.close();
        if (session != null) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // closing
            }
        }
    }
}
