package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A save interrupted at any point leaves the old project or the new one, complete, never a mix. Each step
 * of the write is made to fail in turn, both as an exception (the finally block runs) and as a crash (it
 * does not: the simulated crash is an Error that skips our clean-up, like a killed process).
 */
class AtomicFileTest {
    private static final Project OLD = Project.empty().withTitle("old").withPrompts(List.of("old prompt"));
    private static final Project NEW = Project.empty().withTitle("new").withPrompts(List.of("new ".repeat(5000)));

    /** Stands for a process that dies at that point: nothing after it runs. */
    static final class Crash extends Error {
        Crash(AtomicFile.Step at) {
            super("crashed at " + at);
        }
    }

    @ParameterizedTest
    @EnumSource(AtomicFile.Step.class)
    void failureAtEachStepLeavesOldOrNewComplete(AtomicFile.Step failAt, @TempDir Path dir) throws IOException {
        Path target = dir.resolve("p.tokenscope.json");
        ProjectFiles.write(OLD, target);

        assertThrows(IOException.class, () -> AtomicFile.write(target, ProjectFiles.toBytes(NEW), step -> {
            if (step == failAt) {
                throw new IOException("disk full at " + step);
            }
        }));

        Project after = ProjectFiles.read(target);
        assertEquals(failAt == AtomicFile.Step.RENAMED ? NEW : OLD, after, "failed at " + failAt);
        assertEquals(List.of(target), listing(dir), "no temporary file left behind after a failure at " + failAt);
    }

    @ParameterizedTest
    @EnumSource(AtomicFile.Step.class)
    void crashAtEachStepLeavesOldOrNewComplete(AtomicFile.Step crashAt, @TempDir Path dir) throws IOException {
        Path target = dir.resolve("p.tokenscope.json");
        ProjectFiles.write(OLD, target);

        assertThrows(Crash.class, () -> AtomicFile.write(target, ProjectFiles.toBytes(NEW), step -> {
            if (step == crashAt) {
                throw new Crash(step);
            }
        }));

        // Whatever the crash left, the project file itself reads back whole.
        Project after = ProjectFiles.read(target);
        assertTrue(after.equals(OLD) || after.equals(NEW), "corrupt after a crash at " + crashAt);
        assertEquals(crashAt == AtomicFile.Step.RENAMED ? NEW : OLD, after);
        for (Path p : listing(dir)) {
            assertTrue(p.equals(target) || p.getFileName().toString().startsWith(".p.tokenscope.json."),
                    "only the target and a hidden temporary file: " + p);
        }
    }

    @Test
    void theFirstSaveCreatesTheFileAndAFailedFirstSaveCreatesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("fresh.tokenscope.json");
        assertThrows(IOException.class, () -> AtomicFile.write(target, new byte[] {1, 2, 3}, step -> {
            throw new IOException("no");
        }));
        assertFalse(Files.exists(target));
        AtomicFile.write(target, "hello".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void aSaveErrorIsAClearProjectException(@TempDir Path dir) {
        Path target = dir.resolve("missing-folder").resolve("p.tokenscope.json");
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFiles.write(OLD, target));
        assertTrue(e.getMessage().startsWith("cannot save " + target), e.getMessage());
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
