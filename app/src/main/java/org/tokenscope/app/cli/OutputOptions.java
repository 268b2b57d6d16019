package org.tokenscope.app.cli;

import picocli.CommandLine.Option;

/** --json and --debug, shared by every command. */
public final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON object (JSONL with --prompt-file).")
    boolean json;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;
}
