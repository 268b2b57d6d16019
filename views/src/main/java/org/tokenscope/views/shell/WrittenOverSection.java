package org.tokenscope.views.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link PanelSection} that keeps the section it last read or wrote and writes the panel's state over it, so
 * fields this version does not know survive a save. Subclasses say how a section is shown and written.
 */
public abstract class WrittenOverSection implements PanelSection {
    private ObjectNode base; // the section as last read or written; null for a project without one

    @Override
    public final void read(ObjectNode section, Context project) {
        base = section;
        show(section, project);
    }

    @Override
    public final ObjectNode write() {
        base = writeOver(base);
        return base.deepCopy();
    }

    /** Shows {@code section} (null: the panel's empty state) in the panel. */
    protected abstract void show(ObjectNode section, Context project);

    /** {@code base} (null for none) with the panel's state written over it; never null. */
    protected abstract ObjectNode writeOver(ObjectNode base);
}
