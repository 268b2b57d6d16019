package org.tokenscope.views.stepper;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The input of the panel: Generate or Score, then the prompt (typed, or picked from the project's prompts) or
 * the text to score with its context and the Score button.
 */
final class InputBar extends HBox {

    InputBar(StepperViewModel vm) {
        super(8);
        setAlignment(Pos.TOP_LEFT);
        getStyleClass().add("stepper-input");
        ToggleGroup modes = new ToggleGroup();
        ToggleButton generate = new ToggleButton("Generate");
        generate.setId("stepper-mode-generate");
        ToggleButton score = new ToggleButton("Score");
        score.setId("stepper-mode-score");
        generate.setToggleGroup(modes);
        score.setToggleGroup(modes);
        generate.setUserData(StepperViewModel.Mode.GENERATE);
        score.setUserData(StepperViewModel.Mode.SCORE);
        Runnable showMode = () -> modes.selectToggle(vm.modeProperty().get() == StepperViewModel.Mode.SCORE ? score : generate);
        showMode.run();
        vm.modeProperty().addListener((o, was, now) -> showMode.run());
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                showMode.run(); // a toggle group lets the user unselect both; one mode is always on
            } else {
                vm.modeProperty().set((StepperViewModel.Mode) now.getUserData());
            }
        });
        HBox modeBox = new HBox(generate, score);
        modeBox.getStyleClass().add("stepper-modes");

        TextArea prompt = area("stepper-prompt", "Prompt: the text the run continues");
        prompt.textProperty().bindBidirectional(vm.promptProperty());
        MenuButton pick = new MenuButton("Project prompts");
        pick.setId("stepper-pick-prompt");
        Runnable fillPrompts = () -> pick.getItems().setAll(vm.projectPrompts().stream().map(p -> {
            String flat = p.replace('\n', ' ');
            MenuItem item = new MenuItem(flat.length() > 70 ? flat.substring(0, 69) + "…" : flat);
            item.setOnAction(e -> vm.promptProperty().set(p));
            return item;
        }).toList());
        fillPrompts.run();
        vm.projectPrompts().addListener((javafx.collections.ListChangeListener<String>) c -> fillPrompts.run());
        pick.disableProperty().bind(Bindings.isEmpty(vm.projectPrompts()));
        HBox generateInput = new HBox(6, prompt, pick);
        HBox.setHgrow(prompt, Priority.ALWAYS);

        TextArea text = area("stepper-score-text", "Text to score teacher-forced: paste or type it here");
        text.textProperty().bindBidirectional(vm.scoreTextProperty());
        CheckBox after = new CheckBox("after the prompt");
        after.setId("stepper-score-after-prompt");
        after.selectedProperty().bindBidirectional(vm.scoreAfterPromptProperty());
        Button run = new Button("Score");
        run.setId("stepper-score");
        run.setDefaultButton(false);
        run.setOnAction(e -> vm.score());
        run.disableProperty().bind(vm.busyProperty());
        Button open = new Button("Open Text File…");
        open.setId("stepper-score-open");
        open.setTooltip(new javafx.scene.control.Tooltip("Read the text to score from a UTF-8 text file; a text longer than the "
                + "model's context is scored in sliding windows."));
        open.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Open a Text to Score");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Text", "*.txt", "*.md", "*"));
            java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                vm.openScoreText(file.toPath());
            }
        });
        open.disableProperty().bind(vm.busyProperty());
        Label context = new Label("Context: BOS, or");
        HBox scoreInput = new HBox(6, text, new javafx.scene.layout.VBox(4, context, after, new HBox(4, run, open)));
        HBox.setHgrow(text, Priority.ALWAYS);

        generateInput.visibleProperty().bind(generate.selectedProperty());
        scoreInput.visibleProperty().bind(score.selectedProperty());
        StackPane inputs = new StackPane(generateInput, scoreInput);
        HBox.setHgrow(inputs, Priority.ALWAYS);
        getChildren().addAll(modeBox, inputs);
    }

    private static TextArea area(String id, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.setPrefHeight(54);
        return a;
    }
}
