package org.tokenscope.host.model;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates CPU sessions with the settings the host uses everywhere. */
final class SessionFactory {
    private SessionFactory() {
    }

    /** From the file path, never from bytes, so external data ({@code *.onnx_data}) resolves beside it. */
    static OrtSession open(Path onnx, int threads) {
        if (!Files.isRegularFile(onnx)) {
            throw new ModelException("model file not found: " + onnx);
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
            throw new ModelException("cannot load " + onnx.getFileName() + ": not a usable ONNX model (" + why
                    + "); re-export it or pick another file", e);
        }
    }
}
