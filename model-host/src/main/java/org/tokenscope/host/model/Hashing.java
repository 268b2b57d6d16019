package org.tokenscope.host.model;

import java.nio.file.Path;

/** SHA-256 identities for model references in projects and the CLI's meta block. */
public final class Hashing {
    private Hashing() {
    }

    /** SHA-256 of one file's bytes (cached by path, size and modification time). */
    public static String sha256(Path file) {
        return FileDigests.sha256(file);
    }

    /**
     * The identity of the model whose graph is {@code onnx}: covers its external data files too (see
     * {@link ModelWeights#sha256}). A file that is no readable ONNX graph is identified by its bytes alone.
     */
    public static String modelSha256(Path onnx) {
        OnnxGraphScan scan;
        try {
            scan = OnnxGraphScan.of(onnx);
        } catch (ModelException e) {
            return FileDigests.sha256(onnx);
        }
        return ModelWeights.sha256(onnx, scan);
    }
}
