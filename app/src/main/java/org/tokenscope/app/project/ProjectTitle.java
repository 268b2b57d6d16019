package org.tokenscope.app.project;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

/** The window title with the project in it: "*name — Tokenscope — model"; the plain title before any project. */
public final class ProjectTitle {
    private ProjectTitle() {
    }

    /** {@code base} is the title without a project ("Tokenscope — model"); the star marks unsaved changes. */
    public static StringBinding of(ProjectDocument project, ObservableStringValue base) {
        return Bindings.createStringBinding(() -> {
            boolean untouched = project.file().isEmpty() && !project.isDirty()
                    && "Untitled".equals(project.displayNameProperty().get());
            return untouched ? base.get()
                    : (project.isDirty() ? "*" : "") + project.displayNameProperty().get() + " — " + base.get();
        }, base, project.dirtyProperty(), project.displayNameProperty(), project.fileProperty());
    }
}
