package org.tokenscope.host.premium;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which writing systems separate words with spaces. Fertility (tokens per whitespace word) means nothing
 * for a script written without spaces, so it is left out there.
 */
final class Scripts {
    /** ISO 15924 codes of scripts written without spaces between words. */
    static final Set<String> WITHOUT_SPACES = Set.of(
            "Hans", "Hant", "Hani", "Jpan", "Thai", "Mymr", "Khmr", "Laoo", "Tibt", "Lana", "Talu", "Java", "Bali");

    private static final Set<Character.UnicodeScript> UNICODE_WITHOUT_SPACES = Set.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.LAO, Character.UnicodeScript.TIBETAN, Character.UnicodeScript.TAI_THAM,
            Character.UnicodeScript.NEW_TAI_LUE, Character.UnicodeScript.JAVANESE, Character.UnicodeScript.BALINESE);

    /** FLORES-style codes end in the script: {@code zho_Hans}, {@code deu_Latn-1996}. */
    private static final Pattern CODE_WITH_SCRIPT = Pattern.compile("^[a-z]{2,3}_([A-Z][a-z]{3})(?:[-_].*)?$");

    private Scripts() {
    }

    /** The script part of a code such as {@code zho_Hans}, or null. */
    static String ofCode(String code) {
        Matcher m = CODE_WITH_SCRIPT.matcher(code);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * True when words are separated by spaces: decided by the ISO code when known, else by the script of
     * most letters in a sample of the text.
     */
    static boolean usesSpaces(String script, String sample) {
        if (script != null) {
            return !WITHOUT_SPACES.contains(script);
        }
        return !UNICODE_WITHOUT_SPACES.contains(dominant(sample));
    }

    private static Character.UnicodeScript dominant(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Character.UnicodeScript.COMMON);
    }
}
