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

/** Two windows, or a window and a sync client, on one project: a save never silently overwrites the other's. */
class ChangedOnDiskTest {
    private final ProjectFixture f = new ProjectFixture();

    /** Another window opens the same file, saves its version; then ours saves. */
    private Path openedThenChangedElsewhere(Path dir) {
        Path file = dir.resolve("shared.tokenscope.json");
        ProjectFiles.write(Project.empty().withPrompts(List.of("original")), file);
        f.actions.open(file);
        f.document.setPrompts(List.of("mine"));
        ProjectFiles.write(Project.empty().withPrompts(List.of("theirs")), file); // the other window's save
        return file;
    }

    @Test
    void cancelLeavesTheirVersionAndKeepsMineOpen(@TempDir Path dir) {
        Path file = openedThenChangedElsewhere(dir);
        f.dialogs.changedOnDisk = ProjectDialogs.ChangedOnDiskChoice.CANCEL;

        assertFalse(f.actions.save());

        assertEquals(List.of("changed-on-disk:shared.tokenscope.json"), f.dialogs.asked);
        assertTrue(f.dialogs.lastChangedDetail.startsWith("shared.tokenscope.json on disk was modified at "), f.dialogs.lastChangedDetail);
        assertEquals(List.of("theirs"), ProjectFiles.read(file).prompts());
        assertEquals(List.of("mine"), f.document.project().prompts());
        assertTrue(f.document.isDirty());
        assertFalse(f.actions.confirmClose(), "closing asks about unsaved changes, then Save asks again; cancel keeps the window");
    }

    @Test
    void overwriteReplacesTheirVersionAndAfterwardsSavesQuietly(@TempDir Path dir) {
        Path file = openedThenChangedElsewhere(dir);
        f.dialogs.changedOnDisk = ProjectDialogs.ChangedOnDiskChoice.OVERWRITE;

        assertTrue(f.actions.save());
        assertEquals(List.of("mine"), ProjectFiles.read(file).prompts());
        assertFalse(f.document.isDirty());

        f.dialogs.asked.clear();
        f.document.setPrompts(List.of("mine, later"));
        assertTrue(f.actions.save());
        assertEquals(List.of(), f.dialogs.asked, "the file is as we left it: no question");
    }

    @Test
    void saveAsKeepsBoth(@TempDir Path dir) {
        Path file = openedThenChangedElsewhere(dir);
        f.dialogs.changedOnDisk = ProjectDialogs.ChangedOnDiskChoice.SAVE_AS;
        f.dialogs.saveAs = dir.resolve("mine.tokenscope.json");

        assertTrue(f.actions.save());
        assertEquals(List.of("theirs"), ProjectFiles.read(file).prompts());
        assertEquals(List.of("mine"), ProjectFiles.read(dir.resolve("mine.tokenscope.json")).prompts());
        assertEquals(dir.resolve("mine.tokenscope.json"), f.document.file().orElseThrow());
    }

    @Test
    void sameSizeAndTimeButOtherContentIsStillNoticedWhenTheTimeMoves(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.tokenscope.json");
        ProjectFiles.write(Project.empty().withPrompts(List.of("aaaa")), file);
        f.actions.open(file);
        f.document.setPrompts(List.of("edit"));
        // A sync client writes content of the same size a second later.
        ProjectFiles.write(Project.empty().withPrompts(List.of("bbbb")), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        f.actions.save();
        assertEquals(List.of("changed-on-disk:p.tokenscope.json"), f.dialogs.asked);
    }

    @Test
    void aTouchOrACheckoutOfTheSameContentIsNoChange(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.tokenscope.json");
        ProjectFiles.write(Project.empty().withPrompts(List.of("same")), file);
        f.actions.open(file);
        f.document.setPrompts(List.of("edit"));
        byte[] same = Files.readAllBytes(file);
        Files.write(file, same); // git checkout of the same commit
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertTrue(f.actions.save());
        assertEquals(List.of(), f.dialogs.asked);
        assertEquals(List.of("edit"), ProjectFiles.read(file).prompts());
    }

    @Test
    void aDeletedFileIsSimplyWrittenAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.tokenscope.json");
        ProjectFiles.write(Project.empty(), file);
        f.actions.open(file);
        f.document.setPrompts(List.of("edit"));
        Files.delete(file);
        assertTrue(f.actions.save());
        assertEquals(List.of(), f.dialogs.asked);
        assertEquals(List.of("edit"), ProjectFiles.read(file).prompts());
    }

    @Test
    void theUnsavedChangesQuestionsSaveAlsoChecks(@TempDir Path dir) {
        Path file = openedThenChangedElsewhere(dir);
        f.dialogs.unsaved = ProjectDialogs.UnsavedChoice.SAVE;
        f.dialogs.changedOnDisk = ProjectDialogs.ChangedOnDiskChoice.CANCEL;
        assertFalse(f.actions.confirmClose());
        assertEquals(List.of("theirs"), ProjectFiles.read(file).prompts());
    }
}
