package org.tokenscope.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelFolder;
import org.tokenscope.host.model.OnnxLanguageModel;

/**
 * Starts loading the embedded model before JavaFX has started, so that the toolkit's start-up (most of a second)
 * and the model's (unpacking check, ONNX Runtime's native library, the session) overlap on a second core. The
 * window's first load then takes the model from here instead of loading it again. A failed preload is forgotten:
 * the window's own load runs and reports the error as usual.
 */
final class EmbeddedPreload {
    private static final System.Logger LOG = System.getLogger(EmbeddedPreload.class.getName());
    private static CompletableFuture<LanguageModel> pending;
    private static int pendingThreads;

    private EmbeddedPreload() {
    }

    /** Begins loading on a daemon thread (a window that never asks must not keep the JVM alive). */
    static synchronized void start(int threads) {
        if (pending != null) {
            return;
        }
        pendingThreads = threads;
        pending = new CompletableFuture<>();
        CompletableFuture<LanguageModel> f = pending;
        Thread t = new Thread(() -> {
            try {
                f.complete(OnnxLanguageModel.load(ModelFolder.open(DemoModel.folder()), threads));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "tokenscope-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The preloaded model for {@code threads}, waiting for it if it is still loading; empty when none was started,
     * it was taken already, it has other threads, or it failed. Call off the FX thread.
     */
    static Optional<LanguageModel> take(int threads) {
        CompletableFuture<LanguageModel> f;
        synchronized (EmbeddedPreload.class) {
            f = pending;
            if (f == null || pendingThreads != threads) {
                return Optional.empty();
            }
            pending = null;
        }
        try {
            return Optional.of(f.join());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "the embedded model's preload failed; loading it again", e);
            return Optional.empty();
        }
    }
}
