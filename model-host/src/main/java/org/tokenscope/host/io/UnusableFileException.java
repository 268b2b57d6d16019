package org.tokenscope.host.io;

/**
 * A file that {@link BoundedFiles} refuses: missing, a folder, a device or pipe, too large, unreadable or not
 * UTF-8. The message is one line naming the file and what to do, fit to print after {@code error: }; callers
 * usually rethrow it as their own exception type with the same message.
 */
public class UnusableFileException extends RuntimeException {
    public UnusableFileException(String message) {
        super(message);
    }

    public UnusableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
