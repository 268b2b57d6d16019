package org.tokenscope.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Help's page on one panel's method: what it lets the user do, how the method works (a few paragraphs), the
 * papers it follows and their BibTeX. The text lives in {@code help/<panel id>.txt} and {@code .bib} beside this
 * class's resources, so it is edited as prose, not as Java strings.
 *
 * @param panel      the panel described
 * @param paragraphs the method, one paragraph per entry
 * @param bibtex     BibTeX entries of the papers, ready to paste
 */
public record MethodPage(WorkbenchPanel panel, List<String> paragraphs, String bibtex) {
    private static final String ROOT = "/org/tokenscope/app/help/";

    public MethodPage {
        paragraphs = List.copyOf(paragraphs);
    }

    public static MethodPage of(WorkbenchPanel panel) {
        List<String> paragraphs = Arrays.stream(read(panel.id() + ".txt").split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new MethodPage(panel, paragraphs, read(panel.id() + ".bib").strip() + "\n");
    }

    /** The citation line the panel's placeholder and tab show, e.g. the paper and its arXiv id. */
    public String citation() {
        return panel.basis();
    }

    /** The number of BibTeX entries, for the copy button's label. */
    public int entries() {
        return (int) bibtex.lines().filter(l -> l.startsWith("@")).count();
    }

    private static String read(String name) {
        try (InputStream in = MethodPage.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("help page " + name + " is missing from the application jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
