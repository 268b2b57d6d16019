package org.tokenscope.views.premium;

import java.util.Map;

/**
 * Readable names of ISO 15924 script codes for group headings. Java knows the Unicode script aliases
 * ({@code Latn}, {@code Cyrl}); the ISO codes that are not Unicode scripts (Han variants, Japanese) are named here.
 */
final class ScriptNames {
    private static final Map<String, String> EXTRA = Map.of(
            "Hans", "Han (Simplified)", "Hant", "Han (Traditional)", "Jpan", "Japanese (Han + Kana)",
            "Kore", "Korean (Hangul + Han)", "Zyyy", "Common");

    private ScriptNames() {
    }

    /** "Latin" for {@code Latn}: short enough for a group heading, the code being in its own column. */
    static String name(String code) {
        String full = of(code);
        int paren = full.lastIndexOf(" (");
        return paren > 0 && full.endsWith(")") && full.substring(paren + 2, full.length() - 1).equals(code)
                ? full.substring(0, paren) : full;
    }

    /** "Latin (Latn)"; "Script not given" for null. */
    static String of(String code) {
        if (code == null || code.isBlank()) {
            return "Script not given";
        }
        String name = EXTRA.get(code);
        if (name == null) {
            try {
                name = title(Character.UnicodeScript.forName(code).name());
            } catch (IllegalArgumentException e) {
                name = code;
            }
        }
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    /** OLD_ITALIC → Old Italic. */
    private static String title(String constant) {
        StringBuilder b = new StringBuilder();
        for (String word : constant.split("_")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }
}
