package org.tokenscope.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Brings a project tree of any older format to {@link #CURRENT} by applying the migrations in order. Each
 * format change adds one {@link ProjectMigration} here and bumps {@code CURRENT}; old files keep opening.
 */
final class ProjectMigrations {
    /** The format this version writes. */
    static final int CURRENT = 1;

    private static final List<ProjectMigration> CHAIN = List.of(new MigrationV0ToV1());

    private ProjectMigrations() {
    }

    /** The format of {@code root}: its {@code format_version}, or 0 when absent (format 0 had none). */
    static int versionOf(ObjectNode root, String name) {
        JsonNode v = root.get("format_version");
        if (v == null || v.isNull()) {
            return 0;
        }
        if (!v.canConvertToExactIntegral() || v.asInt() < 0) {
            throw new ProjectException(name + ": \"format_version\" must be a whole number, not " + v);
        }
        return v.asInt();
    }

    /** Migrates {@code root} in place to {@link #CURRENT}; refuses files from a newer Tokenscope. */
    static ObjectNode migrate(ObjectNode root, String name) {
        int version = versionOf(root, name);
        if (version > CURRENT) {
            throw new ProjectException(name + " was written by a newer Tokenscope (project format " + version
                    + "); this version reads formats up to " + CURRENT + ": update Tokenscope to open it");
        }
        for (ProjectMigration m : CHAIN) {
            if (m.from() == version) {
                m.apply(root, name);
                version++;
            }
        }
        if (version != CURRENT) {
            throw new IllegalStateException("no migration from project format " + version); // a gap in CHAIN
        }
        root.put("format_version", CURRENT);
        return root;
    }
}
