package org.tokenscope.host.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tokenscope.host.io.BoundedFiles;

/**
 * Sessions over patched copies of a model that expose intermediate tensors as outputs. The copy is written
 * beside the original so relative external-data paths still resolve.
 */
final class TapSessions implements AutoCloseable {
    private final ModelFolder folder;
    private final Path onnx;
    private final int threads;
    private final OnnxGraphScan graph;
    private final Map<String, OrtSession> sessions = new HashMap<>();

    TapSessions(ModelFolder folder, int threads, OnnxGraphScan graph) {
        this.folder = folder;
        this.onnx = folder.onnxFile();
        this.threads = threads;
        this.graph = graph;
    }

    /** {@code taps} is what the model offers, for the message when {@code tap} is not among them. */
    synchronized float[][] activations(IoSignature sig, String tap, int[] ids, List<String> taps) {
        if (!graph.mainOutputs().contains(tap)) {
            throw new ModelException(missing(tap, taps));
        }
        OrtSession s = sessions.computeIfAbsent(tap, this::open);
        IoSignature tapSig = new IoSignature(sig.inputIds(), sig.attentionMask(), sig.positionIds(),
                sig.useCacheBranch(), sig.seqlensK(), sig.totalSequenceLength(), sig.layout(), sig.pastKeys(), sig.pastValues(), sig.presentKeys(),
                sig.presentValues(), sig.cacheType(), sig.kvHeads(), sig.headDim(), sig.logits(), sig.logitsType(),
                sig.logitsWidth(), List.of(), sig.inputs(), sig.outputs());
        try (ForwardPass.Output o = ForwardPass.run(s, tapSig, new int[][] {ids}, 0, KvCache.empty(), false, Set.of(tap))) {
            OnnxTensor t = o.extra().get(tap);
            long[] shape = t.getInfo().getShape();
            if (shape.length == 3) {
                return Tensors.rows(t, 0, 0, ids.length, ids.length);
            }
            if (shape.length == 2 && shape[0] == ids.length) {
                float[] flat = t.getFloatBuffer().array();
                float[][] rows = new float[ids.length][(int) shape[1]];
                for (int i = 0; i < rows.length; i++) {
                    System.arraycopy(flat, i * rows[i].length, rows[i], 0, rows[i].length);
                }
                return rows;
            }
            throw new ModelException("tap " + tap + " has shape " + java.util.Arrays.toString(shape)
                    + ", not [batch, sequence, width]: pick a residual-stream tensor");
        }
    }

    private OrtSession open(String tap) {
        byte[] patched = OnnxGraphFile.withExtraOutputs(OnnxGraphFile.read(onnx), List.of(tap));
        String stem = onnx.getFileName().toString().replaceFirst("\\.onnx$", "");
        Path copy = onnx.resolveSibling(stem + ".taps-" + Integer.toHexString(tap.hashCode()) + ".onnx");
        try {
            Path tmp = Files.createTempFile(onnx.getParent(), stem, ".tmp");
            Files.write(tmp, patched);
            Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ModelException("cannot write the tap copy of the model beside " + onnx + ": " + BoundedFiles.reason(e), e);
        }
        return SessionFactory.open(copy, threads, graph);
    }

    /**
     * Why a tap cannot be read: it sits inside a control-flow subgraph (Optimum's merged decoders keep every
     * layer inside an If), or the graph has no tensor of that name; lists what can be read instead.
     */
    private String missing(String tap, List<String> taps) {
        if (graph.subgraphOutputs().contains(tap)) {
            String withPast = folder.variants().stream()
                    .filter(v -> v.file().getFileName().toString().startsWith("decoder_with_past"))
                    .map(v -> "'" + v.label() + "' (" + v.file().getFileName() + ")").findFirst()
                    .orElse("a decoder_with_past_model.onnx export");
            return "tensor " + tap + " sits inside an If subgraph of the merged decoder " + onnx.getFileName()
                    + ", where no activation tap can reach it: load the with-past variant " + withPast
                    + ", which has the same tensors in its main graph";
        }
        return "no tensor named " + tap + " in " + onnx.getFileName() + "; " + TapList.describe(taps);
    }

    @Override
    public synchronized void close() {
        for (OrtSession s : sessions.values()) {
            try {
                s.close();
            } catch (OrtException ignored) {
                // already closed
            }
        }
        sessions.clear();
    }
}
