package org.tokenscope.app.project;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelStatusViewModel;
import org.tokenscope.views.shell.ModelSummary;

/**
 * {@link ModelLink} over the window's model session. Each newly loaded model is hashed in a background job,
 * so that Save can record which model the project was made with without the FX thread reading the file.
 */
public final class CurrentModelLink implements ModelLink {
    private final ModelStatusViewModel status;
    private final Supplier<Optional<LanguageModel>> loaded;
    private final Consumer<Path> open;
    private final Runnable openEmbedded;
    private final JobRunner jobs;
    /** The loaded model as a reference; null until its SHA-256 is known. */
    private volatile ModelReference current;

    /** {@code loaded} gives the session's model; {@code open} and {@code openEmbedded} load one as the Model menu does. */
    public CurrentModelLink(ModelStatusViewModel status, Supplier<Optional<LanguageModel>> loaded, Consumer<Path> open,
            Runnable openEmbedded, JobRunner jobs) {
        this.status = status;
        this.loaded = loaded;
        this.open = open;
        this.openEmbedded = openEmbedded;
        this.jobs = jobs;
        status.modelProperty().addListener((obs, was, now) -> record(now));
    }

    private void record(ModelSummary summary) {
        current = null;
        LanguageModel model = loaded.get().orElse(null);
        if (summary == null || model == null) {
            return;
        }
        jobs.task("Hashing " + summary.name(), (progress, cancel) -> referenceTo(model))
                .onSuccess(ref -> {
                    if (loaded.get().orElse(null) == model) {
                        current = ref; // still the loaded model: another may have replaced it meanwhile
                    }
                })
                .start();
    }

    private static ModelReference referenceTo(LanguageModel model) {
        String sha = model.sha256();
        boolean embedded = model.folder().dir().equals(DemoModel.folder());
        return embedded ? ModelReference.embedded(sha, model.name())
                : ModelReference.file(model.folder().onnxFile().toAbsolutePath().toString(), sha, model.name());
    }

    @Override
    public Optional<ModelReference> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public boolean isLoaded(Path onnxFile) {
        return status.current().map(m -> Path.of(m.onnxFile()).toAbsolutePath().normalize()
                .equals(onnxFile.toAbsolutePath().normalize())).orElse(false);
    }

    @Override
    public void open(Path model) {
        open.accept(model);
    }

    @Override
    public void openEmbedded() {
        openEmbedded.run();
    }

    @Override
    public Path embeddedOnnx() {
        return DemoModel.folder().resolve("model.onnx");
    }
}
