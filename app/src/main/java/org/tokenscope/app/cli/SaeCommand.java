package org.tokenscope.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "sae", mixinStandardHelpOptions = true,
        description = "Sparse autoencoders on a model's activations: encode vectors, train, and list feature statistics.",
        subcommands = {SaeEncodeCommand.class, SaeTrainCommand.class, SaeFeaturesCommand.class})
final class SaeCommand implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: encode, train or features");
    }
}
