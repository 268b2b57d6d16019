package org.tokenscope.host.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files that hold a model's weights: the ONNX graph and every external data file it references
 * ({@code model.onnx_data}, {@code model.onnx.data}, shards). The model's identity covers all of them, and
 * a missing or truncated one is refused before ONNX Runtime reads it.
 */
public final class ModelWeights {
    private ModelWeights() {
    }

    /** The graph file followed by its external data files, as the graph names them. */
    public static List<Path> files(Path onnx, OnnxGraphScan scan) {
        List<Path> files = new ArrayList<>();
        files.add(onnx);
        for (String location : scan.externalFiles()) {
            files.add(resolve(onnx, location));
        }
        return files;
    }

    /**
     * SHA-256 of the graph when it holds all its weights (so existing references stay valid); otherwise the
     * SHA-256 of a manifest with one line "digest  name" per file, graph first, so changing any byte of any
     * weight file changes the identity.
     */
    public static String sha256(Path onnx, OnnxGraphScan scan) {
        String graph = FileDigests.sha256(onnx);
        if (scan.externalFiles().isEmpty()) {
            return graph;
        }
        StringBuilder manifest = new StringBuilder(graph).append("  ").append(onnx.getFileName()).append('\n');
        for (String location : scan.externalFiles()) {
            manifest.append(FileDigests.sha256(resolve(onnx, location))).append("  ").append(location).append('\n');
        }
        return FileDigests.sha256(manifest.toString());
    }

    /** Refuses a reference to a missing file, one outside the model's folder, or one shorter than its tensors. */
    static void check(Path onnx, OnnxGraphScan scan) {
        for (OnnxGraphScan.ExternalRef ref : scan.externalData()) {
            Path file = resolve(onnx, ref.location());
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                throw new ModelException(onnx.getFileName() + " keeps its weights in " + ref.location()
                        + ", which is missing from " + onnx.getParent() + ": copy it beside the graph");
            }
            long needed = ref.length() < 0 ? ref.offset() : ref.offset() + ref.length();
            if (needed > size) {
                throw new ModelException(ref.location() + " is truncated: tensor " + ref.tensor() + " needs bytes up to "
                        + needed + " but the file has " + size + ": copy the complete file again");
            }
        }
    }

    private static Path resolve(Path onnx, String location) {
        return ModelFolder.inside(onnx.toAbsolutePath().getParent(), location, onnx.getFileName() + "'s external data");
    }
}
