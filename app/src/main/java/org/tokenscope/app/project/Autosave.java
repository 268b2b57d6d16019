package org.tokenscope.app.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Copies the unsaved project into the window's recovery session every minute (and clears it once the project
 * is saved), so a crash loses at most a minute of work. The value is immutable, so the write runs on its own
 * thread while the user keeps editing.
 */
public final class Autosave implements AutoCloseable {
    /** System property: seconds between autosaves (default 60). */
    public static final String INTERVAL_PROPERTY = "tokenscope.autosave.seconds";
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final ProjectDocument document;
    private final RecoveryStore.Session session;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tokenscope-autosave");
        t.setDaemon(true);
        return t;
    });
    private Timeline timer;

    public Autosave(ProjectDocument document, RecoveryStore.Session session) {
        this.document = document;
        this.session = session;
        // Saved, reverted or replaced: the recovery copy is obsolete at once, not a minute later.
        document.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                writer.execute(this::clear);
            }
        });
    }

    /** Starts the timer; call on the FX thread. */
    public void start() {
        double seconds = Double.parseDouble(System.getProperty(INTERVAL_PROPERTY, "60"));
        timer = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> saveNow()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    /** Writes the recovery copy now when there are unsaved changes; call on the FX thread. */
    public void saveNow() {
        if (!document.isDirty()) {
            return;
        }
        Project snapshot = document.project();
        Path origin = document.file().orElse(null);
        writer.execute(() -> {
            try {
                session.write(snapshot, origin);
            } catch (IOException | RuntimeException e) {
                // Autosave is a safety net: a failure is logged, not put in the user's way every minute.
                LOG.log(System.Logger.Level.WARNING, "autosave to " + session.dir() + " failed", e);
            }
        });
    }

    /** Waits for queued writes; for tests and for an orderly close. */
    public void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void clear() {
        try {
            session.clear();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot clear " + session.dir(), e);
        }
    }

    public RecoveryStore.Session session() {
        return session;
    }

    /** A clean exit: stop the timer and remove the session with its recovery copy. */
    @Override
    public void close() {
        if (timer != null) {
            timer.stop();
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            session.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + session.dir(), e);
        }
    }
}
