package org.tokenscope.host.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Makes a scratch folder with data in it and exits without deleting it (run by {@link TempFoldersTest}). */
public final class TempFoldersChild {
    private TempFoldersChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = TempFolders.create("tokenscope-activations-");
        Files.write(dir.resolve("shard-0.bin"), new byte[1024]);
        System.exit(0);
    }
}
