package org.tokenscope.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns a project tree of format {@link #from()} into format {@code from() + 1}, in place. */
interface ProjectMigration {
    int from();

    /** {@code name} is the file, for messages about content the migration cannot convert. */
    void apply(ObjectNode root, String name);
}
