package org.tokenscope.views.shell;

/**
 * The five panels of the workbench, enumerated in one place so the window, menus and (later) the
 * project file agree on their order, titles and what each one is for.
 */
public enum WorkbenchPanel {
    STEPPER("Stepper",
            "Step through decoding one token at a time: the full next-token distribution after each sampler "
                    + "stage with its entropy and surprisal, and cautious decoding (CNTP), which samples several "
                    + "candidates where the model is uncertain and keeps the most confident.",
            "\"Cautious Next Token Prediction\", Wang et al., Findings of ACL 2025 (arXiv 2507.03038)"),
    COUNTERFACTUAL("Counterfactual",
            "Change one token of a generation and replay the rest with the same sampling noise, next to a "
                    + "fresh-noise baseline, to see what the change itself did.",
            "Gumbel-Max structural causal model of sampling: \"Counterfactual Token Generation in Large "
                    + "Language Models\", Chatzi et al., 2024 (arXiv 2409.17027)"),
    SHAPLEY("Shapley",
            "Attribute the model's choice to the parts of its prompt: Shapley values of prompt parts (exact, "
                    + "permutation sampling, KernelSHAP) under a chosen value function and masking.",
            "Shapley value attribution in LLM decision prompts and its \"token noise\" finding: \"Explaining "
                    + "Large Language Models Decisions Using Shapley Values\", Mohammadi, 2024 (arXiv 2404.01332)"),
    SAE("SAE",
            "Browse and train sparse-autoencoder features on the model's activations: what fires where, how "
                    + "often, and which tokens each feature pushes up.",
            "\"Scaling and evaluating sparse autoencoders\", Gao et al., 2024 (TopK, arXiv 2406.04093); BatchTopK, "
                    + "Bussmann et al., 2024 (arXiv 2412.06410); Feature and Mutual Choice, Ayonrinde, 2024 (arXiv 2411.02124)"),
    PREMIUM("Premium",
            "Compare how many tokens the same text costs in different languages under different tokenizers: "
                    + "token, byte and character premiums on parallel corpora.",
            "\"Language Model Tokenizers Introduce Unfairness Between Languages\", Petrov et al., NeurIPS 2023 "
                    + "(arXiv 2305.15425)");

    private final String title;
    private final String purpose;
    private final String basis;

    WorkbenchPanel(String title, String purpose, String basis) {
        this.title = title;
        this.purpose = purpose;
        this.basis = basis;
    }

    /** Tab title. */
    public String title() {
        return title;
    }

    /** One or two sentences on what the panel lets the user do. */
    public String purpose() {
        return purpose;
    }

    /** The paper(s) the panel implements, as a citation line. */
    public String basis() {
        return basis;
    }

    /** Stable id for nodes and files; independent of the (translatable) title. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
