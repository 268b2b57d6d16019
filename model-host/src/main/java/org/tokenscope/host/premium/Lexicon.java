package org.tokenscope.host.premium;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The words and morphemes of one language, from a file the user points to: a Hunspell {@code .dic} with
 * its {@code .aff} next to it, or a one-word-per-line list. Answers the two questions behind %valid and
 * %pure: is a token (boundary marker stripped) a word of the language, and is it a root or an affix.
 *
 * <p>Lookup follows Hunspell's case rules in small: the form as written, then lower-cased, so "Walks" at
 * the start of a sentence is the word "walks". Lower-casing uses the language's locale (Turkish İ/ı).
 */
public final class Lexicon {
    /** Two-letter locales by ISO 639-3 code ({@code tur} → {@code tr}), for lower-casing. */
    private static final Map<String, Locale> LOCALES_BY_ISO3 = new HashMap<>();

    static {
        Arrays.stream(Locale.getISOLanguages()).forEach(two -> {
            Locale locale = Locale.forLanguageTag(two);
            try {
                LOCALES_BY_ISO3.put(locale.getISO3Language(), locale);
            } catch (MissingResourceException ignored) {
                // a language without a three-letter code cannot be named by a corpus code either
            }
        });
    }

    private final String name;
    private final Path file;
    private final Locale locale;
    private final WordSource source;

    private Lexicon(String name, Path file, Locale locale, WordSource source) {
        this.name = name;
        this.file = file;
        this.locale = locale;
        this.source = source;
    }

    /** Loads a lexicon for a corpus language code such as {@code tur_Latn}, lower-casing as that language does. */
    public static Lexicon forLanguage(Path file, String languageCode) {
        return load(file, localeOf(languageCode));
    }

    /**
     * Loads a {@code .dic} (with the {@code .aff} of the same name, when there is one), an {@code .aff}
     * (with its {@code .dic}), or any other file as a word list.
     *
     * @throws LexiconException when a file is missing, empty or malformed
     */
    public static Lexicon load(Path file, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String fileName = file.getFileName().toString();
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Path dic = fileName.endsWith(".aff") ? file.resolveSibling(stem + ".dic") : file;
        Path aff = fileName.endsWith(".dic") || fileName.endsWith(".aff") ? file.resolveSibling(stem + ".aff") : null;
        if (fileName.endsWith(".aff") && !Files.isRegularFile(dic)) {
            throw new LexiconException("no " + dic.getFileName() + " next to " + file + ": a Hunspell lexicon needs both files");
        }
        byte[] dicBytes = HunspellFiles.bytes(dic);
        if (aff != null && Files.isRegularFile(aff)) {
            byte[] affBytes = HunspellFiles.bytes(aff);
            Charset charset = HunspellFiles.charsetOf(aff, affBytes);
            HunspellAffixes affixes = HunspellAffixes.parse(aff, HunspellFiles.lines(affBytes, charset));
            HunspellDictionary dictionary = new HunspellDictionary(affixes, HunspellFiles.lines(dicBytes, charset));
            if (dictionary.stems() == 0) {
                throw new LexiconException(dic + " has no words");
            }
            return new Lexicon(dic.getFileName() + " + " + aff.getFileName(), dic, locale, dictionary);
        }
        WordList words = new WordList(HunspellFiles.wordListLines(dicBytes), fileName.endsWith(".dic"));
        if (words.size() == 0) {
            throw new LexiconException(dic + " has no words");
        }
        return new Lexicon(dic.getFileName().toString(), dic, locale, words);
    }

    /** Which lexicon was used, for tables and exports: the file name(s). */
    public String name() {
        return name;
    }

    /** The file given (the .dic for a Hunspell pair). */
    public Path file() {
        return file;
    }

    /** A word of the language, inflected forms included. */
    public boolean isWord(String s) {
        return matches(s, source::isWord);
    }

    /** A root or an affix of the language (a whole word for a plain word list). */
    public boolean isMorpheme(String s) {
        return matches(s, source::isMorpheme);
    }

    private boolean matches(String s, Predicate<String> test) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        if (test.test(s)) {
            return true;
        }
        String lower = s.toLowerCase(locale);
        return !lower.equals(s) && test.test(lower);
    }

    /** The locale of a corpus code such as {@code tur_Latn} or {@code en}; {@link Locale#ROOT} when unknown. */
    static Locale localeOf(String languageCode) {
        String language = languageCode.split("[_-]", 2)[0].toLowerCase(Locale.ROOT);
        if (language.length() == 2) {
            return Locale.forLanguageTag(language);
        }
        return LOCALES_BY_ISO3.getOrDefault(language, Locale.ROOT);
    }
}
