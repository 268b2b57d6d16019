package org.tokenscope.app.shell;

import java.nio.file.Path;

/**
 * What the window remembers between runs: its bounds, the prompt list's width, the selected panel, the theme
 * and the zoom. Stored as {@code window.json} in {@link AppDirs#config()}.
 *
 * @param x         left edge in screen coordinates, null until the window has been placed once
 * @param y         top edge, null likewise
 * @param width     width of the un-maximised window
 * @param height    height of the un-maximised window
 * @param maximized whether it was maximised at close
 * @param promptListWidth width of the prompt list beside the panels, in pixels (it keeps its width when the
 *                  window resizes, so pixels, not a fraction, are what to restore)
 * @param panel     id of the selected panel tab ({@code WorkbenchPanel.id()})
 * @param theme     {@link Theme} name
 * @param zoom      font scale, 1 = 100%
 */
public record WindowState(Double x, Double y, double width, double height, boolean maximized, double promptListWidth,
        String panel, String theme, double zoom) {
    static final String FILE = "window.json";
    public static final WindowState DEFAULT = new WindowState(null, null, 1180, 760, false, 270, "stepper",
            Theme.LIGHT.name(), 1.0);

    /** Replaces missing or impossible values (a hand-edited or truncated file) with the defaults. */
    public WindowState normalized() {
        return new WindowState(finite(x), finite(y),
                width >= 320 && width < 100_000 ? width : DEFAULT.width,
                height >= 240 && height < 100_000 ? height : DEFAULT.height,
                maximized,
                promptListWidth >= 60 && promptListWidth < 5000 ? promptListWidth : DEFAULT.promptListWidth,
                panel == null || panel.isBlank() ? DEFAULT.panel : panel,
                Theme.parse(theme).name(),
                Zoom.clamp(zoom > 0 ? zoom : 1.0));
    }

    public Theme themeValue() {
        return Theme.parse(theme);
    }

    public static WindowState load() {
        return SettingsFile.read(file(), WindowState.class).map(WindowState::normalized).orElse(DEFAULT);
    }

    public void save() {
        SettingsFile.write(file(), this);
    }

    static Path file() {
        return AppDirs.config().resolve(FILE);
    }

    private static Double finite(Double v) {
        return v != null && Double.isFinite(v) ? v : null;
    }
}
