package org.tokenscope.app.cli;

import picocli.CommandLine.Command;

@Command(name = "models", mixinStandardHelpOptions = true, description = "Inspect model folders.",
        subcommands = InspectCommand.class)
final class ModelsCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: inspect");
    }
}
