package org.tokenscope.app.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;

/**
 * The panels' {@link ReportContributor}s, found with {@link ServiceLoader} so that a panel adds its charts and
 * tables to reports without this class (or the command line) changing. A contributor that throws, or whose
 * sections cannot be rendered (a damaged or hand-edited panel section), costs its own sections, not the report:
 * they are replaced by one line saying they were not included and why, and the cause goes to the log at debug
 * level, never to the terminal; the caller decides whether to show or log the {@link Report.Omission}s.
 */
public final class ReportContributors {
    private static final System.Logger LOG = System.getLogger(ReportContributors.class.getName());
    private final List<ReportContributor> all;

    /** What the contributors of one panel built, and what they could not. */
    public record Built(List<ReportSection> sections, List<Report.Omission> omitted) {
        public Built {
            sections = List.copyOf(sections);
            omitted = List.copyOf(omitted);
        }
    }

    public ReportContributors(List<ReportContributor> contributors) {
        this.all = List.copyOf(contributors);
    }

    /** Every contributor registered on the class path. */
    public static ReportContributors discover() {
        List<ReportContributor> found = new ArrayList<>();
        ServiceLoader.load(ReportContributor.class, ReportContributors.class.getClassLoader()).forEach(found::add);
        return new ReportContributors(found);
    }

    /** The sections the contributors of {@code panelId} build from its saved {@code section}. */
    public List<ReportSection> sections(String panelId, ObjectNode section) {
        return build(panelId, panelId, section).sections();
    }

    /**
     * The sections the contributors of {@code panelId} build from its saved {@code section}, each checked to
     * render; {@code panelTitle} names the panel in the line that replaces a part that could not be built.
     */
    public Built build(String panelId, String panelTitle, ObjectNode section) {
        List<ReportSection> out = new ArrayList<>();
        List<Report.Omission> omitted = new ArrayList<>();
        for (ReportContributor c : all) {
            if (!c.panelId().equals(panelId)) {
                continue;
            }
            try {
                List<ReportSection> built = c.sections(section.deepCopy());
                for (ReportSection s : built) {
                    HtmlReportWriter.section(new StringBuilder(), s); // a chart of NaNs fails here, not in the writer
                }
                out.addAll(built);
            } catch (RuntimeException | StackOverflowError e) {
                Report.Omission o = new Report.Omission(panelTitle, reason(e), e);
                LOG.log(System.Logger.Level.DEBUG, c.getClass().getName() + ": " + o.message(), e);
                omitted.add(o);
                out.add(new ReportSection("Not included", List.of(new ReportBlock.Text(o.message()))));
            }
        }
        return new Built(out, omitted);
    }

    /**
     * Why, in one line: the exception's own message when it was written for people (a contributor's
     * {@code IllegalArgumentException} naming the field), a plain sentence for the JVM's own failures.
     */
    static String reason(Throwable e) {
        String internal = e instanceof NullPointerException ? "a value in its saved data is missing or of the wrong kind"
                : e instanceof ClassCastException || e instanceof ArrayStoreException ? "a value in its saved data is of the wrong kind"
                : e instanceof IndexOutOfBoundsException || e instanceof NegativeArraySizeException
                        ? "lists or counts in its saved data do not match"
                : e instanceof ArithmeticException ? "a number in its saved data is out of range"
                : e instanceof StackOverflowError ? "its saved data is nested too deeply"
                : e instanceof UnsupportedOperationException ? "its saved data is from another version"
                : null;
        if (internal != null) {
            return internal;
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "its saved data is damaged or incomplete";
        }
        String line = m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m.strip());
        if (e instanceof NumberFormatException) {
            line = "a number in its saved data cannot be read (" + line + ")";
        }
        return line.length() > 240 ? line.substring(0, 239) + "…" : line;
    }
}
