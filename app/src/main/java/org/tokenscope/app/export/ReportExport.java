package org.tokenscope.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tokenscope.app.AppVersion;
import org.tokenscope.app.project.Project;
import org.tokenscope.views.shell.WorkbenchPanel;

/** File › Export Report… without the dialog: build the report once, write it as HTML and/or PDF. */
public final class ReportExport {
    private static final System.Logger LOG = System.getLogger(ReportExport.class.getName());
    private ReportExport() {
    }

    /**
     * Writes the report of {@code project} over {@code panels} next to {@code base} ("name.html", "name.pdf",
     * whatever extension {@code base} has); returns the files written. Runs off the FX thread.
     */
    public static List<Path> write(Project project, String title, List<WorkbenchPanel> panels, boolean html, boolean pdf,
            Path base) throws IOException {
        Report report = new ReportBuilder(ReportContributors.discover(), AppVersion.get())
                .build(title, project, panels, Provenance.now());
        for (Report.Omission o : report.omitted()) {
            LOG.log(System.Logger.Level.WARNING, o.message(), o.cause()); // the window's log file; the report says it too
        }
        String name = String.valueOf(base.getFileName());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        List<Path> written = new ArrayList<>();
        if (html) {
            written.add(base.resolveSibling(stem + ".html"));
        }
        if (pdf) {
            written.add(base.resolveSibling(stem + ".pdf"));
        }
        for (Path file : written) {
            try {
                ReportFiles.write(report, file);
            } catch (IOException e) {
                // The reason alone ("permission denied") is not enough in a dialog: name the file the user chose.
                throw new IOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
            }
        }
        return written;
    }
}
