package org.tokenscope.app.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tokenscope.app.cli.InputException;
import org.tokenscope.app.project.ProjectException;
import org.tokenscope.host.model.ModelException;

/**
 * The one line a failed job's dialog shows. The job seam itself is tested in views (JobRunnerTest); what is left
 * here is the app's own wording rule for its file errors.
 */
class ErrorDialogReporterTest {

    @Test
    void ourOwnFileErrorsAreShownAsWorded() {
        assertEquals("the text is empty: type some text first",
                ErrorDialogReporter.message(new ProjectException("the text is empty: type some text first")));
        assertEquals("no such prompt file: a.txt", ErrorDialogReporter.message(new InputException("no such prompt file: a.txt")));
        assertEquals("the model file is broken", ErrorDialogReporter.message(new ModelException("the model file is broken")));
    }

    @Test
    void anythingElseNamesItsTypeAndKeepsTheFirstLine() {
        assertEquals("IllegalStateException: inner", ErrorDialogReporter.message(new IllegalStateException("inner\nmore")));
        assertEquals("NullPointerException", ErrorDialogReporter.message(new NullPointerException()));
    }
}
