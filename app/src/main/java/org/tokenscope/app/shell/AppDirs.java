package org.tokenscope.app.shell;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Tokenscope keeps its settings (window layout, recent files) and its state (the log file), following
 * each platform's convention: XDG on Linux, {@code ~/Library} on macOS, {@code %APPDATA%}/{@code %LOCALAPPDATA%}
 * on Windows. The system properties {@link #CONFIG_PROPERTY} and {@link #STATE_PROPERTY} override both, so
 * tests never touch the real user folders.
 */
public final class AppDirs {
    public static final String CONFIG_PROPERTY = "tokenscope.config.dir";
    public static final String STATE_PROPERTY = "tokenscope.state.dir";
    private static final String NAME = "tokenscope";

    private AppDirs() {
    }

    /** Settings that should survive and roam: window layout, theme, recent files. */
    public static Path config() {
        String override = System.getProperty(CONFIG_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return switch (os()) {
            case WINDOWS -> env("APPDATA", home().resolve("AppData").resolve("Roaming")).resolve("Tokenscope");
            case MAC -> home().resolve("Library").resolve("Application Support").resolve("Tokenscope");
            case OTHER -> env("XDG_CONFIG_HOME", home().resolve(".config")).resolve(NAME);
        };
    }

    /** Machine-local state worth keeping but not roaming: the log. */
    public static Path state() {
        String override = System.getProperty(STATE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return switch (os()) {
            case WINDOWS -> env("LOCALAPPDATA", home().resolve("AppData").resolve("Local")).resolve("Tokenscope");
            case MAC -> home().resolve("Library").resolve("Logs").resolve("Tokenscope");
            case OTHER -> env("XDG_STATE_HOME", home().resolve(".local").resolve("state")).resolve(NAME);
        };
    }

    private enum Os { WINDOWS, MAC, OTHER }

    private static Os os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.OTHER;
    }

    /** XDG says a relative value must be ignored. */
    private static Path env(String name, Path fallback) {
        String v = System.getenv(name);
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
