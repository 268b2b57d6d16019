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

/** Autosave copies unsaved work; after a crash the copy is offered (see RecoveryNewerFileTest when the file is newer). */
class RecoveryTest {
    private static final Project WORK = Project.empty().withPrompts(List.of("unsaved work"));

    @Test
    void autosaveWritesOnlyUnsavedWorkAndClearsAfterSave(@TempDir Path root) throws IOException {
        ProjectFixture f = new ProjectFixture();
        RecoveryStore store = new RecoveryStore(root);
        try (Autosave autosave = new Autosave(f.document, store.startSession())) {
            Path copy = autosave.session().dir().resolve("recovery.tokenscope.json");
            autosave.saveNow();
            autosave.flush();
            assertFalse(Files.exists(copy), "nothing unsaved, nothing written");

            f.document.addPrompts(List.of("unsaved work"));
            autosave.saveNow();
            autosave.flush();
            assertEquals(f.document.project(), ProjectFiles.read(copy));

            f.dialogs.saveAs = root.resolve("saved.tokenscope.json");
            f.actions.save();
            autosave.flush();
            assertFalse(Files.exists(copy), "saving makes the copy obsolete");
        }
        try (var left = Files.list(root)) {
            assertEquals(List.of(root.resolve("saved.tokenscope.json")), left.toList(), "a clean exit removes the session folder");
        }
    }

    @Test
    void aCrashedSessionIsOfferedAndRecoveredAsUnsaved(@TempDir Path root) throws IOException {
        RecoveryStore store = new RecoveryStore(root);
        Path origin = root.resolve("project.tokenscope.json");
        ProjectFiles.write(Project.empty(), origin);
        Files.setLastModifiedTime(origin, FileTime.from(Instant.now().minusSeconds(120)));
        RecoveryStore.Session crashed = store.startSession();
        crashed.write(WORK, origin);
        assertTrue(store.orphans().isEmpty(), "a live session is never offered");
        crashed.abandon();

        ProjectFixture f = new ProjectFixture();
        RecoveryStore.Session mine = store.startSession();
        Autosave autosave = new Autosave(f.document, mine);
        f.actions.useRecovery(autosave, store);
        f.dialogs.recover = true;
        f.actions.offerRecovery();

        assertEquals(List.of("recover:" + origin.toAbsolutePath()), f.dialogs.asked);
        assertEquals(WORK, f.document.project());
        assertTrue(f.document.isDirty(), "recovered work is not on disk yet");
        assertEquals(origin.toAbsolutePath(), f.document.file().orElseThrow());
        assertFalse(Files.exists(crashed.dir()), "the crashed session is gone once recovered");
        assertEquals(WORK, ProjectFiles.read(mine.dir().resolve("recovery.tokenscope.json")), "and now this session holds it");
        assertTrue(store.orphans().isEmpty());
        autosave.close();
    }

    @Test
    void aCopyOlderThanItsProjectIsStillOfferedNeverDeletedUnasked(@TempDir Path root) throws IOException {
        RecoveryStore store = new RecoveryStore(root);
        Path origin = root.resolve("project.tokenscope.json");
        RecoveryStore.Session crashed = store.startSession();
        crashed.write(WORK, origin);
        Files.setLastModifiedTime(crashed.dir().resolve("recovery.tokenscope.json"), FileTime.from(Instant.now().minusSeconds(300)));
        ProjectFiles.write(Project.empty(), origin); // saved after the autosave, with other content
        crashed.abandon();

        List<RecoveryStore.Recovery> found = store.orphans();
        assertEquals(1, found.size(), "issue 7: a newer file is no reason to delete unsaved work");
        assertTrue(found.get(0).originIsNewer());
        assertTrue(Files.exists(crashed.dir()));
    }

    @Test
    void declinedRecoveryIsDeletedAndUnansweredIsKept(@TempDir Path root) throws IOException {
        RecoveryStore store = new RecoveryStore(root);
        RecoveryStore.Session crashed = store.startSession();
        crashed.write(WORK, null);
        crashed.abandon();

        ProjectFixture f = new ProjectFixture();
        f.actions.useRecovery(null, store);
        f.dialogs.recover = null; // the dialog was closed without an answer
        f.actions.offerRecovery();
        assertEquals(1, store.orphans().size(), "asked again next time");
        assertEquals(Project.empty(), f.document.project());

        f.dialogs.recover = false;
        f.actions.offerRecovery();
        assertTrue(store.orphans().isEmpty());
        assertEquals(List.of("recover:untitled", "recover:untitled"), f.dialogs.asked);
    }
}
