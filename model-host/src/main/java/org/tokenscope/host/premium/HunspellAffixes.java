package org.tokenscope.host.premium;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parts of a Hunspell .aff file that decide which words exist: flag format, affix rules, special flags. */
final class HunspellAffixes {
    /** How flags are written after a slash: one character each (default), UTF-8 characters, pairs, or numbers. */
    enum FlagFormat { CHAR, UTF8, LONG, NUM }

    final FlagFormat format;
    /** Stems with this flag are not words alone (NEEDAFFIX, formerly PSEUDOROOT); null when unused. */
    final String needAffix;
    /** Stems with this flag are not words at all (FORBIDDENWORD); null when unused. */
    final String forbidden;
    final Map<String, List<AffixRule>> suffixesByAdd;
    final Map<String, List<AffixRule>> prefixesByAdd;

    private HunspellAffixes(FlagFormat format, String needAffix, String forbidden, List<AffixRule> rules) {
        this.format = format;
        this.needAffix = needAffix;
        this.forbidden = forbidden;
        this.suffixesByAdd = new HashMap<>();
        this.prefixesByAdd = new HashMap<>();
        for (AffixRule rule : rules) {
            (rule.prefix() ? prefixesByAdd : suffixesByAdd).computeIfAbsent(rule.add(), k -> new ArrayList<>()).add(rule);
        }
    }

    static HunspellAffixes parse(Path file, List<String> lines) {
        FlagFormat format = FlagFormat.CHAR;
        String needAffix = null;
        String forbidden = null;
        Map<String, Boolean> crossByClass = new HashMap<>();
        Map<String, Integer> remainingByClass = new HashMap<>();
        List<String[]> ruleLines = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "FLAG" -> format = f.length < 2 ? FlagFormat.CHAR : switch (f[1]) {
                    case "long" -> FlagFormat.LONG;
                    case "num" -> FlagFormat.NUM;
                    case "UTF-8" -> FlagFormat.UTF8;
                    default -> FlagFormat.CHAR;
                };
                case "NEEDAFFIX", "PSEUDOROOT" -> needAffix = f.length > 1 ? f[1] : null;
                case "FORBIDDENWORD" -> forbidden = f.length > 1 ? f[1] : null;
                case "PFX", "SFX" -> {
                    if (f.length < 4) {
                        throw new LexiconException(file + ": malformed affix line '" + line + "'");
                    }
                    String key = f[0] + ' ' + f[1];
                    if (remainingByClass.getOrDefault(key, 0) == 0) { // a header: SFX flag Y|N count
                        crossByClass.put(key, f[2].equals("Y"));
                        remainingByClass.put(key, parseCount(file, line, f[3]));
                    } else {
                        remainingByClass.merge(key, -1, Integer::sum);
                        ruleLines.add(f);
                    }
                }
                default -> { } // compounding, suggestions, morphology: not needed to tell words from non-words
            }
        }
        List<AffixRule> rules = new ArrayList<>();
        for (String[] f : ruleLines) {
            String key = f[0] + ' ' + f[1];
            String[] addAndFlags = f[3].split("/", 2);
            Set<String> continuation = addAndFlags.length > 1 ? flags(format, addAndFlags[1]) : Set.of();
            rules.add(AffixRule.of(f[1], f[0].equals("PFX"), crossByClass.get(key), zeroIsEmpty(f[2]),
                    zeroIsEmpty(addAndFlags[0]), continuation, f.length > 4 ? f[4] : "."));
        }
        return new HunspellAffixes(format, needAffix, forbidden, rules);
    }

    /** The flags of a {@code word/FLAGS} entry, split as the .aff file's FLAG line says. */
    static Set<String> flags(FlagFormat format, String text) {
        Set<String> flags = new LinkedHashSet<>();
        switch (format) {
            case NUM -> {
                for (String n : text.split(",")) {
                    if (!n.isBlank()) {
                        flags.add(n.strip());
                    }
                }
            }
            case LONG -> {
                for (int i = 0; i + 1 < text.length(); i += 2) {
                    flags.add(text.substring(i, i + 2));
                }
            }
            case UTF8 -> text.codePoints().forEach(cp -> flags.add(new String(Character.toChars(cp))));
            case CHAR -> text.chars().forEach(c -> flags.add(String.valueOf((char) c)));
        }
        return flags;
    }

    /** All strings affixes add: the morphemes of the language's inflection, for %pure. */
    Set<String> affixStrings() {
        Set<String> strings = new LinkedHashSet<>();
        suffixesByAdd.keySet().stream().filter(s -> !s.isEmpty()).forEach(strings::add);
        prefixesByAdd.keySet().stream().filter(s -> !s.isEmpty()).forEach(strings::add);
        return strings;
    }

    private static String zeroIsEmpty(String s) {
        return s.equals("0") ? "" : s;
    }

    private static int parseCount(Path file, String line, String count) {
        try {
            return Integer.parseInt(count);
        } catch (NumberFormatException e) {
            throw new LexiconException(file + ": affix header '" + line + "' has no rule count", e);
        }
    }
}
