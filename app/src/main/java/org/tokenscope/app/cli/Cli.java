package org.tokenscope.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import org.tokenscope.app.AppVersion;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.host.tokenize.TokenizerException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line; the contract of its output is the command-line spec. */
@Command(name = "tokenscope", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "A workbench for studying how language models choose tokens. Without a command, opens the window.",
        subcommands = {GenerateCommand.class, ScoreCommand.class, CounterfactualCommand.class, PremiumCommand.class, ShapleyCommand.class, SaeCommand.class, ModelsCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    static final int INPUT_ERROR = 1;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tokenscope " + AppVersion.get()};
        }
    }

    /** Runs a command and returns its exit code: 0 success, 1 unusable input or model, 2 wrong usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler((e, line, parse) -> {
            boolean debug = parse.originalArgs().contains("--debug");
            if (debug) {
                e.printStackTrace(line.getErr());
            }
            line.getErr().println("error: " + message(e));
            line.getErr().flush();
            return INPUT_ERROR;
        });
        int code = cmd.execute(args);
        cmd.getOut().flush();
        return code;
    }

    /** The one line a user sees; unexpected exceptions name their type so reports are useful. */
    private static String message(Exception e) {
        if (e instanceof ModelException || e instanceof InputException || e instanceof TokenizerException) {
            return e.getMessage();
        }
        if (e instanceof CancellationException) {
            return "cancelled";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""))
                + " (run with --debug for details)";
    }

    /** Progress on stderr when a person is watching; scripts get clean output. */
    static Progress progress(CommandLine.Model.CommandSpec spec) {
        if (System.console() == null) {
            return Progress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return (done, total, message) -> {
            err.print("\r" + message + (done == total ? "\n" : ""));
            err.flush();
        };
    }
}
