package org.tokenscope.views.counterfactual;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.shell.ModelProvider;

/** The demo model behind a {@link ModelProvider}, and a same-thread job runner that records failures. */
final class TestModels implements ModelProvider {
    static final LanguageModel DEMO = DemoModel.load(1);
    final SimpleObjectProperty<LanguageModel> model = new SimpleObjectProperty<>(DEMO);
    final List<Throwable> failures = new ArrayList<>();
    final JobRunner jobs = JobRunner.sameThread((header, cause) -> failures.add(cause));
    int borrowed;

    @Override
    public ReadOnlyObjectProperty<LanguageModel> modelProperty() {
        return model;
    }

    @Override
    public Optional<Lease> borrow() {
        LanguageModel m = model.get();
        if (m == null) {
            return Optional.empty();
        }
        borrowed++;
        return Optional.of(new Lease() {
            @Override
            public LanguageModel model() {
                return m;
            }

            @Override
            public void close() {
                borrowed--;
            }
        });
    }

    /** A view model on the demo model with a short factual run of {@code prompt}. */
    CounterfactualViewModel viewModel(String prompt, long seed, int maxTokens) {
        CounterfactualViewModel vm = new CounterfactualViewModel(this, jobs);
        vm.settingsProperty().set(FactualSettings.DEFAULT.withPrompt(prompt)
                .withSampler(new org.tokenscope.host.decode.SamplerSettings(1.0, 0, 1.0, 0.0, seed)).withMaxTokens(maxTokens));
        return vm;
    }
}
