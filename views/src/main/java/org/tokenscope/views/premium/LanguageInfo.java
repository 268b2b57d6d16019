package org.tokenscope.views.premium;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.tokenscope.host.premium.CorpusLanguage;

/**
 * What the table shows about a language besides its numbers: name, script and family (where known), and
 * whether the translation is partial. Kept with a result so a reopened project needs no corpus to show it.
 *
 * @param script ISO 15924 code, or null when the corpus does not say
 * @param family top-level language family from {@code language-families.tsv}, or null when not listed
 */
public record LanguageInfo(String code, String name, String script, String family, boolean partial) {
    private static final Map<String, String> FAMILIES = readFamilies();

    public LanguageInfo {
        Objects.requireNonNull(code, "code");
        name = name == null || name.isBlank() ? code : name;
    }

    public static LanguageInfo of(CorpusLanguage language) {
        return new LanguageInfo(language.code(), language.name(), language.script(), familyOf(language.code()),
                language.partial());
    }

    /** The family of a code such as {@code tur_Latn}, {@code deu_Latn-1996} or {@code tur}; null when unknown. */
    public static String familyOf(String code) {
        String iso = code.split("[_-]", 2)[0];
        return FAMILIES.get(iso);
    }

    /** "Turkish (tur_Latn)", or the code alone when the corpus gives no name. */
    public String label() {
        return name.equals(code) ? code : name + " (" + code + ")";
    }

    /** The script for grouping; languages without one sort together at the end. */
    public String scriptOrUnknown() {
        return script == null || script.isBlank() ? "?" : script;
    }

    private static Map<String, String> readFamilies() {
        Map<String, String> families = new HashMap<>();
        try (InputStream in = LanguageInfo.class.getResourceAsStream("language-families.tsv")) {
            if (in == null) {
                return families; // the table works without families; the column then stays empty
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    families.put(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language-families.tsv", e);
        }
        return families;
    }
}
