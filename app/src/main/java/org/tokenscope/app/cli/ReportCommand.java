package org.tokenscope.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.tokenscope.app.AppVersion;
import org.tokenscope.app.export.Provenance;
import org.tokenscope.app.export.Report;
import org.tokenscope.app.export.ReportBuilder;
import org.tokenscope.app.export.ReportContributors;
import org.tokenscope.app.export.ReportFiles;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectException;
import org.tokenscope.app.project.ProjectFiles;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.UnusableFileException;
import org.tokenscope.views.shell.WorkbenchPanel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code report}: a project's self-contained HTML or PDF report, written without a display or a model. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML or PDF report of a project (prompts, settings, charts, tables, "
                + "provenance); needs no display. Prints the output path.")
final class ReportCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", required = true, paramLabel = "FILE", description = "The project file (*.tokenscope.json).")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "FILE.html|FILE.pdf", description = "The report to write; the extension picks the format.")
    Path out;

    @Option(names = "--panels", split = ",", paramLabel = "PANEL",
            description = "Panels to include: stepper, counterfactual, shapley, sae, premium (default: those the project has settings for).")
    List<String> panels;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true"); // the PDF writer uses java.awt colours, never a screen
        try {
            ReportFiles.formatOf(out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage());
        }
        List<WorkbenchPanel> chosen = panels == null ? null : parsePanels(panels);
        Project p;
        try {
            BoundedFiles.requireRegularFile(project, "project file", BoundedFiles.PROJECT_FILE_LIMIT);
        } catch (UnusableFileException e) {
            throw new InputException(e.getMessage(), e);
        }
        try {
            p = ProjectFiles.read(project);
        } catch (ProjectException e) {
            throw new InputException(e.getMessage(), e);
        }
        String title = p.title().orElse("Tokenscope report — " + project.getFileName());
        Report report = new ReportBuilder(ReportContributors.discover(), AppVersion.get())
                .build(title, p, chosen != null ? chosen : ReportBuilder.panelsWithSections(p), Provenance.now());
        try {
            ReportFiles.write(report, out);
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + BoundedFiles.reason(e), e);
        }
        // A damaged panel section is left out of the report, which says so; here one line each, the trace on --debug.
        for (Report.Omission o : report.omitted()) {
            spec.commandLine().getErr().println("warning: " + o.message());
            if (debug && o.cause() != null) {
                o.cause().printStackTrace(spec.commandLine().getErr());
            }
        }
        spec.commandLine().getOut().println(out.toAbsolutePath());
        return 0;
    }

    private List<WorkbenchPanel> parsePanels(List<String> names) {
        List<WorkbenchPanel> out = new ArrayList<>();
        for (String name : names) {
            WorkbenchPanel panel = Arrays.stream(WorkbenchPanel.values()).filter(w -> w.id().equals(name.strip()))
                    .findFirst().orElseThrow(() -> new ParameterException(spec.commandLine(), "--panels: unknown panel '" + name
                            + "' (choose from stepper, counterfactual, shapley, sae, premium)"));
            if (!out.contains(panel)) {
                out.add(panel);
            }
        }
        return out;
    }
}
