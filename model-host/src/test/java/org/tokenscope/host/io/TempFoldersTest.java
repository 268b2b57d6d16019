package org.tokenscope.host.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scratch folders of a killed run are swept by the next one; a live run's are kept; delete removes all. */
class TempFoldersTest {

    @Test
    void aKilledRunsFolderIsSweptAndALiveOnesIsKept(@TempDir Path parent) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path orphan = Files.createDirectory(parent.resolve("tokenscope-activations-orphan"));
        Files.writeString(orphan.resolve(".owner-pid"), Long.toString(gone.pid()));
        Files.write(orphan.resolve("shard-0.bin"), new byte[4096]);
        Path mine = TempFolders.create(parent, "tokenscope-activations-");
        Path other = Files.createDirectory(parent.resolve("tokenscope-activations-unmarked"));

        Path next = TempFolders.create(parent, "tokenscope-activations-");
        assertFalse(Files.exists(orphan), "the killed run's store is swept");
        assertTrue(Files.isDirectory(mine), "a running process's store is kept");
        assertTrue(Files.isDirectory(other), "a folder without a marker is not ours to delete");

        Files.write(next.resolve("shard-0.bin"), new byte[16]);
        TempFolders.delete(next);
        TempFolders.delete(mine);
        assertFalse(Files.exists(next));
        assertFalse(Files.exists(mine));
    }

    @Test
    void aShutdownRemovesTheFoldersStillInUse() throws IOException, InterruptedException {
        // A child JVM makes a folder and exits without deleting it, as a Ctrl-C'd run does: the hook removes it.
        Path parent = Files.createTempDirectory("tempfolders-test");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + parent, TempFoldersChild.class.getName()).inheritIO().start();
        assertTrue(p.waitFor() == 0, "child ran");
        try (var left = Files.list(parent)) {
            assertTrue(left.findAny().isEmpty(), "nothing left in " + parent);
        }
        Files.delete(parent);
    }
}
