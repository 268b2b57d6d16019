package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tokenscope.views.shell.WorkbenchPanel;

/** Every bundled sample opens, notes what to look at, and every panel has one. */
class SamplesTest {

    @Test
    void everyProjectSampleOpensWithNotesPromptsAndItsPanel() {
        Set<String> panels = new TreeSet<>();
        for (SampleCatalog.Sample s : SampleCatalog.all()) {
            if (!s.isProject()) {
                assertFalse(s.prompts().isEmpty(), s.path());
                continue;
            }
            Project p = s.project();
            assertTrue(p.notes().orElse("").length() > 80, s.path() + " says what to look at");
            assertFalse(p.prompts().isEmpty(), s.path());
            assertTrue(p.model().orElseThrow().embedded(), s.path() + " runs on the embedded model");
            assertEquals(1, p.panelIds().size(), s.path() + " is about one panel");
            panels.addAll(p.panelIds());
            assertEquals(p, ProjectFiles.parse(ProjectFiles.toBytes(p), s.fileName()), "round trip of " + s.path());
        }
        assertEquals(Stream.of(WorkbenchPanel.values()).map(WorkbenchPanel::id).collect(Collectors.toCollection(TreeSet::new)),
                panels, "one sample per panel");
    }

    @Test
    void theIndexListsEveryFileInSamplesProjects() throws IOException {
        Path dir = samplesFolder().resolve("projects");
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(f -> "projects/" + f.getFileName()).filter(n -> n.endsWith(ProjectFiles.EXTENSION))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> listed = SampleCatalog.all().stream().map(SampleCatalog.Sample::path).filter(p -> p.startsWith("projects/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(onDisk, listed);
        List<String> prompts = SampleCatalog.all().stream().filter(s -> !s.isProject()).map(SampleCatalog.Sample::path).toList();
        assertTrue(prompts.contains("prompts/austen-openings.txt"), prompts.toString());
    }

    private static Path samplesFolder() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("samples/projects"))) {
                return d.resolve("samples");
            }
        }
        throw new AssertionError("samples/ not found above " + Path.of("").toAbsolutePath());
    }
}
