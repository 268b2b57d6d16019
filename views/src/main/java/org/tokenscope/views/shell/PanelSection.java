package org.tokenscope.views.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;

/**
 * The one contract between a panel and its section of the open project ({@code panels.<id>} of the project file).
 * Every panel implements it once, over its own codec, and the application binds every implementation the same
 * way: a project opened, reverted, created or recovered is {@link #read read} into every panel (a project without
 * the section reads {@code null}: the panel's empty state, never what it showed before), and each move of
 * {@link #revision()} {@link #write writes} the section back, which is what marks the project changed.
 */
public interface PanelSection {

    /** What a panel may know of the project besides its own section. */
    record Context(List<String> prompts, String modelSha256, Function<WorkbenchPanel, Optional<ObjectNode>> sections) {
        public Context {
            prompts = List.copyOf(prompts);
        }

        /** Another panel's section, a copy; empty when the project has none. */
        public Optional<ObjectNode> section(WorkbenchPanel panel) {
            return sections.apply(panel);
        }
    }

    /** The panel whose section this is. */
    WorkbenchPanel panel();

    /**
     * Replaces everything the panel shows with {@code section} (null: the project has none, so the panel shows its
     * empty state). Stops work still running for the previous state, so none of it lands in this one. Reading is not
     * a change: {@link #revision()} does not move.
     */
    void read(ObjectNode section, Context project);

    /**
     * The section for the panel's current state, written over the section last read so that fields this version
     * does not know survive; null when there is nothing to write yet.
     */
    ObjectNode write();

    /** Changes whenever the panel's state changed in a way worth saving (a user's edit, a finished job). */
    ObservableValue<?> revision();

    /** The project's prompt list changed while its section did not: panels that offer the prompts follow. */
    default void promptsChanged(List<String> prompts) {
    }

    /**
     * True when reading is heavy (rebuilding strips of runs): a replaced project is then read on the next turn of the
     * FX thread, so the title and prompt list do not wait for it. Until then the panel writes nothing.
     */
    default boolean readLater() {
        return false;
    }
}
