package org.tokenscope.app.shell;

import java.util.Locale;

/** The window themes: Modena as shipped (light) and a dark variant of it, each a stylesheet over Modena. */
public enum Theme {
    LIGHT("theme-light.css", "theme-light"),
    DARK("theme-dark.css", "theme-dark");

    private final String stylesheet;
    private final String styleClass;

    Theme(String stylesheet, String styleClass) {
        this.stylesheet = stylesheet;
        this.styleClass = styleClass;
    }

    /** The stylesheet's URL, added to every window's scene after the app's own sheet. */
    public String stylesheetUrl() {
        return java.util.Objects.requireNonNull(Theme.class.getResource("/org/tokenscope/app/" + stylesheet),
                stylesheet).toExternalForm();
    }

    /** Style class put on every window's root, so panel stylesheets can write {@code .theme-dark .my-node}. */
    public String styleClass() {
        return styleClass;
    }

    /** The theme named {@code s} (any case); light for null or anything unknown. */
    public static Theme parse(String s) {
        if (s != null) {
            for (Theme t : values()) {
                if (t.name().equals(s.trim().toUpperCase(Locale.ROOT))) {
                    return t;
                }
            }
        }
        return LIGHT;
    }
}
