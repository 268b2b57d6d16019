package org.tokenscope.app.panels;

import javafx.stage.Stage;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/**
 * What a panel gets from the window: the model, the jobs seam every engine call goes through, the open
 * project (each panel keeps its state in its own section) and the stage for dialogs.
 */
public record PanelContext(ModelProvider models, JobRunner jobs, ProjectDocument project, Stage stage) {
}
