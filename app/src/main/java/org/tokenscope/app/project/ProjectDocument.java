package org.tokenscope.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The window's open project: the current value, the file it lives in, and whether it differs from what was
 * last saved or opened. Panels read and write their section here; the File menu replaces the whole
 * document. Properties only, changed on the FX thread, so it is tested without a stage.
 */
public final class ProjectDocument {
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(Project.empty());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper("Untitled");
    /** Counts replacements; announced once the new document is complete (see {@link #replacementsProperty()}). */
    private final ReadOnlyIntegerWrapper replacements = new ReadOnlyIntegerWrapper(0);
    private int replacing; // the replacement under way: ahead of {@code replacements} while its fields change
    private Project saved = Project.empty();
    /** The file as this window last read or wrote it; null when unknown (then a save does not check). */
    private FileStamp stamp;

    public Project project() {
        return project.get();
    }

    /** The file, empty for a new project or an opened sample (Save then asks where). */
    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The panel's section of the project, a copy; empty when the project has none yet. */
    public Optional<ObjectNode> section(WorkbenchPanel panel) {
        return project().section(panel.id());
    }

    /** Stores the panel's section (a copy is kept); null removes it. Marks the project changed if it differs. */
    public void setSection(WorkbenchPanel panel, ObjectNode section) {
        update(p -> p.withSection(panel.id(), section));
    }

    public void setPrompts(List<String> prompts) {
        update(p -> p.withPrompts(prompts));
    }

    public void addPrompts(List<String> more) {
        update(p -> p.withMorePrompts(more));
    }

    /** Applies an edit; the document is dirty while the result differs from the saved project. */
    public void update(UnaryOperator<Project> edit) {
        project.set(edit.apply(project.get()));
        dirty.set(!project.get().equals(saved));
    }

    /**
     * Replaces the document, after New, Open, Revert, Open Sample or a recovery. {@code unsaved}: the content is
     * not on disk yet (a recovery). {@code name} overrides the shown name (a sample has no file), may be null.
     */
    void replace(Project next, Path where, boolean unsaved, String name) {
        replace(next, where, unsaved, name, null);
    }

    /** As {@link #replace(Project, Path, boolean, String)}, remembering what {@code where} looked like on disk. */
    void replace(Project next, Path where, boolean unsaved, String name, FileStamp onDisk) {
        replacing++;
        stamp = where == null ? null : onDisk;
        saved = unsaved ? null : next;
        file.set(where);
        project.set(next);
        dirty.set(unsaved);
        displayName.set(name != null ? name : nameOf(where));
        replacements.set(replacing);
    }

    /**
     * Moves after every New, Open, Revert, Open Sample and recovery, once file, project and name are the new ones;
     * it moves even when the new project equals the old (Revert of an unchanged file), which the project property
     * does not report. Panels show the new project's state when it moves.
     */
    public ReadOnlyIntegerProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    /** True while a replacement is under way: a project change seen now is the replacement, not an edit. */
    public boolean isReplacing() {
        return replacing != replacements.get();
    }

    /** The document was written to {@code where} as {@code written}. */
    void markSaved(Project written, Path where) {
        markSaved(written, where, null);
    }

    /** The document was written to {@code where} as {@code written}, which left the file as {@code onDisk}. */
    void markSaved(Project written, Path where, FileStamp onDisk) {
        stamp = onDisk;
        saved = written;
        file.set(where);
        project.set(written);
        dirty.set(false);
        displayName.set(nameOf(where));
    }

    /** What the file looked like when last read or written here; empty when unknown. */
    public Optional<FileStamp> diskStamp() {
        return Optional.ofNullable(stamp);
    }

    private static String nameOf(Path where) {
        return where == null ? "Untitled" : String.valueOf(where.getFileName());
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The file name, or "Untitled". */
    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }
}
