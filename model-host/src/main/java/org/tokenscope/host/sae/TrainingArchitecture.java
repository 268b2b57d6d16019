package org.tokenscope.host.sae;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How features are selected during training, and what the saved SAE runs at inference (sae.md). */
public enum TrainingArchitecture {
    TOPK("topk", AuxKind.AUXK, Architecture.TOPK),
    BATCH_TOPK("batchtopk", AuxKind.AUXK, Architecture.JUMPRELU),
    MUTUAL_CHOICE("mutual-choice", AuxKind.ZIPF, Architecture.JUMPRELU),
    FEATURE_CHOICE("feature-choice", AuxKind.ZIPF, Architecture.JUMPRELU);

    private final String cliName;
    private final AuxKind defaultAux;
    private final Architecture inference;

    TrainingArchitecture(String cliName, AuxKind defaultAux, Architecture inference) {
        this.cliName = cliName;
        this.defaultAux = defaultAux;
        this.inference = inference;
    }

    /** The name on the command line and in {@code metadata.training_architecture}. */
    public String cliName() {
        return cliName;
    }

    public AuxKind defaultAux() {
        return defaultAux;
    }

    /** TopK runs as topk; the batch-level rules save a global learned threshold as jumprelu. */
    public Architecture inference() {
        return inference;
    }

    public static TrainingArchitecture of(String name) {
        for (TrainingArchitecture a : values()) {
            if (a.cliName.equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new SaeException("unknown training architecture \"" + name + "\": use one of "
                + Arrays.stream(values()).map(TrainingArchitecture::cliName).collect(Collectors.joining(", ")));
    }
}
