package org.tokenscope.app;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelFolder;
import org.tokenscope.host.model.OnnxLanguageModel;
import org.tokenscope.views.shell.ModelDetails;
import org.tokenscope.views.shell.ModelSummary;

/**
 * Loads one model on a background thread, reporting each stage through the task's progress and message
 * (the FX thread reads those). The summary and details are taken here too so the FX thread never calls the
 * engine.
 */
final class ModelLoadTask extends Task<ModelLoadTask.Loaded> {
    /**
     * A loaded model, where it came from and what the window shows about it.
     *
     * @param variant  label of the variant loaded
     * @param variants labels of every variant the folder offers, for Model › Variant
     */
    record Loaded(LanguageModel model, ModelSource source, ModelSummary summary, ModelDetails details, String variant,
            java.util.List<String> variants) {
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
        LanguageModel model = source instanceof ModelSource.Embedded
                ? EmbeddedPreload.take(threads).orElseGet(this::load) : load();
        ModelFolder folder = model.folder();
        try {
            Loaded loaded = new Loaded(model, source, ModelSummary.of(model), ModelDetails.of(model),
                    folder.variant().label(), folder.variants().stream().map(ModelFolder.Variant::label).toList());
            stage(3, "Loaded " + loaded.summary().name());
            return loaded;
        } catch (RuntimeException e) {
            model.close(); // nobody else holds it yet
            throw e;
        }
    }

    private LanguageModel load() {
        Path dir = source.folder();
        stage(1, "Reading the configs of " + source.describe() + "…");
        ModelFolder folder = ModelFolder.open(dir, source.variant());
        stage(2, "Creating the ONNX Runtime session (" + threads + (threads == 1 ? " thread" : " threads") + ")…");
        return OnnxLanguageModel.load(folder, threads);
    }

    private void stage(int done, String message) {
        updateProgress(done, STAGES);
        updateMessage(message);
    }
}
