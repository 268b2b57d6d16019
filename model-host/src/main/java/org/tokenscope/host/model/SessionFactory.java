package org.tokenscope.host.model;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Creates CPU sessions with the settings the host uses everywhere. */
final class SessionFactory {
    private SessionFactory() {
    }

    /** From the file path, never from bytes, so external data ({@code *.onnx_data}) resolves beside it. */
    static OrtSession open(Path onnx, int threads, OnnxGraphScan graph) {
        if (!Files.isRegularFile(onnx)) {
            throw new ModelException("model file not found: " + onnx);
        }
        if (!Files.isReadable(onnx)) {
            // Said here: ONNX Runtime's own words for it are "system error number 13".
            throw new ModelException("cannot load " + onnx.getFileName() + ": permission denied (" + onnx + ")");
        }
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(threads);
            opts.setInterOpNumThreads(1);
            opts.addConfigEntry("session.intra_op.allow_spinning", "0");
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            opts.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            return OnnxLanguageModel.ENV.createSession(onnx.toString(), opts);
        } catch (OrtException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            List<String> contrib = graph.opTypes().stream().filter(op -> op.contains(".")).sorted().toList();
            if (!contrib.isEmpty()) {
                throw new ModelException("cannot load " + onnx.getFileName() + ": it uses operators beyond standard ONNX ("
                        + String.join(", ", contrib) + ") and ONNX Runtime " + OnnxLanguageModel.ENV.getVersion()
                        + " on the CPU could not set them up (" + why + "); pick another variant of the model "
                        + "(Model › Variant, --variant) or re-export it", e);
            }
            throw new ModelException("cannot load " + onnx.getFileName() + ": not a usable ONNX model (" + why
                    + "); re-export it or pick another file", e);
        }
    }
}
