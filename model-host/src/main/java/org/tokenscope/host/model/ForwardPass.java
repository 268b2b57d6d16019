package org.tokenscope.host.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One ONNX Runtime run of a decoder: builds the inputs the signature asks for and owns the outputs. */
final class ForwardPass {
    private ForwardPass() {
    }

    /** The outputs of a run. Close it; take the cache first if the next step needs it. */
    static final class Output implements AutoCloseable {
        private final OnnxTensor logits;
        private final SharedTensor[] present;
        private final Map<String, OnnxTensor> extra;
        private boolean cacheTaken;

        Output(OnnxTensor logits, SharedTensor[] present, Map<String, OnnxTensor> extra) {
            this.logits = logits;
            this.present = present;
            this.extra = extra;
        }

        OnnxTensor logits() {
            return logits;
        }

        Map<String, OnnxTensor> extra() {
            return extra;
        }

        /** Hands the present tensors to a cache that now owns them. */
        KvCache takeCache(int length) {
            cacheTaken = true;
            return new KvCache(present, length);
        }

        @Override
        public void close() {
            logits.close();
            extra.values().forEach(OnnxValue::close);
            if (!cacheTaken && present != null) {
                for (SharedTensor t : present) {
                    t.release();
                }
            }
        }
    }

    static Output run(OrtSession session, IoSignature sig, int[][] ids, int pastLen, KvCache past, boolean wantCache,
            Set<String> taps) {
        int[][] mask = new int[ids.length][pastLen + ids[0].length];
        for (int[] row : mask) {
            Arrays.fill(row, 1);
        }
        return run(session, sig, ids, mask, pastLen, past, wantCache, taps);
    }

    /**
     * Runs ids [batch][t] after {@code pastLen} cached positions; {@code mask} is [batch][pastLen + t].
     * Positions count from the cache length; right padding keeps real tokens' positions intact.
     */
    static Output run(OrtSession session, IoSignature sig, int[][] ids, int[][] mask, int pastLen, KvCache past,
            boolean wantCache, Set<String> taps) {
        int batch = ids.length, t = ids[0].length;
        Map<String, OnnxTensorLike> inputs = new LinkedHashMap<>();
        List<OnnxTensor> created = new ArrayList<>();
        try {
            created.add(put(inputs, sig.inputIds().name(), Tensors.ints(OnnxLanguageModel.ENV, sig.inputIds().type(), ids)));
            if (sig.attentionMask() != null) {
                created.add(put(inputs, sig.attentionMask().name(),
                        Tensors.ints(OnnxLanguageModel.ENV, sig.attentionMask().type(), mask)));
            }
            if (sig.positionIds() != null) {
                int[][] pos = new int[batch][t];
                for (int[] row : pos) {
                    for (int j = 0; j < t; j++) {
                        row[j] = pastLen + j;
                    }
                }
                created.add(put(inputs, sig.positionIds().name(),
                        Tensors.ints(OnnxLanguageModel.ENV, sig.positionIds().type(), pos)));
            }
            if (sig.useCacheBranch() != null) {
                created.add(put(inputs, sig.useCacheBranch().name(), Tensors.bool(OnnxLanguageModel.ENV, pastLen > 0)));
            }
            addAttentionLengths(inputs, created, sig, mask, pastLen + t);
            addCache(inputs, created, sig, batch, past);
            Set<String> wanted = new LinkedHashSet<>();
            wanted.add(sig.logits());
            if (wantCache) {
                for (int i = 0; i < sig.layers(); i++) {
                    wanted.add(sig.presentKeys().get(i));
                    if (sig.presentValues().get(i) != null) {
                        wanted.add(sig.presentValues().get(i));
                    }
                }
            }
            wanted.addAll(taps);
            OrtSession.Result result = session.run(inputs, wanted);
            return collect(result, sig, wantCache, taps);
        } catch (OrtException e) {
            throw new ModelException("the model failed to run: " + e.getMessage().lines().findFirst().orElse(""), e);
        } finally {
            created.forEach(OnnxTensor::close);
        }
    }

    /**
     * GroupQueryAttention graphs that take its lengths as inputs: {@code seqlens_k} is each row's number of
     * attended positions minus one, {@code total_sequence_length} the mask's width (past plus new tokens).
     */
    private static void addAttentionLengths(Map<String, OnnxTensorLike> inputs, List<OnnxTensor> created,
            IoSignature sig, int[][] mask, int total) throws OrtException {
        if (sig.seqlensK() != null) {
            int[] lengths = new int[mask.length];
            for (int b = 0; b < mask.length; b++) {
                int attended = 0;
                for (int m : mask[b]) {
                    attended += m;
                }
                lengths[b] = attended - 1;
            }
            created.add(put(inputs, sig.seqlensK().name(), Tensors.vector(OnnxLanguageModel.ENV, sig.seqlensK().type(),
                    lengths)));
        }
        if (sig.totalSequenceLength() != null) {
            TensorSpec spec = sig.totalSequenceLength();
            created.add(put(inputs, spec.name(), spec.rank() == 1
                    ? Tensors.vector(OnnxLanguageModel.ENV, spec.type(), new int[] {total})
                    : Tensors.scalar(OnnxLanguageModel.ENV, spec.type(), total)));
        }
    }

    private static OnnxTensor put(Map<String, OnnxTensorLike> inputs, String name, OnnxTensor t) {
        inputs.put(name, t);
        return t;
    }

    private static void addCache(Map<String, OnnxTensorLike> inputs, List<OnnxTensor> created, IoSignature sig,
            int batch, KvCache past) throws OrtException {
        if (sig.layout() == CacheLayout.NONE) {
            return;
        }
        long[] emptyShape = sig.layout() == CacheLayout.SEPARATE
                ? new long[] {batch, sig.kvHeads(), 0, sig.headDim()}
                : new long[] {2, batch, sig.kvHeads(), 0, sig.headDim()};
        int part = 0;
        for (int i = 0; i < sig.layers(); i++) {
            for (String name : new String[] {sig.pastKeys().get(i), sig.pastValues().get(i)}) {
                if (name == null) {
                    continue;
                }
                if (past.isEmpty()) {
                    created.add(put(inputs, name, Tensors.emptyCache(OnnxLanguageModel.ENV, sig.cacheType(), emptyShape)));
                } else {
                    inputs.put(name, past.part(part).tensor());
                }
                part++;
            }
        }
    }

    private static Output collect(OrtSession.Result result, IoSignature sig, boolean wantCache, Set<String> taps) {
        Map<String, OnnxTensor> byName = new HashMap<>();
        for (Map.Entry<String, OnnxValue> e : result) {
            byName.put(e.getKey(), (OnnxTensor) e.getValue());
        }
        SharedTensor[] present = null;
        if (wantCache) {
            List<SharedTensor> parts = new ArrayList<>();
            for (int i = 0; i < sig.layers(); i++) {
                parts.add(new SharedTensor(byName.get(sig.presentKeys().get(i))));
                if (sig.presentValues().get(i) != null) {
                    parts.add(new SharedTensor(byName.get(sig.presentValues().get(i))));
                }
            }
            present = parts.toArray(SharedTensor[]::new);
        }
        Map<String, OnnxTensor> extra = new LinkedHashMap<>();
        for (String tap : taps) {
            extra.put(tap, byName.get(tap));
        }
        // The Result itself is not closed: its tensors now belong to the Output and the cache.
        return new Output(byName.get(sig.logits()), present, extra);
    }
}
