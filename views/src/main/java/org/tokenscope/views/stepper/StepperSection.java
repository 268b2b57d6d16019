package org.tokenscope.views.stepper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.views.shell.PanelSection;
import org.tokenscope.views.shell.WorkbenchPanel;
import org.tokenscope.views.shell.WrittenOverSection;

/**
 * The stepper's section of a project file: the prompt, the settings, the tint metric, the mode, and the runs
 * (the current one, the kept comparison, the score) so a reopened project shows them as they were. Fields
 * this version does not write are kept from the section it was loaded from. The format is documented in
 * samples/projects/README.md. An instance is the panel's {@link PanelSection}: it remembers the section it
 * read, so that writing keeps its unknown fields.
 */
public final class StepperSection extends WrittenOverSection {
    private final StepperViewModel vm;

    public StepperSection(StepperViewModel vm) {
        this.vm = vm;
    }

    @Override
    public WorkbenchPanel panel() {
        return WorkbenchPanel.STEPPER;
    }

    /** A missing section resets every field, the runs included; a fresh panel starts on the project's first prompt. */
    @Override
    protected void show(ObjectNode section, Context project) {
        read(section, project.prompts(), vm);
    }

    @Override
    protected ObjectNode writeOver(ObjectNode base) {
        return write(vm, base);
    }

    @Override
    public ObservableValue<?> revision() {
        return vm.revisionProperty();
    }

    @Override
    public void promptsChanged(List<String> prompts) {
        vm.projectPrompts().setAll(prompts);
    }

    /** Rebuilding the strips of a saved run is the heaviest reaction to Open: the title should not wait for it. */
    @Override
    public boolean readLater() {
        return true;
    }

    /** The section for the view model's state, on top of {@code base} (the section as loaded; may be null). */
    public static ObjectNode write(StepperViewModel vm, ObjectNode base) {
        ObjectNode n = base == null ? SettingsJson.F.objectNode() : base.deepCopy();
        StepperSettings s = vm.settings();
        int index = vm.projectPrompts().indexOf(vm.promptProperty().get());
        if (index >= 0) {
            n.put("prompt_index", index);
        } else {
            n.remove("prompt_index");
        }
        n.put("prompt", vm.promptProperty().get());
        n.put("mode", vm.modeProperty().get() == StepperViewModel.Mode.SCORE ? "score" : "generate");
        ObjectNode sampler = SettingsJson.F.objectNode();
        sampler.put("seed", Integer.toUnsignedLong(s.seedProperty().get()));
        sampler.put("temperature", s.temperatureProperty().get());
        sampler.put("top_k", s.topKProperty().get());
        sampler.put("top_p", s.topPProperty().get());
        sampler.put("min_p", s.minPProperty().get());
        sampler.put("max_tokens", s.maxTokensProperty().get());
        sampler.put("stop_at_eos", s.stopAtEosProperty().get());
        n.set("sampler", sampler);
        ObjectNode cautious = n.putObject("cautious");
        cautious.put("enabled", s.cautiousProperty().get());
        cautious.put("h_low", s.hLowProperty().get());
        cautious.put("h_high", s.hHighProperty().get());
        cautious.put("max_trials", s.maxTrialsProperty().get());
        cautious.put("trial_formula", s.formulaProperty().get().label());
        cautious.put("punctuation", s.punctuationProperty().get().label());
        ObjectNode overlay = n.putObject("overlay");
        overlay.put("metric", vm.metricProperty().get().key());
        overlay.put("top_alternatives", s.topNProperty().get());
        ObjectNode scoring = n.putObject("score_input");
        scoring.put("text", vm.scoreTextProperty().get());
        scoring.put("after_prompt", vm.scoreAfterPromptProperty().get());
        put(n, "trace", vm.runProperty().get() == null ? null : TraceJson.write(vm.runProperty().get()));
        put(n, "comparison", vm.comparisonProperty().get() == null ? null : TraceJson.write(vm.comparisonProperty().get()));
        put(n, "score", vm.scoreProperty().get() == null ? null : ScoreJson.write(vm.scoreProperty().get()));
        return n;
    }

    private static void put(ObjectNode n, String field, ObjectNode value) {
        if (value == null) {
            n.remove(field);
        } else {
            n.set(field, value);
        }
    }

    /**
     * Shows {@code section} (null: a project without one) with the project's {@code prompts}. A block that cannot
     * be read keeps the defaults; the returned list names what was skipped, for the panel's message line.
     */
    public static List<String> read(ObjectNode section, List<String> prompts, StepperViewModel vm) {
        JsonNode n = section == null ? SettingsJson.F.objectNode() : section;
        List<String> skipped = new java.util.ArrayList<>();
        vm.restore(() -> {
            vm.projectPrompts().setAll(prompts);
            StepperSettings s = vm.settings();
            JsonNode sampler = n.path("sampler");
            try {
                s.set(SettingsJson.sampler(sampler), SettingsJson.maxTokens(sampler), SettingsJson.stopAtEos(sampler),
                        n.path("overlay").path("top_alternatives").asInt(10));
            } catch (IllegalArgumentException e) {
                s.set(SamplerSettings.DEFAULT, 48, true, 10);
                skipped.add("sampler settings (" + e.getMessage() + ")");
            }
            try {
                s.setCautious(SettingsJson.cautiousValues(n.path("cautious")), n.path("cautious").path("enabled").asBoolean(false));
            } catch (IllegalArgumentException e) {
                s.setCautious(CautiousSettings.DEFAULT, false);
                skipped.add("cautious settings (" + e.getMessage() + ")");
            }
            int index = n.path("prompt_index").asInt(0);
            String prompt = n.path("prompt").isTextual() ? n.path("prompt").asText()
                    : index >= 0 && index < prompts.size() ? prompts.get(index) : "";
            vm.promptProperty().set(prompt);
            vm.metricProperty().set(TintMetric.of(n.path("overlay").path("metric").asText("entropy")));
            vm.modeProperty().set("score".equals(n.path("mode").asText()) ? StepperViewModel.Mode.SCORE : StepperViewModel.Mode.GENERATE);
            vm.scoreTextProperty().set(n.path("score_input").path("text").asText(""));
            vm.scoreAfterPromptProperty().set(n.path("score_input").path("after_prompt").asBoolean(false));
            vm.setSaved(run(n, "trace", skipped), run(n, "comparison", skipped), score(n, skipped));
            vm.selectedIndexProperty().set(-1);
        });
        if (!skipped.isEmpty()) {
            vm.setMessage("The project's stepper section has unreadable parts, shown with defaults: " + String.join("; ", skipped));
        }
        return skipped;
    }

    private static Run run(JsonNode n, String field, List<String> skipped) {
        JsonNode t = n.get(field);
        if (t == null || t.isNull()) {
            return null;
        }
        try {
            return TraceJson.read(t);
        } catch (RuntimeException e) {
            skipped.add("the saved " + field + " (" + e.getMessage() + ")");
            return null;
        }
    }

    private static ScoreRun score(JsonNode n, List<String> skipped) {
        JsonNode t = n.get("score");
        if (t == null || t.isNull()) {
            return null;
        }
        try {
            return ScoreJson.read(t);
        } catch (RuntimeException e) {
            skipped.add("the saved score (" + e.getMessage() + ")");
            return null;
        }
    }
}
