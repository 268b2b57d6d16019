package org.tokenscope.views.premium;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/** Small hand-made corpora and a view model whose jobs run on the calling thread. */
final class PremiumFixtures {
    /** Three aligned sentences in English, German and Chinese. */
    static final String ALIGNED = String.join("\n",
            "eng_Latn\ts1\tThe cat sat.",
            "eng_Latn\ts2\tIt rained all day.",
            "deu_Latn\ts1\tDie Katze saß.",
            "deu_Latn\ts2\tEs regnete den ganzen Tag.",
            "zho_Hans\ts1\t猫坐着。",
            "zho_Hans\ts2\t下了一整天雨。") + "\n";

    /** German lacks the second sentence: refused unless whole-document mode. */
    static final String MISALIGNED = String.join("\n",
            "eng_Latn\ts1\tThe cat sat.",
            "eng_Latn\ts2\tIt rained all day.",
            "deu_Latn\ts1\tDie Katze saß.") + "\n";

    /** What failed jobs reported: nothing may fail silently, and nothing should fail in these tests. */
    final List<String> errors = new ArrayList<>();
    final PremiumViewModel vm;

    PremiumFixtures() {
        this(null);
    }

    PremiumFixtures(LanguageModel model) {
        JobRunner jobs = JobRunner.sameThread((header, cause) -> errors.add(header + " " + cause));
        vm = new PremiumViewModel(jobs, provider(model));
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Opens {@code content} as the corpus and compares it under the built-in {@code tokenizers}. */
    PremiumResult compute(Path dir, String content, boolean whole, String... tokenizers) throws IOException {
        open(dir, content, whole, tokenizers);
        vm.compute();
        return vm.resultProperty().get();
    }

    /** Opens {@code content} as the corpus and chooses the tokenizers, without computing. */
    void open(Path dir, String content, boolean whole, String... tokenizers) throws IOException {
        Path file = write(dir, "corpus.tsv", content);
        String[] refusal = {"not called"};
        vm.openCorpus(CorpusSpec.file(file), whole, m -> refusal[0] = m);
        if (refusal[0] != null) {
            throw new AssertionError("corpus refused: " + refusal[0]);
        }
        vm.setup().tokenizers().setAll(List.of(tokenizers).stream().map(TokenizerSpec::builtIn).toList());
    }

    static ModelProvider provider(LanguageModel model) {
        ReadOnlyObjectWrapper<LanguageModel> current = new ReadOnlyObjectWrapper<>(model);
        return new ModelProvider() {
            @Override
            public ReadOnlyObjectProperty<LanguageModel> modelProperty() {
                return current.getReadOnlyProperty();
            }

            @Override
            public Optional<Lease> borrow() {
                LanguageModel m = current.get();
                return m == null ? Optional.empty() : Optional.of(new Lease() {
                    @Override
                    public LanguageModel model() {
                        return m;
                    }

                    @Override
                    public void close() {
                    }
                });
            }
        };
    }
}
