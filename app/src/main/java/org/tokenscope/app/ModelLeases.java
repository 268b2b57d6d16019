package org.tokenscope.app;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.shell.ModelProvider;

/**
 * Hands the window's model to panels and closes a replaced model only when the last computation
 * borrowing it has finished (ONNX Runtime must not close a session during a run).
 */
final class ModelLeases implements ModelProvider {
    private final ReadOnlyObjectWrapper<LanguageModel> current = new ReadOnlyObjectWrapper<>(this, "model");
    private Holder holder;

    /** One model and its borrow count. */
    private static final class Holder {
        final LanguageModel model;
        int borrowed;
        boolean retired;

        Holder(LanguageModel model) {
            this.model = model;
        }

        synchronized boolean acquire() {
            if (retired) {
                return false;
            }
            borrowed++;
            return true;
        }

        synchronized void release() {
            borrowed--;
            closeIfDone();
        }

        synchronized void retire() {
            retired = true;
            closeIfDone();
        }

        private void closeIfDone() {
            if (retired && borrowed == 0) {
                model.close();
            }
        }
    }

    /** Makes {@code model} current (FX thread) and retires the previous one. */
    void replace(LanguageModel model) {
        Holder old;
        synchronized (this) {
            old = holder;
            holder = model == null ? null : new Holder(model);
        }
        current.set(model);
        if (old != null) {
            old.retire();
        }
    }

    @Override
    public ReadOnlyObjectProperty<LanguageModel> modelProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public Optional<Lease> borrow() {
        Holder h;
        synchronized (this) {
            h = holder;
        }
        if (h == null || !h.acquire()) {
            return Optional.empty();
        }
        return Optional.of(new Lease() {
            private boolean closed;

            @Override
            public LanguageModel model() {
                return h.model;
            }

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    h.release();
                }
            }
        });
    }
}
