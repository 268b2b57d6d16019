package org.tokenscope.app;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelFolder;
import org.tokenscope.host.model.OnnxLanguageModel;
import org.tokenscope.views.shell.ModelSummary;

/**
 * Loads one model on a background thread, reporting each stage through the task's progress and message
 * (the FX thread reads those). The summary is taken here too so the FX thread never calls the engine.
 */
final class ModelLoadTask extends Task<ModelLoadTask.Loaded> {
    /** A loaded model and what the window shows about it. */
    record Loaded(LanguageModel model, ModelSummary summary) {
    }

    private static final int STAGES = 3;
    private final ModelSource source;
    private final int threads;

    ModelLoadTask(ModelSource source, int threads) {
        this.source = source;
        this.threads = threads;
    }

    @Override
    protected Loaded call() {
        stage(0, source instanceof ModelSource.Embedded ? "Unpacking the embedded model…"
                : "Opening " + source.describe() + "…");
        Path dir = source.folder();
        stage(1, "Reading the configs of " + source.describe() + "…");
        ModelFolder folder = ModelFolder.open(dir);
        stage(2, "Creating the ONNX Runtime session (" + threads + (threads == 1 ? " thread" : " threads") + ")…");
        LanguageModel model = OnnxLanguageModel.load(folder, threads);
        try {
            Loaded loaded = new Loaded(model, ModelSummary.of(model));
            stage(3, "Loaded " + loaded.summary().name());
            return loaded;
        } catch (RuntimeException e) {
            model.close(); // nobody else holds it yet
            throw e;
        }
    }

    private void stage(int done, String message) {
        updateProgress(done, STAGES);
        updateMessage(message);
    }
}
