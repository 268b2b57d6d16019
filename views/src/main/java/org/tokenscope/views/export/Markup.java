package org.tokenscope.views.export;

import java.math.BigDecimal;

/** Escaping and number formatting shared by the SVG and HTML writers. */
public final class Markup {
    private Markup() {
    }

    /**
     * Escapes text for XML and HTML element content and quoted attribute values. Characters XML 1.0 forbids
     * (most C0 controls) become U+FFFD so the output always parses.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\ufffd' : c);
            }
        }
        return out.toString();
    }

    /** The shortest decimal that reads back as {@code x} ("3", "0.25", "1.0E-7"); "NaN"/"Infinity" as Java spells them. */
    public static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = Double.toString(x);
        return s.contains("E") ? s : BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
