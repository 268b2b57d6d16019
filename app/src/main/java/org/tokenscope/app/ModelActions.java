package org.tokenscope.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.shell.ModelStatusViewModel;

/**
 * What the Model menu does: open a folder (or a variant of the loaded one), go back to the embedded model,
 * change the thread count (which reloads), and show the loaded model's details. Loads run in the background
 * through the {@link ModelSession}; a failure is reported and the previous model stays. Call on the FX thread.
 */
final class ModelActions {
    /** The variants of the loaded model's folder, and which one is loaded; empty lists for one-file folders. */
    record Variants(String current, List<String> all) {
        static final Variants NONE = new Variants(null, List.of());
    }

    private final Stage stage;
    private final ModelSession session;
    private final ModelStatusViewModel status;
    private final ReadOnlyIntegerWrapper threads;
    private final ReadOnlyObjectWrapper<Variants> variants = new ReadOnlyObjectWrapper<>(Variants.NONE);
    private Path lastFolder;

    /** {@code onLoaded} hears of each folder (not the embedded model) that loaded, for Open Recent. */
    ModelActions(Stage stage, ModelSession session, ModelStatusViewModel status, int threads, Consumer<Path> onLoaded) {
        this.stage = stage;
        this.session = session;
        this.status = status;
        this.threads = new ReadOnlyIntegerWrapper(this, "threads", threads);
        status.modelProperty().addListener((obs, was, now) -> {
            var load = session.currentLoad();
            variants.set(load.filter(l -> l.variants().size() > 1).map(l -> new Variants(l.variant(), l.variants()))
                    .orElse(Variants.NONE));
            load.map(ModelLoadTask.Loaded::source).filter(s -> s instanceof ModelSource.Folder)
                    .ifPresent(s -> onLoaded.accept(((ModelSource.Folder) s).dir()));
        });
    }

    /** Loads the model in {@code dir} (a folder or an .onnx file) with its preferred variant. */
    void open(Path dir) {
        lastFolder = dir;
        load(new ModelSource.Folder(dir));
    }

    void useEmbedded() {
        load(new ModelSource.Embedded());
    }

    /** Reloads the current folder with the variant labelled {@code label} (fp32, fp16, quantized, ...). */
    void useVariant(String label) {
        session.currentSource().filter(s -> s instanceof ModelSource.Folder).map(s -> (ModelSource.Folder) s)
                .ifPresent(f -> load(new ModelSource.Folder(f.dir(), label)));
    }

    /** Sets the thread count for this and later loads; reloads the current model with it. */
    void setThreads(int n) {
        if (n < 1 || n == threads.get()) {
            return;
        }
        threads.set(n);
        session.currentSource().ifPresent(this::load);
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Model Folder");
        if (lastFolder != null) {
            Path parent = lastFolder.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                chooser.setInitialDirectory(parent.toFile());
            }
        }
        File picked = chooser.showDialog(stage);
        if (picked != null) {
            open(picked.toPath());
        }
    }

    void askThreads() {
        ThreadsDialog.ask(stage, threads.get()).ifPresent(this::setThreads);
    }

    void showDetails() {
        session.currentDetails().ifPresent(d -> ModelDetailsDialog.create(stage, d).show());
    }

    ReadOnlyIntegerProperty threadsProperty() {
        return threads.getReadOnlyProperty();
    }

    /** Changes on the FX thread when a model loads. */
    ReadOnlyObjectProperty<Variants> variantsProperty() {
        return variants.getReadOnlyProperty();
    }

    private void load(ModelSource source) {
        session.load(source, threads.get(), this::showLoadError);
    }

    private void showLoadError(Throwable cause) {
        String header = status.current().map(m -> "The model could not be opened; " + m.name() + " is still loaded.")
                .orElse("The model could not be opened.");
        ErrorAlert.create(stage, header, ErrorAlert.oneLine(cause), cause).show();
    }
}
