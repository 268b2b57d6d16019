package org.tokenscope.host.premium;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code PFX} or {@code SFX} rule of a Hunspell .aff file: remove {@code strip} from the root's start
 * (prefix) or end (suffix), add {@code add}, allowed when the root's start or end matches the condition.
 *
 * @param continuation flags of further affixes allowed after this one (Hunspell's twofold affixes)
 * @param conditionLength code points the condition spans: {@code [^aeiou]y} spans two
 */
record AffixRule(String flag, boolean prefix, boolean crossProduct, String strip, String add, Set<String> continuation,
                 Pattern condition, int conditionLength) {

    /** Parses a condition such as {@code .}, {@code [^aeiou]y} or {@code [ei]}: characters, classes, dots. */
    static AffixRule of(String flag, boolean prefix, boolean crossProduct, String strip, String add,
                        Set<String> continuation, String condition) {
        StringBuilder regex = new StringBuilder();
        int length = 0;
        for (int i = 0; i < condition.length(); ) {
            int cp = condition.codePointAt(i);
            if (cp == '[') {
                int close = condition.indexOf(']', i + 1);
                if (close < 0) {
                    close = condition.length(); // unterminated class: read to the end, as Hunspell does
                }
                String inside = condition.substring(i + 1, close);
                boolean negated = inside.startsWith("^");
                regex.append('[').append(negated ? "^" : "");
                (negated ? inside.substring(1) : inside).codePoints().forEach(c -> regex.append(quote(c)));
                regex.append(']');
                i = Math.min(condition.length(), close + 1);
            } else {
                regex.append(cp == '.' ? "." : quote(cp));
                i += Character.charCount(cp);
            }
            length++;
        }
        return new AffixRule(flag, prefix, crossProduct, strip, add, continuation,
                Pattern.compile(regex.toString(), Pattern.DOTALL), length);
    }

    private static String quote(int cp) {
        String s = new String(Character.toChars(cp));
        return Character.isLetterOrDigit(cp) ? s : Pattern.quote(s);
    }

    /** The root this rule would turn into {@code word}, or null when {@code word} cannot come from it. */
    String root(String word) {
        if (word.length() <= add.length()) {
            return null; // an affix alone is not a word
        }
        if (prefix) {
            return word.startsWith(add) ? strip + word.substring(add.length()) : null;
        }
        return word.endsWith(add) ? word.substring(0, word.length() - add.length()) + strip : null;
    }

    /** Whether the rule applies to this root: it must carry the strip and match the condition where the affix goes. */
    boolean appliesTo(String root) {
        if (!(prefix ? root.startsWith(strip) : root.endsWith(strip))) {
            return false;
        }
        int cps = root.codePointCount(0, root.length());
        if (cps < conditionLength) {
            return false;
        }
        String part = prefix
                ? root.substring(0, root.offsetByCodePoints(0, conditionLength))
                : root.substring(root.offsetByCodePoints(root.length(), -conditionLength));
        return condition.matcher(part).matches();
    }
}
