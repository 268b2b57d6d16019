package org.tokenscope.views.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.tokenscope.host.model.LanguageModel;

/**
 * How panels reach the loaded model. The property tells the FX thread which model is current (null when
 * none); background work borrows the model for its duration, so switching models never closes a session
 * a running computation still uses.
 */
public interface ModelProvider {

    /** The current model; changes on the FX thread. */
    ReadOnlyObjectProperty<LanguageModel> modelProperty();

    /** Borrows the current model until the lease is closed; empty when no model is loaded. */
    Optional<Lease> borrow();

    /** A borrowed model; close it when the computation ends (try-with-resources). */
    interface Lease extends AutoCloseable {
        LanguageModel model();

        @Override
        void close();
    }
}
