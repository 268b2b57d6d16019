package org.tokenscope.views.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The loaded model and the load in progress, as text the window title and status bar bind to. Holds
 * properties only, so it is tested without a stage; the app calls it on the FX thread.
 */
public final class ModelStatusViewModel {
    public static final String APP_NAME = "Tokenscope";
    static final String NO_MODEL = "No model loaded";
    static final String IDLE = "Ready";
    static final String IDLE_WITHOUT_MODEL = "Open a model from the Model menu";

    private final ReadOnlyObjectWrapper<ModelSummary> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    private final ReadOnlyStringWrapper modelName = new ReadOnlyStringWrapper(NO_MODEL);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper threads = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(IDLE_WITHOUT_MODEL);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    /** A load began; the current model stays displayed until another replaces it. */
    public void loadStarted(String what) {
        loading.set(true);
        activity.set(what);
        progress.set(-1); // indeterminate until the loader reports a fraction
    }

    /** {@code fraction} in (0, 1], or zero or negative when nothing measurable is done yet. */
    public void loadProgress(double fraction, String message) {
        if (!loading.get()) {
            return; // a late update from a finished load must not bring the bar back
        }
        progress.set(fraction <= 0 ? -1 : Math.min(1, fraction)); // an exact 0 would hide the bar mid-load
        if (message != null && !message.isBlank()) {
            activity.set(message);
        }
    }

    public void loadSucceeded(ModelSummary loaded) {
        model.set(loaded);
        title.set(APP_NAME + " — " + loaded.name());
        modelName.set(loaded.name());
        summary.set(describe(loaded));
        threads.set(threadsText(loaded.threads()));
        warnings.set(warningsText(loaded));
        endLoad();
    }

    /** The previous model (if any) is still the current one, so only the activity changes. */
    public void loadFailed() {
        endLoad();
    }

    private void endLoad() {
        loading.set(false);
        progress.set(0); // 0 hides the status bar's progress bar
        activity.set(model.get() == null ? IDLE_WITHOUT_MODEL : IDLE);
    }

    /** Architecture and size line, e.g. "4 layers · vocab 4096 · context 256 · 12.6 MB". */
    public static String describe(ModelSummary m) {
        String layers = m.layers() < 0 ? "? layers" : m.layers() == 1 ? "1 layer" : m.layers() + " layers";
        String context = m.context() < 0 ? "context unknown" : "context " + m.context();
        return layers + " · vocab " + m.vocab() + " · " + context + (m.bytes() < 0 ? "" : " · " + size(m.bytes()));
    }

    /** Decimal units, as file managers show them: 12.6 MB, 1.42 GB. */
    public static String size(long bytes) {
        if (bytes < 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.0f kB", bytes / 1e3);
        }
        return bytes < 1_000_000_000 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6)
                : String.format(java.util.Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    public static String threadsText(int n) {
        return n == 1 ? "1 thread" : n + " threads";
    }

    static String warningsText(ModelSummary m) {
        int n = m.warnings().size();
        return n == 0 ? "" : n == 1 ? "1 warning" : n + " warnings";
    }

    public Optional<ModelSummary> current() {
        return Optional.ofNullable(model.get());
    }

    public ReadOnlyObjectProperty<ModelSummary> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** Window title: "Tokenscope — name", or just the app name before any model loads. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelNameProperty() {
        return modelName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty threadsProperty() {
        return threads.getReadOnlyProperty();
    }

    /** "2 warnings" when the model loaded with problems, else empty. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** 0 when idle, -1 when indeterminate, else the fraction done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
