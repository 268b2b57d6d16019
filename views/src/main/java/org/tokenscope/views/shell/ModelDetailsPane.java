package org.tokenscope.views.shell;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * {@link ModelDetails} as a scrollable two-column sheet: section headings, then label and value per row.
 * Values are selectable-looking labels that wrap, so long tensor lists stay readable in a narrow dialog.
 */
public final class ModelDetailsPane extends ScrollPane {

    public ModelDetailsPane(ModelDetails details) {
        setId("model-details");
        getStyleClass().add("model-details");
        getStylesheets().add(ModelDetailsPane.class.getResource("model-details.css").toExternalForm());
        setFitToWidth(true);

        // One grid for every section, so the values line up down the whole sheet.
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(3);
        grid.setPadding(new Insets(10, 14, 14, 14));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE); // labels never truncate; the value column wraps instead
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        Label title = new Label(details.name());
        title.getStyleClass().add("model-details-title");
        int row = 0;
        grid.add(title, 0, row++, 2, 1);
        for (ModelDetails.Section s : details.sections()) {
            Label heading = new Label(s.title());
            heading.getStyleClass().add("model-details-heading");
            grid.add(heading, 0, row++, 2, 1);
            for (ModelDetails.Row r : s.rows()) {
                Label label = new Label(r.label());
                label.getStyleClass().add("model-details-label");
                Label value = new Label(r.value());
                value.getStyleClass().add("model-details-value");
                value.setWrapText(true);
                value.setId("detail-" + slug(s.title()) + "-" + slug(r.label()));
                GridPane.setValignment(label, VPos.TOP);
                grid.addRow(row++, label, value);
            }
        }
        setContent(grid);
    }

    /** "Cache layout" → "cache-layout": stable ids tests and styles can find. */
    static String slug(String s) {
        String out = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return out.isEmpty() ? "item" : out;
    }
}
