package org.tokenscope.app.project;

/**
 * A project or prompt file that cannot be used. The message is one line for the user: which file, what is
 * wrong, and what to do.
 */
public class ProjectException extends RuntimeException {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
