package org.tokenscope.app;

import org.tokenscope.app.cli.Cli;

/**
 * Entry point of the jar and the installed launcher. Without arguments it opens the workbench on the
 * embedded model; with a command it runs headless. A plain main class (not an Application subclass) lets
 * JavaFX load from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true"); // never reach for the network
        }
        if (args.length == 0 || args[0].equals("gui")) {
            TokenscopeApp.launchGui(args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
