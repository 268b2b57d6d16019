package org.tokenscope.app;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.shell.ModelStatusViewModel;

/**
 * Owns the window's one loaded model. A new model replaces the old only once it has loaded, so a failed
 * load leaves the previous model (and everything built on it) in place. Call from the FX thread.
 *
 * <p>Loads run on their own loader thread rather than as panel jobs: every job borrows the model a load
 * replaces, a load has nothing to cancel once ONNX Runtime is building its session, and its progress and
 * failure belong to the status bar's model section and to a dialog that says the previous model stays.
 */
final class ModelSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ModelSession.class.getName());

    private final Executor loader;
    private final ModelStatusViewModel status;
    private final ModelLeases leases = new ModelLeases();
    private LanguageModel current;
    private ModelLoadTask.Loaded currentLoad;
    private ModelLoadTask pending;
    private volatile boolean closed;

    /** {@code loader} runs the loads; the jobs layer or a test decides which thread that is. */
    ModelSession(Executor loader, ModelStatusViewModel status) {
        this.loader = loader;
        this.status = status;
    }

    /** A load asked for while another one runs. */
    private record Request(ModelSource source, int threads, Consumer<Throwable> onFailure) {
    }

    private Request queued;

    /**
     * Starts loading {@code source}; {@code onFailure} gets the cause on the FX thread. While another load
     * runs, the request waits for it (a later request replaces a waiting one: only the last choice counts), so
     * one load at a time keeps memory use to a single model and a folder dropped during start-up still opens.
     * Returns false, and does nothing, after {@link #close()}.
     */
    boolean load(ModelSource source, int threads, Consumer<Throwable> onFailure) {
        assert Platform.isFxApplicationThread();
        if (closed) {
            return false;
        }
        if (pending != null) {
            queued = new Request(source, threads, onFailure);
            return true;
        }
        ModelLoadTask task = new ModelLoadTask(source, threads);
        pending = task;
        status.loadStarted("Loading " + source.describe() + "…");
        task.progressProperty().addListener((obs, was, now) -> status.loadProgress(now.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((obs, was, now) -> status.loadProgress(task.getProgress(), now));
        task.setOnSucceeded(e -> adopt(task.getValue()));
        task.setOnFailed(e -> {
            pending = null;
            Throwable cause = task.getException();
            LOG.log(System.Logger.Level.WARNING, "could not load " + source.describe(), cause);
            status.loadFailed();
            if (!closed) {
                onFailure.accept(cause);
            }
            startQueued();
        });
        loader.execute(task);
        return true;
    }

    private void adopt(ModelLoadTask.Loaded loaded) {
        pending = null;
        if (closed) {
            loaded.model().close(); // the window went away while this was loading
            return;
        }
        current = loaded.model();
        currentLoad = loaded;
        status.loadSucceeded(loaded.summary());
        loaded.model().warnings().forEach(w -> LOG.log(System.Logger.Level.INFO, loaded.summary().name() + ": " + w));
        // The previous model closes once no panel computation borrows it any more.
        leases.replace(current);
        startQueued();
    }

    private void startQueued() {
        Request next = queued;
        queued = null;
        if (next != null && !closed) {
            load(next.source(), next.threads(), next.onFailure());
        }
    }

    /** The loaded model as panels see it. */
    org.tokenscope.views.shell.ModelProvider models() {
        return leases;
    }

    Optional<LanguageModel> current() {
        return Optional.ofNullable(current);
    }

    /** Where the current model came from, to reload it with other threads or another variant. */
    Optional<ModelSource> currentSource() {
        return Optional.ofNullable(currentLoad).map(ModelLoadTask.Loaded::source);
    }

    /** The current model's load: its source, variant and the folder's other variants. */
    Optional<ModelLoadTask.Loaded> currentLoad() {
        return Optional.ofNullable(currentLoad);
    }

    /** What Model › Model Details shows about the current model. */
    Optional<org.tokenscope.views.shell.ModelDetails> currentDetails() {
        return Optional.ofNullable(currentLoad).map(ModelLoadTask.Loaded::details);
    }

    boolean isLoading() {
        return pending != null;
    }

    /** Closes the current model; a load still running closes its model when it finishes. Idempotent. */
    @Override
    public void close() {
        closed = true;
        if (current != null) {
            leases.replace(null); // closes the model now, or when the last borrowed computation ends
            current = null;
            currentLoad = null;
        }
    }
}
