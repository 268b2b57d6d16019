package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.app.export.Provenance;
import org.tokenscope.app.export.Report;
import org.tokenscope.app.export.ReportFiles;

/**
 * Saving through a symbolic link writes the file it points at and leaves the link a link; failures name the
 * user's file and the reason, never the temporary file; stale temporary files of killed saves are swept.
 */
class SymlinkSaveTest {
    private static final Project V1 = Project.empty().withTitle("v1").withPrompts(List.of("first"));
    private static final Project V2 = Project.empty().withTitle("v2").withPrompts(List.of("second"));

    @Test
    void aSymlinkedProjectIsWrittenThroughToItsTarget(@TempDir Path dir) throws IOException {
        Path realDir = Files.createDirectories(dir.resolve("dotfiles"));
        Path real = realDir.resolve("real.tokenscope.json");
        ProjectFiles.write(V1, real);
        Path link = Files.createSymbolicLink(dir.resolve("link.tokenscope.json"), Path.of("dotfiles/real.tokenscope.json"));

        ProjectFiles.write(V2, link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(V2, ProjectFiles.read(real), "the real file holds the new version");
        assertEquals(V2, ProjectFiles.read(link));
        assertEquals(List.of(realDir, link), listing(dir), "no temporary file beside the link");
        assertEquals(List.of(real), listing(realDir), "nor beside the target");
    }

    @Test
    void aChainOfLinksAndALinkedFolderAreFollowed(@TempDir Path dir) throws IOException {
        Path realDir = Files.createDirectories(dir.resolve("store"));
        Path real = realDir.resolve("p.tokenscope.json");
        ProjectFiles.write(V1, real);
        Path linkedDir = Files.createSymbolicLink(dir.resolve("linked"), realDir);
        Path second = Files.createSymbolicLink(dir.resolve("second.tokenscope.json"), linkedDir.resolve("p.tokenscope.json"));
        Path first = Files.createSymbolicLink(dir.resolve("first.tokenscope.json"), second);

        ProjectFiles.write(V2, first);

        assertTrue(Files.isSymbolicLink(first) && Files.isSymbolicLink(second));
        assertEquals(V2, ProjectFiles.read(real));
        assertEquals(List.of(real), listing(realDir));
    }

    @Test
    void aDanglingLinkCreatesItsTarget(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("l.tokenscope.json"), dir.resolve("target.tokenscope.json"));
        ProjectFiles.write(V1, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(V1, ProjectFiles.read(dir.resolve("target.tokenscope.json")));
    }

    @Test
    void aSymlinkedReportIsWrittenThroughToItsTarget(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("published.html"), "old report");
        Path link = Files.createSymbolicLink(dir.resolve("report.html"), real.getFileName());
        Report r = new Report("R", java.util.Optional.empty(),
                Provenance.of("1", Project.empty(), List.of(), Instant.EPOCH), List.of("p"), List.of());

        ReportFiles.write(r, link);

        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("<!DOCTYPE html>"));
        assertEquals(List.of(real, link), listing(dir));
    }

    @Test
    void aSymlinkedSaveFromTheWindowKeepsTheLink(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real.tokenscope.json");
        ProjectFiles.write(V1, real);
        Path link = Files.createSymbolicLink(dir.resolve("link.tokenscope.json"), real);
        ProjectFixture f = new ProjectFixture();
        f.actions.open(link);
        f.document.setPrompts(List.of("edited"));
        assertTrue(f.actions.save());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("edited"), ProjectFiles.read(real).prompts());
        f.document.setPrompts(List.of("edited again"));
        assertTrue(f.actions.save(), "our own save is not a change on disk by someone else");
        assertEquals(List.of(), f.dialogs.asked);
    }

    @Test
    void failuresNameTheFileAndTheReasonNotTheTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("report.html");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, new byte[] {1}, step -> {
            if (step == AtomicFile.Step.TEMP_CREATED) {
                // What Linux reports for EACCES: the path of the file being opened, the temporary one.
                throw new AccessDeniedException(dir.resolve(".report.html.830483dd.tmp").toString());
            }
        }));
        assertEquals("permission denied", e.getMessage());

        IOException full = assertThrows(IOException.class, () -> AtomicFile.write(target, new byte[] {1}, step -> {
            if (step == AtomicFile.Step.WRITTEN) {
                throw new FileSystemException(dir.resolve(".report.html.1234abcd.tmp").toString(), null, "No space left on device");
            }
        }));
        assertEquals("no space left on device", full.getMessage());

        Path missing = dir.resolve("no-such-folder").resolve("p.tokenscope.json");
        ProjectException pe = assertThrows(ProjectException.class, () -> ProjectFiles.write(V1, missing));
        assertEquals("cannot save " + missing + ": the folder " + missing.getParent() + " does not exist"
                + " (the previous version of the file is unchanged)", pe.getMessage());
        assertFalse(pe.getMessage().contains(".tmp"), pe.getMessage());

        Path folder = Files.createDirectories(dir.resolve("a-folder.html"));
        IOException isDir = assertThrows(IOException.class, () -> AtomicFile.write(folder, new byte[] {1}));
        assertEquals("a-folder.html is a folder", isDir.getMessage());
    }

    @Test
    void staleTemporaryFilesOfThisFileAreDeletedAtTheNextSave(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("p.tokenscope.json");
        Path stale = Files.writeString(dir.resolve(".p.tokenscope.json.0badc0de.tmp"), "{\"half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(120)));
        Path fresh = Files.writeString(dir.resolve(".p.tokenscope.json.1234abcd.tmp"), "another window saving now");
        Path otherFiles = Files.writeString(dir.resolve(".q.tokenscope.json.0badc0de.tmp"), "not this file's");
        Files.setLastModifiedTime(otherFiles, FileTime.from(Instant.now().minusSeconds(120)));
        Path notOurs = Files.writeString(dir.resolve(".p.tokenscope.json.notatemp.tmp"), "someone else's");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minusSeconds(120)));

        ProjectFiles.write(V1, target);

        assertFalse(Files.exists(stale), "older than a minute: a killed save's");
        assertTrue(Files.exists(fresh), "a save in progress elsewhere is left alone");
        assertTrue(Files.exists(otherFiles), "only this file's temporaries go at this file's save");
        assertTrue(Files.exists(notOurs), "names we never make stay");
    }

    @Test
    void staleTemporaryFilesInTheRecoveryFolderGoAtStart(@TempDir Path root) throws IOException {
        RecoveryStore store = new RecoveryStore(root);
        RecoveryStore.Session crashed = store.startSession();
        Path stale = Files.writeString(crashed.dir().resolve(".recovery.tokenscope.json.0badc0de.tmp"), "{");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(300)));
        crashed.write(Project.empty().withPrompts(List.of("unsaved")), null);
        crashed.abandon();

        RecoveryStore.Session next = store.startSession();
        assertFalse(Files.exists(stale));
        assertEquals(1, store.orphans().size(), "the crashed session's work is still offered");
        next.close();
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
