package org.tokenscope.app.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.tokenscope.host.model.Hashing;

/**
 * Whether the model a project refers to is still where it was, with the same content. Hashing a large model
 * takes seconds, so {@link #of} runs in a background job.
 *
 * @param status    the verdict
 * @param reference what the project recorded
 * @param onnxFile  the file looked at (resolved against the project's folder)
 * @param actualSha its SHA-256 now, null when missing
 */
public record ModelCheck(Status status, ModelReference reference, Path onnxFile, String actualSha) {

    public enum Status {
        /** Present with the recorded hash. */
        MATCHES,
        /** Present, but the project recorded no hash to compare with (a format 0 file). */
        UNVERIFIED,
        /** Not found where the project says. */
        MISSING,
        /** Present with a different hash: another model, or the same model re-exported. */
        CHANGED
    }

    /**
     * Checks {@code ref}; a relative path is taken relative to {@code projectDir} (null: the working folder),
     * and {@code embeddedOnnx} supplies the demo model's ONNX file (it may unpack it).
     */
    public static ModelCheck of(ModelReference ref, Path projectDir, Supplier<Path> embeddedOnnx) {
        Path file = ref.embedded() ? embeddedOnnx.get() : resolve(ref.path(), projectDir);
        if (!Files.isRegularFile(file)) {
            return new ModelCheck(Status.MISSING, ref, file, null);
        }
        String sha = Hashing.modelSha256(file);
        Status status = ref.sha256() == null ? Status.UNVERIFIED
                : ref.sha256().equalsIgnoreCase(sha) ? Status.MATCHES : Status.CHANGED;
        return new ModelCheck(status, ref, file, sha);
    }

    /** A folder stands for its {@code model.onnx}, as the Model menu treats it. */
    static Path resolve(String path, Path projectDir) {
        Path p = Path.of(path);
        if (!p.isAbsolute() && projectDir != null) {
            p = projectDir.resolve(p);
        }
        return Files.isDirectory(p) ? p.resolve("model.onnx") : p.normalize();
    }

    /** True when the user should hear about it before the project opens on some model. */
    public boolean isProblem() {
        return status == Status.MISSING || status == Status.CHANGED;
    }

    /** One or two sentences for the dialog. */
    public String message() {
        String what = reference.embedded() ? "The embedded demo model" : "The model file " + onnxFile;
        return switch (status) {
            case MATCHES -> what + " is the one the project was saved with.";
            case UNVERIFIED -> what + " is present; the project recorded no SHA-256 to verify it against.";
            case MISSING -> "The project's model (" + reference.describe() + ") is missing: " + onnxFile
                    + " does not exist. Locate the model, or keep working with the current one.";
            case CHANGED -> what + " has changed since the project was saved (SHA-256 was " + shortSha(reference.sha256())
                    + ", is now " + shortSha(actualSha) + "), so results may differ. Use it anyway, locate the original, "
                    + "or keep the current model.";
        };
    }

    private static String shortSha(String sha) {
        return sha == null ? "unknown" : sha.substring(0, Math.min(12, sha.length())) + "…";
    }
}
