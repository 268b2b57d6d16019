package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/data} (FLORES-200 and Petrov et al.'s counts), which sits next to the repository
 * rather than in it, by walking up from the working directory; skips the calling test when it is absent.
 */
final class SharedDataDir {
    private SharedDataDir() {
    }

    static Path get() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared/data");
            if (Files.isDirectory(data)) {
                return data;
            }
        }
        String why = "no shared/data folder above " + Path.of("").toAbsolutePath();
        if (Boolean.getBoolean("tokenscope.requireSharedData")) {
            throw new AssertionError(why + ", and this run requires it (-Dtokenscope.requireSharedData=true)");
        }
        // One line in the build log says which large-data test did not run, beside JUnit's skip count.
        System.out.println("skipped: " + caller() + " needs FLORES-200 and Petrov et al.'s counts (" + why + ")");
        assumeTrue(false, why);
        throw new AssertionError("unreachable");
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames.skip(2).findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .orElse("a test"));
    }
}
