package org.tokenscope.host.sae;

/**
 * What an SAE says about where it was trained (SAELens {@code metadata}); nulls and -1 where the file is silent.
 *
 * @param trainingArchitecture how it was trained when that differs from how it runs: {@code batchtopk},
 *                             {@code mutual-choice} or {@code feature-choice} (saved as jumprelu)
 */
public record SaeMetadata(String modelName, String hookName, int contextSize, Boolean prependBos,
        Boolean excludeSpecialTokens, String datasetPath, String trainingArchitecture) {

    public static SaeMetadata empty() {
        return new SaeMetadata(null, null, -1, null, null, null, null);
    }

    public SaeMetadata withTrainingArchitecture(String arch) {
        return new SaeMetadata(modelName, hookName, contextSize, prependBos, excludeSpecialTokens, datasetPath, arch);
    }
}
