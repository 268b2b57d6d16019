package org.tokenscope.app;

import java.nio.file.Path;
import org.tokenscope.host.model.DemoModel;

/** Where a model comes from: the demo model inside the jar, or a folder on disk (optionally one of its variants). */
sealed interface ModelSource {

    /** The folder to open; may unpack the embedded model, so call it off the FX thread. */
    Path folder();

    /** The variant label ({@code fp32}, {@code fp16}, ...) to open, or null for the folder's preferred one. */
    String variant();

    /** Words for the status bar while loading. */
    String describe();

    record Embedded() implements ModelSource {
        @Override
        public Path folder() {
            return DemoModel.folder();
        }

        @Override
        public String variant() {
            return null;
        }

        @Override
        public String describe() {
            return "the embedded demo model";
        }
    }

    /** A folder (or an .onnx file in one); {@code variant} may be null. */
    record Folder(Path dir, String variant) implements ModelSource {
        Folder(Path dir) {
            this(dir, null);
        }

        @Override
        public Path folder() {
            return dir;
        }

        @Override
        public String describe() {
            Path name = dir.getFileName();
            String base = name == null ? dir.toString() : name.toString();
            return variant == null ? base : base + " (" + variant + ")";
        }
    }
}
