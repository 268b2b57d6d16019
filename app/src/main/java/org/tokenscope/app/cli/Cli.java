package org.tokenscope.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.tokenscope.app.AppVersion;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.UnusableFileException;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.host.premium.PremiumException;
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

    /** Read by {@link #run} from the raw arguments; declared so {@code tokenscope --debug <command>} parses too. */
    @CommandLine.Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

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
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            return guard(debug, errWriter, () -> {
                CommandLine cmd = new CommandLine(new Cli());
                cmd.setOut(outWriter);
                cmd.setErr(errWriter);
                cmd.setParameterExceptionHandler(Cli::usageError);
                cmd.setExecutionExceptionHandler((e, line, parse) -> refuse(e, debug, line.getErr()));
                return cmd.execute(args);
            });
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * Runs {@code body}, turning anything it throws, {@link Error}s included (out of memory, stack overflow,
     * which picocli's handlers never see), into one {@code error:} line and exit code 1; the stack trace only
     * with {@code --debug}.
     */
    static int guard(boolean debug, PrintWriter err, Callable<Integer> body) {
        try {
            return body.call();
        } catch (Throwable t) {
            return refuse(t, debug, err);
        }
    }

    private static int refuse(Throwable t, boolean debug, PrintWriter err) {
        if (debug) {
            t.printStackTrace(err);
        }
        err.println("error: " + oneLine(message(t)));
        err.flush();
        return INPUT_ERROR;
    }

    /** Wrong usage: one line and exit code 2, with where to look instead of the whole usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        PrintWriter err = line.getErr();
        if (Arrays.asList(args).contains("--debug")) {
            e.printStackTrace(err);
        }
        String help = line.getCommandSpec().qualifiedName() + " --help";
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            suggestion = "; did you mean " + String.join(" or ", u.getSuggestions().subList(0, Math.min(3, u.getSuggestions().size())))
                    + "?";
        }
        err.println("error: " + oneLine(e.getMessage()) + suggestion + " (see " + help + ")");
        err.flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The one line a user sees; unexpected exceptions name their type so reports are useful. */
    static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory" + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (the heap may grow to "
                    + BoundedFiles.size(Runtime.getRuntime().maxMemory()) + "); try a smaller input or a larger -Xmx";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow: the input is nested or repeated too deeply for this command; try a smaller input "
                    + "or a larger -Xss";
        }
        if (e instanceof ModelException || e instanceof InputException || e instanceof TokenizerException
                || e instanceof PremiumException || e instanceof UnusableFileException) {
            return e.getMessage();
        }
        if (e instanceof CancellationException) {
            return "cancelled";
        }
        String m = e.getMessage();
        return (e instanceof Error ? "internal error: " : "") + e.getClass().getSimpleName()
                + (m == null ? "" : ": " + m.lines().findFirst().orElse("")) + " (run with --debug for details)";
    }

    /** Messages are one line by contract: any line breaks a library left in are joined. */
    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Usage error (exit code 2) unless {@code min ≤ value ≤ max}; says the range. */
    static int intOption(CommandLine cmd, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(cmd, option + " must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    /** Usage error (exit code 2) unless {@code min ≤ value ≤ max}; says the range. */
    static long longOption(CommandLine cmd, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(cmd, option + " must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    /**
     * Usage error (exit code 2) unless {@code value} is a finite number in the range, each end included or not:
     * {@code doubleOption(cmd, "--top-p", p, 0, false, 1, true)} accepts (0, 1].
     */
    static double doubleOption(CommandLine cmd, String option, double value, double min, boolean minIncluded, double max,
            boolean maxIncluded) {
        boolean ok = Double.isFinite(value) && (minIncluded ? value >= min : value > min)
                && (maxIncluded ? value <= max : value < max);
        if (!ok) {
            throw new CommandLine.ParameterException(cmd, option + " must be a number in " + (minIncluded ? "[" : "(")
                    + plain(min) + ", " + plain(max) + (maxIncluded ? "]" : ")") + ", not " + value);
        }
        return value;
    }

    private static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
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
