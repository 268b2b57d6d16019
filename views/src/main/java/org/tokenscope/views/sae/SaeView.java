package org.tokenscope.views.sae;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.host.sae.LogitEffect;
import org.tokenscope.views.export.ExportActions;

/**
 * The SAE panel: open an SAE (folder or the bundled sample), its features in a sortable, searchable table, the
 * selected feature's card, the prompt view and the training pane in tabs beside it.
 */
public final class SaeView extends BorderPane {
    private final SaeViewModel vm;
    private final TableView<FeatureSummary> table = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Tab cardTab;

    /** {@code sample}: where the bundled sample SAE lies, empty when this build has none. */
    public SaeView(SaeViewModel vm, Supplier<Optional<Path>> sample) {
        this.vm = vm;
        setId("sae-view");
        Button open = new Button("Open SAE…");
        open.setId("sae-open");
        open.setOnAction(e -> chooseFolder());
        Button openSample = new Button("Open sample SAE");
        openSample.setId("sae-open-sample");
        openSample.setOnAction(e -> sample.get().ifPresentOrElse(vm::open,
                () -> vm.messageProperty().set("This build has no sample SAE (samples/sae not found).")));
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(18, 18);
        spin.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("sae-status");
        status.textProperty().bind(vm.statusProperty());
        open.setMinWidth(Region.USE_PREF_SIZE); // a long status line shortens itself, never the buttons
        openSample.setMinWidth(Region.USE_PREF_SIZE);
        spin.setMinSize(18, 18);
        status.setMinWidth(0);
        HBox bar = new HBox(8, open, openSample, spin, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("sae-message");
        message.setStyle("-fx-text-fill: #b00020;");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label bound = new Label("Feature statistics cover the first " + String.format(Locale.ROOT, "%,d", SaeViewModel.STATS_TOKENS)
                + " tokens of the bundled corpus (the tap's activations, BOS and separators excluded).");
        bound.setId("sae-bound");
        bound.setStyle("-fx-text-fill: #555;");
        VBox top = new VBox(4, bar, bound, message);
        top.setPadding(new Insets(8));
        setTop(top);

        cardTab = new Tab("Feature", new FeatureCard(vm));
        Tab promptTab = new Tab("Prompt", new PromptPane(vm, this::showCard));
        Tab trainTab = new Tab("Training", new TrainingPane(vm));
        for (Tab t : new Tab[] {cardTab, promptTab, trainTab}) {
            t.setClosable(false);
        }
        cardTab.setId("sae-tab-card");
        promptTab.setId("sae-tab-prompt");
        trainTab.setId("sae-tab-training");
        tabs.setId("sae-tabs");
        tabs.getTabs().setAll(cardTab, promptTab, trainTab);
        SplitPane split = new SplitPane(listArea(), tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        setCenter(split);
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().clearSelection();
                int row = vm.shownFeatures().indexOf(now);
                if (row >= 0) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                }
            }
        });
    }

    private VBox listArea() {
        TextField search = new TextField();
        search.setId("sae-search");
        search.setPromptText("Feature number, or a word or phrase the feature fires on; Enter to search");
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnAction(e -> vm.applySearch());
        search.textProperty().addListener((o, was, now) -> {
            if (now == null || now.isBlank() || now.strip().matches("\\d+")) {
                vm.applySearch();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        table.setId("sae-features");
        table.setPlaceholder(new Label("Open an SAE to list its features."));
        TableColumn<FeatureSummary, Number> index = new TableColumn<>("#");
        index.setId("sae-col-index");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().index()));
        TableColumn<FeatureSummary, Number> density = new TableColumn<>("Density");
        density.setId("sae-col-density");
        density.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().density()));
        density.setCellFactory(col -> numberCell("%.5f"));
        TableColumn<FeatureSummary, Number> max = new TableColumn<>("Max act.");
        max.setId("sae-col-max");
        max.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().maxActivation()));
        max.setCellFactory(col -> numberCell("%.3f"));
        TableColumn<FeatureSummary, String> logits = new TableColumn<>("Top logit tokens");
        logits.setId("sae-col-logits");
        logits.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().topLogits().stream().limit(4)
                .map(LogitEffect::display).collect(Collectors.joining(" "))));
        logits.setSortable(false);
        logits.setPrefWidth(180);
        table.getColumns().setAll(index, density, max, logits);
        vm.shownFeatures().comparatorProperty().bind(table.comparatorProperty());
        ExportActions.install(table, ExportActions.tableMenu(table, () -> SaeExports.featuresTable(List.copyOf(vm.shownFeatures()))));
        table.setItems(vm.shownFeatures());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        table.setOnMouseClicked(e -> {
            if (table.getSelectionModel().getSelectedItem() != null) {
                showCard(table.getSelectionModel().getSelectedItem().index());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label count = new Label();
        count.setId("sae-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.shownFeatures().size() + " of " + vm.features().size() + " features", vm.shownFeatures(), vm.features()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox box = new VBox(6, new HBox(6, search), table, count);
        box.setPadding(new Insets(0, 4, 8, 8));
        return box;
    }

    private static <S> javafx.scene.control.TableCell<S, Number> numberCell(String format) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, format, item.doubleValue()));
            }
        };
    }

    /** Opens a feature's card (neighbours, prompt-view features). */
    public void showCard(int feature) {
        vm.openFeature(feature);
        tabs.getSelectionModel().select(cardTab);
    }

    /** Sorts the table by density, densest first. */
    public void sortByDensity() {
        TableColumn<FeatureSummary, ?> density = table.getColumns().get(1);
        density.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(density);
        table.sort();
    }

    public TableView<FeatureSummary> table() {
        return table;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open an SAE folder (SAELens layout: cfg.json, sae_weights.safetensors)");
        Path current = vm.saePathProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        Window w = getScene() == null ? null : getScene().getWindow();
        File dir = chooser.showDialog(w);
        if (dir != null) {
            vm.open(dir.toPath());
        }
    }
}
