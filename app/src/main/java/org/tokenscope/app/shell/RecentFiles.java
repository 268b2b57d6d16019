package org.tokenscope.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File › Open Recent: the projects, prompt files and model folders opened last, newest first, at most
 * {@link #MAX}, saved to {@code recent.json} in {@link AppDirs#config()} on every change (by the settings
 * writer thread) so a crash keeps them.
 * Call on the FX thread.
 */
public final class RecentFiles {
    public static final int MAX = 10;
    static final String FILE = "recent.json";

    /** What a recent entry opens as. */
    public enum Kind { PROJECT, PROMPTS, MODEL }

    /** One remembered file or folder. */
    public record Entry(String path, Kind kind) {
        public Path file() {
            return Path.of(path);
        }
    }

    /** The file's shape: an object, so fields can be added later. */
    record Stored(List<Entry> files) {
    }

    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    /** One wrapper for all callers: a wrapper holds its listeners only weakly through the list it wraps. */
    private final ObservableList<Entry> readOnly = FXCollections.unmodifiableObservableList(entries);
    private final Path file;

    RecentFiles(Path file) {
        this.file = file;
        SettingsFile.read(file, Stored.class).ifPresent(s -> {
            if (s.files() != null) {
                s.files().stream().filter(e -> e != null && e.path() != null && e.kind() != null && isPath(e.path()))
                        .limit(MAX).forEach(entries::add);
            }
        });
    }

    /** A hand-edited or foreign file may hold strings no path can be made of (a NUL; on Windows {@code <>|?*}). */
    private static boolean isPath(String s) {
        try {
            Path.of(s);
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The list in the user's config folder. */
    public static RecentFiles standard() {
        return new RecentFiles(AppDirs.config().resolve(FILE));
    }

    /** Newest first; read-only for callers. */
    public ObservableList<Entry> entries() {
        return readOnly;
    }

    /** Puts {@code path} first (moving it if it was listed) and drops the oldest beyond {@link #MAX}. */
    public void add(Path path, Kind kind) {
        String p = path.toAbsolutePath().normalize().toString();
        List<Entry> next = new ArrayList<>(entries);
        next.removeIf(e -> e.path().equals(p));
        next.add(0, new Entry(p, kind));
        entries.setAll(next.subList(0, Math.min(MAX, next.size())));
        save();
    }

    /** Forgets one entry, e.g. a file that no longer exists. */
    public void remove(Entry entry) {
        if (entries.remove(entry)) {
            save();
        }
    }

    public void clear() {
        entries.clear();
        save();
    }

    private void save() {
        SettingsFile.writeLater(file, new Stored(List.copyOf(entries))); // off the FX thread: it fsyncs
    }
}
