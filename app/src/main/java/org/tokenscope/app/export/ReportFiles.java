package org.tokenscope.app.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.tokenscope.app.project.AtomicFile;

/** Writes a report in the format its file name asks for: {@code .html}/{@code .htm} or {@code .pdf}. */
public final class ReportFiles {
    public enum Format { HTML, PDF }

    private ReportFiles() {
    }

    /** The format {@code file}'s extension names; {@link IllegalArgumentException} for any other. */
    public static Format formatOf(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        throw new IllegalArgumentException("the report file must end in .html or .pdf, not " + file.getFileName());
    }

    /**
     * Renders and writes atomically, so an existing report is never left half-overwritten; a symbolic link is
     * written through to its target. An {@link IOException}'s message is the reason alone ("permission denied"),
     * for the caller to put after the file's name.
     */
    public static void write(Report report, Path file) throws IOException {
        byte[] bytes = formatOf(file) == Format.HTML
                ? HtmlReportWriter.toHtml(report).getBytes(StandardCharsets.UTF_8)
                : PdfReportWriter.toPdf(report);
        AtomicFile.write(file, bytes);
    }
}
