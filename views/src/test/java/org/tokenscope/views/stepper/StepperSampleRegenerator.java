package org.tokenscope.views.stepper;

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
import org.tokenscope.host.decode.Step;
import org.tokenscope.views.jobs.JobRunner;

/**
 * Rewrites the runs of samples/projects/stepper-entropy-cntp.tokenscope.json: plain sampling (kept as the comparison)
 * and the cautious run with the same prompt, seed and sampler, made by the panel's view model on the demo model.
 * Run it after the demo model or the decoder changes: {@code StepperSampleTest} fails until then.
 * It prints where the runs part and their mean surprisals, for the notes.
 * <pre>mvn -q -o test-compile dependency:build-classpath -pl views -Dmdep.outputFile=cp.txt
 * java -cp "views/target/test-classes:views/target/classes:$(cat views/cp.txt)" \
 *     org.tokenscope.views.stepper.StepperSampleRegenerator samples/projects/stepper-entropy-cntp.tokenscope.json</pre>
 */
public final class StepperSampleRegenerator {
    private StepperSampleRegenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode project = (ObjectNode) mapper.readTree(Files.readString(file));
        ObjectNode section = (ObjectNode) project.path("panels").path("stepper");
        List<String> prompts = new ArrayList<>();
        project.path("prompts").forEach(p -> prompts.add(p.asText()));

        StepperViewModel vm = new StepperViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> {
            throw new IllegalStateException(h, t);
        }), Runnable::run);
        section.remove(List.of("trace", "comparison", "score"));
        StepperSection.read(section, prompts, vm);
        vm.settings().cautiousProperty().set(false);
        vm.run();
        vm.keepForComparison();
        vm.settings().cautiousProperty().set(true);
        vm.run();
        vm.selectedIndexProperty().set(-1);
        ObjectNode written = StepperSection.write(vm, section);
        ((ObjectNode) project.path("panels")).set("stepper", written);
        System.out.println(facts(vm.runProperty().get(), vm.comparisonProperty().get()));

        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, mapper.writer(pretty).writeValueAsString(project) + "\n");
    }

    /** Where the runs part and how they differ, for the sample's notes. */
    static String facts(Run cautious, Run plain) {
        List<Step> a = cautious.steps();
        List<Step> b = plain.steps();
        int split = 0;
        while (split < Math.min(a.size(), b.size()) && a.get(split).id() == b.get(split).id()) {
            split++;
        }
        long trialSteps = a.stream().filter(s -> s.cautious() != null && s.cautious().trials() > 1).count();
        return String.format(Locale.ROOT, "split at %d; cautious %d tokens, %d steps with trials, mean surprisal %.3f, mean entropy %.3f;"
                + " plain %d tokens, mean surprisal %.3f, mean entropy %.3f%ncautious: %s%nplain: %s", split, a.size(), trialSteps,
                mean(a, true), mean(a, false), b.size(), mean(b, true), mean(b, false), cautious.text(), plain.text());
    }

    private static double mean(List<Step> steps, boolean surprisal) {
        return steps.stream().mapToDouble(s -> surprisal ? s.surprisal() : s.entropy()).average().orElse(Double.NaN);
    }
}
