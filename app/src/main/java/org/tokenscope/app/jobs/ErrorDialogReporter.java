package org.tokenscope.app.jobs;

import javafx.stage.Window;
import org.tokenscope.app.cli.InputException;
import org.tokenscope.app.project.ProjectException;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.jobs.ErrorReporter;

/**
 * Failed jobs as the standard error dialog: a header naming what failed, the one-line reason, and the stack
 * trace behind the details expander. Shown without waiting, so a failure never blocks the FX thread.
 */
final class ErrorDialogReporter implements ErrorReporter {
    private static final System.Logger LOG = System.getLogger(ErrorDialogReporter.class.getName());
    private final Window owner;

    ErrorDialogReporter(Window owner) {
        this.owner = owner;
    }

    @Override
    public void report(String header, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, header, cause);
        ErrorAlert.create(owner, header, message(cause), cause).show();
    }

    /** Our own file errors are worded for users; anything else names its type, as {@link ErrorAlert} does. */
    static String message(Throwable cause) {
        if ((cause instanceof ProjectException || cause instanceof InputException) && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return ErrorAlert.oneLine(cause);
    }
}
