package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery moved from ~/.tokenscope/recovery to the XDG state folder: what a crash left there is moved, not lost. */
class RecoveryMigrationTest {

    @Test
    void sessionsOfTheOldFolderMoveToTheNewOneAndTheOldFolderGoes(@TempDir Path home) throws IOException {
        Path legacy = home.resolve(".tokenscope").resolve("recovery");
        RecoveryStore old = new RecoveryStore(legacy);
        RecoveryStore.Session crashed = old.startSession();
        Project work = Project.empty().withPrompts(List.of("written by the old version"));
        crashed.write(work, null);
        crashed.abandon();

        Path root = home.resolve(".local/state/tokenscope/recovery");
        RecoveryStore.migrate(legacy, root);

        assertFalse(Files.exists(home.resolve(".tokenscope")), "the emptied old folders are removed");
        List<RecoveryStore.Recovery> found = new RecoveryStore(root).orphans();
        assertEquals(1, found.size());
        assertEquals(work, found.get(0).load());
        assertEquals(root.resolve(crashed.dir().getFileName()), found.get(0).dir());

        RecoveryStore.migrate(legacy, root); // the next start: nothing to do
        assertEquals(1, new RecoveryStore(root).orphans().size());
    }

    @Test
    void aLiveOldSessionAndForeignFilesStay(@TempDir Path home) throws IOException {
        Path legacy = home.resolve(".tokenscope").resolve("recovery");
        Files.createDirectories(legacy);
        Path other = Files.writeString(home.resolve(".tokenscope").resolve("notes.txt"), "the user's");
        Path root = home.resolve("state/recovery");
        RecoveryStore.migrate(legacy, root);
        assertTrue(Files.exists(other), "~/.tokenscope holds something else: it stays");
        assertFalse(Files.exists(legacy), "the empty recovery folder goes");
    }
}
