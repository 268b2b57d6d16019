package org.tokenscope.app.project;

import java.io.IOException;
import org.tokenscope.host.io.BoundedFiles;

/**
 * The reason an I/O operation failed, in words a user reads: "permission denied", "no space left on device".
 * Java's file exceptions carry the path they failed on as their message, and that path is often a temporary
 * file the user never asked for; the caller names the user's file, this names why. One rule for the whole
 * application: {@link BoundedFiles#reason}.
 */
public final class IoReasons {
    private IoReasons() {
    }

    /** A short lower-case reason without the file's name, never empty. */
    public static String of(IOException e) {
        return BoundedFiles.reason(e);
    }
}
