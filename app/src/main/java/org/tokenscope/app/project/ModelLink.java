package org.tokenscope.app.project;

import java.nio.file.Path;
import java.util.Optional;

/** What the project layer needs from the window's model session, so it is tested without one. */
public interface ModelLink {

    /** The loaded model as a reference to save; empty while none is loaded or its hash is being computed. */
    Optional<ModelReference> current();

    /** Whether the loaded model is the ONNX file {@code onnxFile}. */
    boolean isLoaded(Path onnxFile);

    /** Loads the model in a folder or ONNX file, in the background; the window reports failures. */
    void open(Path model);

    void openEmbedded();

    /** The demo model's ONNX file; may unpack it, so call off the FX thread. */
    Path embeddedOnnx();
}
