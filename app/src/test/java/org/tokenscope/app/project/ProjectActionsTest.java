package org.tokenscope.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.views.shell.WorkbenchPanel;

/** New, Open, Save, Save As, Revert and the unsaved-changes question, without a window. */
class ProjectActionsTest {
    private final ProjectFixture f = new ProjectFixture();

    @Test
    void saveAsThenOpenGivesTheSameProjectWithTheLoadedModelRecorded(@TempDir Path dir) {
        f.models.current = ModelReference.embedded("ef".repeat(32), "Demo");
        f.document.addPrompts(List.of("Elizabeth"));
        f.document.setSection(WorkbenchPanel.SHAPLEY, ProjectFiles.MAPPER.createObjectNode().put("method", "exact"));
        assertTrue(f.document.isDirty());
        f.dialogs.saveAs = dir.resolve("mine"); // the extension is added

        assertTrue(f.actions.save(), "an untitled project asks where");
        Path file = dir.resolve("mine.tokenscope.json");
        assertEquals(file, f.document.file().orElseThrow());
        assertFalse(f.document.isDirty());
        Project saved = f.document.project();
        assertEquals("ef".repeat(32), saved.model().orElseThrow().sha256());

        f.actions.newProject();
        assertEquals(Project.empty(), f.document.project());
        f.actions.open(file);
        assertEquals(saved, f.document.project());
        assertFalse(f.document.isDirty());
        assertEquals(List.of(), f.errors);
    }

    @Test
    void cancelKeepsUnsavedWorkAndDiscardDropsIt() {
        f.document.addPrompts(List.of("precious"));
        f.dialogs.unsaved = ProjectDialogs.UnsavedChoice.CANCEL;
        f.actions.newProject();
        assertEquals(List.of("precious"), f.document.project().prompts());
        assertFalse(f.actions.confirmClose());
        assertEquals(List.of("unsaved:Untitled:creating a new project", "unsaved:Untitled:closing the window"), f.dialogs.asked);

        f.dialogs.unsaved = ProjectDialogs.UnsavedChoice.DISCARD;
        assertTrue(f.actions.confirmClose());
        f.actions.newProject();
        assertEquals(Project.empty(), f.document.project());
    }

    @Test
    void saveChosenInTheQuestionSavesFirst(@TempDir Path dir) {
        f.document.addPrompts(List.of("keep"));
        f.dialogs.unsaved = ProjectDialogs.UnsavedChoice.SAVE;
        f.dialogs.saveAs = dir.resolve("kept.tokenscope.json");
        assertTrue(f.actions.confirmClose());
        assertEquals(List.of("keep"), ProjectFiles.read(dir.resolve("kept.tokenscope.json")).prompts());

        f.document.addPrompts(List.of("more"));
        f.dialogs.saveAs = null; // the user cancels the file chooser: closing must not go ahead
        f.document.replace(f.document.project(), null, true, null);
        assertFalse(f.actions.confirmClose());
    }

    @Test
    void revertReloadsFromDisk(@TempDir Path dir) {
        Path file = dir.resolve("r.tokenscope.json");
        ProjectFiles.write(Project.empty().withPrompts(List.of("on disk")), file);
        f.actions.open(file);
        f.document.setPrompts(List.of("edited"));
        f.actions.revert();
        assertEquals(List.of("on disk"), f.document.project().prompts());
        assertFalse(f.document.isDirty());
        assertEquals(List.of("revert:r.tokenscope.json"), f.dialogs.asked);
    }

    @Test
    void promptFilesAppendToThePromptList(@TempDir Path dir) throws IOException {
        Path txt = dir.resolve("p.txt");
        Files.writeString(txt, "one\n\ntwo,\nlines\n", StandardCharsets.UTF_8);
        f.document.addPrompts(List.of("zero"));
        f.actions.openPrompts(txt);
        assertEquals(List.of("zero", "one", "two,\nlines"), f.document.project().prompts());

        f.actions.openPrompts(dir.resolve("none.jsonl"));
        assertEquals(1, f.errors.size());
        assertEquals("Could not read prompts from none.jsonl.", f.errors.get(0).header());
        assertEquals(3, f.document.project().prompts().size(), "a failed read adds nothing");
    }

    @Test
    void aSampleOpensUntitledOnTheEmbeddedModelSoSaveAsksWhere(@TempDir Path dir) throws IOException {
        f.models.embedded = Files.writeString(dir.resolve("model.onnx"), "the demo graph");
        SampleCatalog.Sample stepper = SampleCatalog.all().get(0);
        f.actions.openSample(stepper);
        assertEquals(List.of("embedded"), f.models.opened, "samples record no hash: loaded without a question");
        assertTrue(f.document.file().isEmpty());
        assertFalse(f.document.isDirty());
        assertEquals("stepper-entropy-cntp.tokenscope.json (sample)", f.document.displayNameProperty().get());
        assertTrue(f.document.section(WorkbenchPanel.STEPPER).isPresent());
        assertFalse(f.actions.save(), "no file chosen: nothing written");
        assertEquals("save-as:stepper-entropy-cntp.tokenscope.json", f.dialogs.asked.get(0));
    }

    @Test
    void aMissingModelIsReportedAndCanBeLocated(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.tokenscope.json");
        ProjectFiles.write(Project.empty().withModel(ModelReference.file("gone/model.onnx", "12".repeat(32), "Gone")), file);
        Path elsewhere = Files.createDirectories(dir.resolve("found"));
        f.dialogs.modelChoice = ProjectDialogs.ModelChoice.LOCATE;
        f.dialogs.locate = elsewhere;

        f.actions.open(file);

        assertEquals(ModelCheck.Status.MISSING, f.dialogs.lastCheck.status());
        assertEquals(dir.resolve("gone/model.onnx"), f.dialogs.lastCheck.onnxFile(), "relative to the project's folder");
        assertEquals(List.of(elsewhere.toString()), f.models.opened);
    }

    @Test
    void aMatchingModelIsLoadedWithoutAQuestion(@TempDir Path dir) throws IOException {
        Path onnx = Files.writeString(dir.resolve("model.onnx"), "pretend graph");
        String sha = org.tokenscope.host.model.Hashing.sha256(onnx);
        Path file = dir.resolve("ok.tokenscope.json");
        ProjectFiles.write(Project.empty().withModel(ModelReference.file(onnx.toString(), sha, "Mine")), file);
        f.actions.open(file);
        assertEquals(List.of(onnx.toString()), f.models.opened);
        assertTrue(f.dialogs.asked.isEmpty(), f.dialogs.asked.toString());

        f.models.opened.clear();
        f.models.loadedFile = onnx;
        f.actions.open(file);
        assertEquals(List.of(), f.models.opened, "already loaded: not loaded again");

        Files.writeString(onnx, "another graph");
        f.dialogs.modelChoice = ProjectDialogs.ModelChoice.USE_ANYWAY;
        f.models.loadedFile = null;
        f.actions.open(file);
        assertEquals(ModelCheck.Status.CHANGED, f.dialogs.lastCheck.status());
        assertTrue(f.dialogs.lastCheck.message().contains("has changed since the project was saved"), f.dialogs.lastCheck.message());
        assertEquals(List.of(onnx.toString()), f.models.opened);
    }
}
