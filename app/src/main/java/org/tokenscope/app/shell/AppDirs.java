package org.tokenscope.app.shell;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Every folder Tokenscope keeps files in, decided here and nowhere else, following each platform's convention:
 * the XDG base directories on Linux, {@code ~/Library} on macOS, {@code %APPDATA%}/{@code %LOCALAPPDATA%} on
 * Windows.
 * <ul>
 * <li>{@link #config()}: settings (window layout, theme, zoom, recent files): {@code $XDG_CONFIG_HOME/tokenscope},
 * default {@code ~/.config/tokenscope};</li>
 * <li>{@link #state()}: the log, {@code $XDG_STATE_HOME/tokenscope}, default {@code ~/.local/state/tokenscope};</li>
 * <li>{@link #recovery()}: autosaved unsaved work, {@code recovery/} in the state folder (it was
 * {@code ~/.tokenscope/recovery}, {@link #legacyRecovery()}, before);</li>
 * <li>{@link #cache()}: the unpacked demo model and the digest cache, {@code $TOKENSCOPE_CACHE}, else
 * {@code $XDG_CACHE_HOME/tokenscope}, default {@code ~/.cache/tokenscope}, on every platform, as the engine's
 * {@code DemoModel.cacheRoot()} decides it.</li>
 * </ul>
 * XDG says a relative value is to be ignored. The system properties {@link #CONFIG_PROPERTY} and
 * {@link #STATE_PROPERTY} override the config and state folders, so tests never touch the real user folders.
 */
public final class AppDirs {
    public static final String CONFIG_PROPERTY = "tokenscope.config.dir";
    public static final String STATE_PROPERTY = "tokenscope.state.dir";
    private static final String NAME = "tokenscope";

    /** Where a folder is looked up: environment, system properties, operating system name. Tests pass their own. */
    record Lookup(UnaryOperator<String> env, UnaryOperator<String> properties) {
        static final Lookup SYSTEM = new Lookup(System::getenv, System::getProperty);

        String os() {
            return String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        }

        Path home() {
            return Path.of(properties.apply("user.home"));
        }
    }

    private AppDirs() {
    }

    /** Settings that should survive and roam: window layout, theme, recent files. */
    public static Path config() {
        return config(Lookup.SYSTEM);
    }

    /** Machine-local state worth keeping but not roaming: the log and the recovery folder. */
    public static Path state() {
        return state(Lookup.SYSTEM);
    }

    /** Autosaved unsaved work, offered after a crash. */
    public static Path recovery() {
        return recovery(Lookup.SYSTEM);
    }

    /** Where recovery files lived before they moved to {@link #recovery()}: moved from there at start. */
    public static Path legacyRecovery() {
        return Lookup.SYSTEM.home().resolve(".tokenscope").resolve("recovery");
    }

    /** Files that can be made again: the unpacked demo model, the model digest cache. */
    public static Path cache() {
        return cache(Lookup.SYSTEM);
    }

    /** Every folder by what it holds, for Help and the README: settings, log, recovery, cache. */
    public static Map<String, Path> all() {
        Map<String, Path> out = new LinkedHashMap<>();
        out.put("settings", config());
        out.put("log", state());
        out.put("recovery", recovery());
        out.put("cache", cache());
        return out;
    }

    static Path config(Lookup l) {
        String override = l.properties().apply(CONFIG_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return switch (os(l)) {
            case WINDOWS -> env(l, "APPDATA", l.home().resolve("AppData").resolve("Roaming")).resolve("Tokenscope");
            case MAC -> l.home().resolve("Library").resolve("Application Support").resolve("Tokenscope");
            case OTHER -> env(l, "XDG_CONFIG_HOME", l.home().resolve(".config")).resolve(NAME);
        };
    }

    static Path state(Lookup l) {
        String override = l.properties().apply(STATE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return switch (os(l)) {
            case WINDOWS -> env(l, "LOCALAPPDATA", l.home().resolve("AppData").resolve("Local")).resolve("Tokenscope");
            case MAC -> l.home().resolve("Library").resolve("Logs").resolve("Tokenscope");
            case OTHER -> env(l, "XDG_STATE_HOME", l.home().resolve(".local").resolve("state")).resolve(NAME);
        };
    }

    static Path recovery(Lookup l) {
        String stateOverride = l.properties().apply(STATE_PROPERTY);
        if (os(l) == Os.MAC && (stateOverride == null || stateOverride.isBlank())) {
            // state() is ~/Library/Logs there: no place for work in progress.
            return l.home().resolve("Library").resolve("Application Support").resolve("Tokenscope").resolve("recovery");
        }
        return state(l).resolve("recovery");
    }

    /** The engine's demo-model cache rule (model-host's {@code DemoModel.cacheRoot()}), the same on every platform. */
    static Path cache(Lookup l) {
        String override = l.env().apply("TOKENSCOPE_CACHE");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return env(l, "XDG_CACHE_HOME", l.home().resolve(".cache")).resolve(NAME);
    }

    private enum Os { WINDOWS, MAC, OTHER }

    private static Os os(Lookup l) {
        String name = l.os();
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.OTHER;
    }

    /** XDG says a relative value must be ignored. */
    private static Path env(Lookup l, String name, Path fallback) {
        String v = l.env().apply(name);
        return v != null && !v.isBlank() && Path.of(v).isAbsolute() ? Path.of(v) : fallback;
    }
}
