package org.tokenscope.app.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The model a project was made with: the ONNX file's path and SHA-256, so that opening the project can tell
 * whether the same model is still there. The embedded demo model has no stable path (it is unpacked into a
 * cache), so it is recorded as {@code embedded} and identified by its hash alone.
 *
 * @param path     the ONNX file, absolute or relative to the project's folder; null for the embedded model
 * @param sha256   lower-case hex SHA-256 of the ONNX file; null when not recorded (format 0 files)
 * @param embedded true for the demo model that ships inside Tokenscope
 * @param name     display name of the model when saved, for messages; may be null
 * @param extra    fields this version does not know, kept and written back
 */
public record ModelReference(String path, String sha256, boolean embedded, String name, ObjectNode extra) {

    public ModelReference {
        if (!embedded && (path == null || path.isBlank())) {
            throw new IllegalArgumentException("a model reference needs a path unless it is the embedded model");
        }
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    public static ModelReference embedded(String sha256, String name) {
        return new ModelReference(null, sha256, true, name, null);
    }

    public static ModelReference file(String path, String sha256, String name) {
        return new ModelReference(path, sha256, false, name, null);
    }

    @Override
    public ObjectNode extra() {
        return extra.deepCopy();
    }

    /** Words for dialogs: the name, else the path, else "the embedded demo model". */
    public String describe() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return embedded ? "the embedded demo model" : path;
    }

    /** Same model file: the hashes agree when both are known, else the same place. */
    public boolean sameModelAs(ModelReference other) {
        if (other == null) {
            return false;
        }
        if (sha256 != null && other.sha256 != null) {
            return sha256.equalsIgnoreCase(other.sha256);
        }
        return embedded == other.embedded && Objects.equals(path, other.path);
    }
}
