package org.tokenscope.views.shapley;

import org.tokenscope.views.testing.DemoProvider;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Player;
import org.tokenscope.host.attribution.ValueKind;
import org.tokenscope.views.jobs.JobRunner;

/**
 * Rewrites the runs of samples/projects/shapley-prompt-parts.tokenscope.json with the panel's own view model on
 * the demo model: each decision prompt of samples/prompts/decisions.jsonl with its fields as players
 * ({@link DecisionSpans}) and p(A) among A|B as the value; the first again with the filler masking; the Emma
 * prompt by words for the target " rich". The project's title, notes and prompts are kept; run it after the demo
 * model or the engine changes ({@code ShapleySampleTest} fails until then). It prints each run's φ for the notes.
 * <pre>mvn -q -o test-compile dependency:build-classpath -pl views -Dmdep.outputFile=cp.txt
 * java -cp "views/target/test-classes:views/target/classes:$(cat views/cp.txt)" \
 *     org.tokenscope.views.shapley.ShapleySampleRegenerator samples/projects/shapley-prompt-parts.tokenscope.json</pre>
 */
public final class ShapleySampleRegenerator {
    private ShapleySampleRegenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode project = (ObjectNode) mapper.readTree(Files.readString(file));
        List<String> prompts = new ArrayList<>();
        project.path("prompts").forEach(p -> prompts.add(p.asText()));
        ShapleyViewModel vm = new ShapleyViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> {
            throw new IllegalStateException(h, t);
        }), Runnable::run);
        ShapleySection.read(null, prompts, vm);
        ShapleySettings s = vm.settings();
        for (String prompt : prompts.subList(0, prompts.size() - 1)) {
            decision(s, prompt);
            run(vm);
        }
        decision(s, prompts.get(0));
        s.maskingProperty().set(MaskingKind.FILLER);
        run(vm);
        s.granularityProperty().set(Granularity.WORDS);
        s.spans().clear();
        s.promptProperty().set(prompts.get(prompts.size() - 1));
        s.questionProperty().set(ShapleySettings.Question.TARGET);
        s.targetProperty().set(" rich");
        s.valueProperty().set(ValueKind.LOGPROB);
        s.maskingProperty().set(MaskingKind.REMOVE);
        run(vm);
        vm.shownProperty().set(vm.runs().get(0));
        vm.comparedProperty().set(vm.runs().get(1)); // the same choice with the options swapped
        vm.reuseSettings(vm.runs().get(0));

        ObjectNode previous = (ObjectNode) project.path("panels").path("shapley");
        previous.remove(List.of("runs", "shown", "compared", "pin", "players", "spans"));
        ((ObjectNode) project.path("panels")).set("shapley", ShapleySection.write(vm, previous));
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, mapper.writer(pretty).writeValueAsString(project) + "\n");
    }

    static void decision(ShapleySettings s, String prompt) {
        s.promptProperty().set(prompt);
        s.granularityProperty().set(Granularity.SPANS);
        s.spans().setAll(DecisionSpans.of(prompt));
        s.questionProperty().set(ShapleySettings.Question.OPTIONS);
        s.optionsProperty().set("A|B");
        s.choiceProperty().set("A");
        s.valueProperty().set(ValueKind.CHOICE);
        s.maskingProperty().set(MaskingKind.REMOVE);
    }

    private static void run(ShapleyViewModel vm) {
        vm.run();
        ShapleyRun r = vm.shownProperty().get();
        if (r == null || !vm.refusalProperty().get().isEmpty()) {
            throw new IllegalStateException(vm.refusalProperty().get());
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "#%d %s%n  %s%n", vm.runs().size(), r.title(),
                r.efficiencyLine()));
        boolean[] noise = ShapleyCharts.noise(r.surprisals(), r.result().phi());
        for (Player p : r.players()) {
            line.append(String.format(Locale.ROOT, "  %+.4f  %6.2f nats%s  %s%n", r.result().phi()[p.index()],
                    r.surprisals()[p.index()], noise[p.index()] ? " *" : "  ", p.text().replace("\n", "⏎")));
        }
        System.out.print(line);
    }
}
