package org.tokenscope.views.shell;

import java.util.List;
import org.tokenscope.host.model.LanguageModel;

/**
 * What the window shows about a loaded model, copied out of it so the FX thread never calls into the
 * engine and tests can build one without loading anything.
 *
 * @param name     display name
 * @param onnxFile path of the ONNX graph in use
 * @param folder   the model folder, as the user would recognise it
 * @param layers   hidden layers from the config, or -1
 * @param vocab    logits width
 * @param context  maximum sequence length, or -1 when no config states it
 * @param threads  intra-op threads of the session
 * @param warnings load problems that do not prevent use
 */
public record ModelSummary(String name, String onnxFile, String folder, int layers, int vocab, int context,
        int threads, List<String> warnings) {

    public ModelSummary {
        warnings = List.copyOf(warnings);
    }

    public static ModelSummary of(LanguageModel m) {
        return new ModelSummary(m.name(), m.folder().onnxFile().toString(), m.folder().dir().toString(),
                m.config().layers(), m.logitsWidth(), m.contextLength(), m.threads(), m.warnings());
    }
}
