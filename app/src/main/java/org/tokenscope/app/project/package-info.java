/**
 * Project files ({@code *.tokenscope.json}): the immutable {@link org.tokenscope.app.project.Project} value, the
 * versioned format with its migrations, atomic saves, autosave and crash recovery, and the File menu's commands.
 * A panel keeps its state in its own section: read it with
 * {@code ProjectDocument.section(WorkbenchPanel.X)} when the project changes
 * ({@code projectProperty()}) and store it with {@code ProjectDocument.setSection(WorkbenchPanel.X, node)}; the
 * content of a section is the panel's to define, and fields it does not know are kept.
 */
package org.tokenscope.app.project;
