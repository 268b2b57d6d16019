package org.tokenscope.views.jobs;

/**
 * Shows a failed job to the user. The app shows an error dialog with the message and a details expander;
 * tests record the calls. Called on the FX thread.
 */
@FunctionalInterface
public interface ErrorReporter {
    /** {@code header} is a full sentence naming what failed; {@code cause} carries the message and trace. */
    void report(String header, Throwable cause);
}
