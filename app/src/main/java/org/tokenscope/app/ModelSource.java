package org.tokenscope.app;

import java.nio.file.Path;
import org.tokenscope.host.model.DemoModel;

/** Where a model comes from: the demo model inside the jar, or a folder on disk. */
sealed interface ModelSource {

    /** The folder to open; may unpack the embedded model, so call it off the FX thread. */
    Path folder();

    /** Words for the status bar while loading. */
    String describe();

    record Embedded() implements ModelSource {
        @Override
        public Path folder() {
            return DemoModel.folder();
        }

        @Override
        public String describe() {
            return "the embedded demo model";
        }
    }

    record Folder(Path dir) implements ModelSource {
        @Override
        public Path folder() {
            return dir;
        }

        @Override
        public String describe() {
            Path name = dir.getFileName();
            return name == null ? dir.toString() : name.toString();
        }
    }
}
