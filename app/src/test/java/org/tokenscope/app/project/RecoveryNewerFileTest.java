package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash's autosave whose project file was saved later (a sync client, a checkout, another window) is kept and
 * offered, saying the file is newer; never deleted unasked. Only a copy identical to its file goes silently.
 */
class RecoveryNewerFileTest {
    private static final Project WORK = Project.empty().withPrompts(List.of("unsaved work"));

    private static RecoveryStore.Session crashWith(RecoveryStore store, Project work, Path origin, Instant autosavedAt) throws IOException {
        RecoveryStore.Session crashed = store.startSession();
        crashed.write(work, origin);
        Files.setLastModifiedTime(crashed.dir().resolve("recovery.tokenscope.json"), FileTime.from(autosavedAt));
        crashed.abandon();
        return crashed;
    }

    @Test
    void aFileNewerThanItsAutosaveIsOfferedWithAWarning(@TempDir Path root) throws IOException {
        RecoveryStore store = new RecoveryStore(root);
        Path origin = root.resolve("project.tokenscope.json");
        RecoveryStore.Session crashed = crashWith(store, WORK, origin, Instant.now().minusSeconds(300));
        ProjectFiles.write(Project.empty().withPrompts(List.of("pulled from the sync client")), origin);

        List<RecoveryStore.Recovery> found = store.orphans();
        assertEquals(1, found.size(), "kept");
        assertTrue(found.get(0).originIsNewer());
        assertTrue(Files.exists(crashed.dir()));

        ProjectFixture f = new ProjectFixture();
        f.actions.useRecovery(null, store);
        f.dialogs.recover = null; // closed without answering
        f.actions.offerRecovery();
        String text = f.dialogs.lastRecoveryText;
        assertTrue(text.contains("the file project.tokenscope.json is newer"), text);
        assertTrue(text.contains("after the autosave"), text);
        assertTrue(Files.exists(crashed.dir()), "unanswered: still there");

        f.dialogs.recover = true;
        f.actions.offerRecovery();
        assertEquals(WORK, f.document.project());
        assertTrue(f.document.isDirty());
        assertEquals(List.of("pulled from the sync client"), ProjectFiles.read(origin).prompts(), "the newer file is untouched");

        // Saving the recovered copy over the newer file asks first.
        f.dialogs.changedOnDisk = ProjectDialogs.ChangedOnDiskChoice.CANCEL;
        assertFalse(f.actions.save());
        assertTrue(f.dialogs.asked.contains("changed-on-disk:project.tokenscope.json"), f.dialogs.asked.toString());
        assertEquals(List.of("pulled from the sync client"), ProjectFiles.read(origin).prompts());
    }

    @Test
    void anAutosaveNewerThanItsFileSaysSoAndSavesWithoutAQuestion(@TempDir Path root) throws IOException {
        RecoveryStore store = new RecoveryStore(root);
        Path origin = root.resolve("project.tokenscope.json");
        ProjectFiles.write(Project.empty(), origin);
        Files.setLastModifiedTime(origin, FileTime.from(Instant.now().minusSeconds(600)));
        crashWith(store, WORK, origin, Instant.now().minusSeconds(60));

        ProjectFixture f = new ProjectFixture();
        f.actions.useRecovery(null, store);
        f.dialogs.recover = true;
        f.actions.offerRecovery();
        assertTrue(f.dialogs.lastRecoveryText.contains("it is newer than the file"), f.dialogs.lastRecoveryText);
        assertTrue(f.actions.save());
        assertFalse(f.dialogs.asked.stream().anyMatch(a -> a.startsWith("changed-on-disk")), f.dialogs.asked.toString());
        assertEquals(WORK.prompts(), ProjectFiles.read(origin).prompts());
    }

    @Test
    void aCopyIdenticalToItsFileIsDroppedSilently(@TempDir Path root) throws IOException {
        RecoveryStore store = new RecoveryStore(root);
        Path origin = root.resolve("project.tokenscope.json");
        RecoveryStore.Session crashed = crashWith(store, WORK, origin, Instant.now().minusSeconds(300));
        ProjectFiles.write(WORK, origin); // saved, then the crash came before the copy was cleared

        assertTrue(store.orphans().isEmpty());
        assertFalse(Files.exists(crashed.dir()));
    }
}
