package org.tokenscope.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectActions;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.WorkbenchPanel;

/** File › Export Report…: tick panels and formats, pick a file, and the report is written as a job. */
public final class ExportReportDialog {
    /** What the user ticked. */
    record Choice(List<WorkbenchPanel> panels, boolean html, boolean pdf) {
    }

    private ExportReportDialog() {
    }

    /** Runs the whole flow: the dialog, the file chooser, the job. Call on the FX thread. */
    public static void open(Window owner, ProjectActions projects, JobRunner jobs) {
        Project project = projects.projectToSave(); // the model in use now is the one the report names
        Optional<Choice> choice = ask(owner, project);
        if (choice.isEmpty()) {
            return;
        }
        String name = projects.document().displayNameProperty().get().replace(" (sample)", "");
        String stem = name.endsWith(".tokenscope.json") ? name.substring(0, name.length() - 16) : name;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Report");
        chooser.setInitialFileName(stem + "-report" + (choice.get().html() ? ".html" : ".pdf"));
        projects.document().file().map(Path::getParent).filter(p -> p.toFile().isDirectory())
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        String title = project.title().orElse("Tokenscope report — " + name);
        jobs.task("Writing the report", (progress, cancel) -> ReportExport.write(project, title, choice.get().panels(),
                        choice.get().html(), choice.get().pdf(), file.toPath()))
                .failureHeader("The report could not be written.")
                .start();
    }

    private static Optional<Choice> ask(Window owner, Project project) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Tokenscope — Export Report");
        dialog.setHeaderText("Export a self-contained report of the project: prompts, model provenance, and the settings,\n"
                + "charts and tables of the panels you tick.");
        dialog.getDialogPane().setId("export-report-dialog");
        Map<WorkbenchPanel, CheckBox> ticks = new LinkedHashMap<>();
        VBox panels = new VBox(4, new Label("Panels"));
        for (WorkbenchPanel p : WorkbenchPanel.values()) {
            boolean saved = project.section(p.id()).isPresent();
            CheckBox box = new CheckBox(p.title() + (saved ? "" : " (nothing saved yet)"));
            box.setId("report-panel-" + p.id());
            box.setSelected(saved);
            ticks.put(p, box);
            panels.getChildren().add(box);
        }
        CheckBox html = new CheckBox("HTML");
        html.setId("report-html");
        html.setSelected(true);
        CheckBox pdf = new CheckBox("PDF");
        pdf.setId("report-pdf");
        pdf.setSelected(true);
        VBox formats = new VBox(4, new Label("Formats"), html, pdf);
        HBox content = new HBox(32, panels, formats);
        content.setPadding(new Insets(8, 4, 4, 4));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // At least one format: a report in no format is a confusing no-op.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(html.selectedProperty().or(pdf.selectedProperty()).not());
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        List<WorkbenchPanel> chosen = new ArrayList<>();
        ticks.forEach((p, box) -> {
            if (box.isSelected()) {
                chosen.add(p);
            }
        });
        return Optional.of(new Choice(chosen, html.isSelected(), pdf.isSelected()));
    }
}
