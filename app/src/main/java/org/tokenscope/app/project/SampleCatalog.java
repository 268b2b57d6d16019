package org.tokenscope.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample projects and prompt files bundled in the jar (copied from {@code samples/} at build time), as
 * listed in {@code samples/projects/index.txt}: one {@code path | menu title} per line, paths relative to
 * {@code samples/}. Bundling beats reading a folder next to the jar: it works from an installer, an IDE and
 * the tests alike.
 */
public final class SampleCatalog {
    static final String ROOT = "/org/tokenscope/app/samples/";
    static final String INDEX = "projects/index.txt";

    private SampleCatalog() {
    }

    /** One bundled file. */
    public record Sample(String path, String title) {
        /** A project (else a prompt file). */
        public boolean isProject() {
            return path.endsWith(ProjectFiles.EXTENSION);
        }

        public String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** Id for the menu item, stable across titles. */
        public String id() {
            return fileName().replace(ProjectFiles.EXTENSION, "").replaceAll("[^A-Za-z0-9]+", "-");
        }

        public byte[] bytes() {
            return read(path);
        }

        public Project project() {
            return ProjectFiles.parse(bytes(), fileName());
        }

        public List<String> prompts() {
            return PromptFiles.parse(bytes(), fileName());
        }
    }

    /** Every listed sample, projects and prompt files, in index order. */
    public static List<Sample> all() {
        String index = new String(read(INDEX), StandardCharsets.UTF_8);
        List<Sample> out = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int bar = l.indexOf('|');
            if (bar < 0) {
                throw new IllegalStateException("samples index line without '|': " + l);
            }
            out.add(new Sample(l.substring(0, bar).strip(), l.substring(bar + 1).strip()));
        }
        return out;
    }

    private static byte[] read(String path) {
        try (InputStream in = SampleCatalog.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("sample " + path + " is missing from the application jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
