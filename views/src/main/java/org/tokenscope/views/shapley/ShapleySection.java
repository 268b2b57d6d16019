package org.tokenscope.views.shapley;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.tokenscope.host.attribution.AttributionSettings;
import org.tokenscope.views.shell.PanelSection;
import org.tokenscope.views.shell.WorkbenchPanel;
import org.tokenscope.views.shell.WrittenOverSection;

/**
 * The panel's {@code shapley} section of the project file: the setup (in {@link SettingsJson}'s words, plus
 * the prompt, the question and both the target and the options texts, so switching between them loses
 * neither), the kept runs ({@link RunJson}) and which two are shown. Fields it does not know are kept. An
 * instance is the panel's {@link PanelSection}.
 */
public final class ShapleySection extends WrittenOverSection {
    private final ShapleyViewModel vm;

    public ShapleySection(ShapleyViewModel vm) {
        this.vm = vm;
    }

    @Override
    public WorkbenchPanel panel() {
        return WorkbenchPanel.SHAPLEY;
    }

    /** A missing section shows a fresh panel: no runs, default settings, the project's first prompt. */
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

    /** Shows {@code section} (null: a fresh panel) in {@code vm}; {@code prompts} are the project's prompts. */
    public static void read(JsonNode section, List<String> prompts, ShapleyViewModel vm) {
        JsonNode n = section == null ? JsonNodeFactory.instance.objectNode() : section;
        vm.load(() -> {
            vm.projectPrompts().setAll(prompts);
            ShapleySettings s = vm.settings();
            AttributionSettings engine = SettingsJson.read(n);
            int index = n.path("prompt_index").asInt(-1);
            String prompt = n.hasNonNull("prompt") ? n.get("prompt").asText()
                    : index >= 0 && index < prompts.size() ? prompts.get(index) : prompts.isEmpty() ? "" : prompts.get(0);
            s.show(prompt, engine);
            s.targetProperty().set(n.path("target").asText(""));
            s.optionsProperty().set(String.join("|", SettingsJson.strings(n.path("options"))));
            s.choiceProperty().set(n.path("choice").asText(""));
            boolean options = "options".equals(n.path("question").asText(n.has("options") && !n.has("target") ? "options" : "target"));
            s.questionProperty().set(options ? ShapleySettings.Question.OPTIONS : ShapleySettings.Question.TARGET);
            s.tokenNoiseProperty().set(n.path("token_noise").asBoolean(true));
            List<ShapleyRun> runs = new ArrayList<>();
            n.path("runs").forEach(r -> {
                ShapleyRun run = RunJson.read(r);
                if (run != null) {
                    runs.add(run);
                }
            });
            vm.runs().setAll(runs);
            vm.shownProperty().set(pick(runs, n.path("shown").asInt(runs.size() - 1)));
            vm.comparedProperty().set(pick(runs, n.path("compared").asInt(-1)));
        });
    }

    private static ShapleyRun pick(List<ShapleyRun> runs, int i) {
        return i >= 0 && i < runs.size() ? runs.get(i) : null;
    }

    /** The section for {@code vm}'s state, on top of {@code previous} (may be null) so unknown fields survive. */
    public static ObjectNode write(ShapleyViewModel vm, ObjectNode previous) {
        ObjectNode n = previous == null ? JsonNodeFactory.instance.objectNode() : previous.deepCopy();
        ShapleySettings s = vm.settings();
        n.remove(List.of("target", "options", "choice", "baseline_token"));
        String prompt = s.promptProperty().get();
        n.put("prompt", prompt);
        int index = vm.projectPrompts().indexOf(prompt);
        if (index >= 0) {
            n.put("prompt_index", index);
        } else {
            n.remove("prompt_index");
        }
        n.setAll(SettingsJson.write(s.toEngine()));
        n.put("question", s.questionProperty().get() == ShapleySettings.Question.OPTIONS ? "options" : "target");
        n.put("target", s.targetProperty().get());
        ArrayNode options = n.putArray("options");
        s.optionList().forEach(options::add);
        n.put("choice", s.choiceProperty().get());
        n.put("token_noise", s.tokenNoiseProperty().get());
        ArrayNode runs = n.putArray("runs");
        vm.runs().forEach(r -> runs.add(RunJson.write(r)));
        n.put("shown", vm.runs().indexOf(vm.shownProperty().get()));
        n.put("compared", vm.runs().indexOf(vm.comparedProperty().get()));
        return n;
    }
}
