package org.tokenscope.host.premium;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Hunspell .dic with its .aff, answering "is this a word?" the way Hunspell's affix stripping does:
 * a stem, a stem with one prefix and/or one suffix its flags allow (cross products included), or a stem
 * with two suffixes where the first suffix's continuation flags allow the second. Compounding, conversion
 * tables and deeper affix chains are not modelled: such words count as not found.
 */
final class HunspellDictionary implements WordSource {
    private final HunspellAffixes affixes;
    private final Map<String, Set<String>> flagsByStem = new HashMap<>();
    private final Set<String> morphemes = new HashSet<>();

    HunspellDictionary(HunspellAffixes affixes, List<String> dicLines) {
        this.affixes = affixes;
        for (int i = 0; i < dicLines.size(); i++) {
            String line = dicLines.get(i);
            if (i == 0 && line.strip().matches("\\d+")) {
                continue; // the approximate entry count
            }
            String word = entryWord(line);
            if (word.isEmpty()) {
                continue;
            }
            String flags = entryFlags(line);
            // a word may be listed more than once (homonyms with different flags): keep the union
            flagsByStem.computeIfAbsent(word, k -> new HashSet<>()).addAll(HunspellAffixes.flags(affixes.format, flags));
        }
        flagsByStem.forEach((stem, flags) -> {
            if (affixes.forbidden == null || !flags.contains(affixes.forbidden)) {
                morphemes.add(stem);
            }
        });
        morphemes.addAll(affixes.affixStrings());
    }

    int stems() {
        return flagsByStem.size();
    }

    /** The word of a {@code word/FLAGS morphology} line ({@code \/} is a literal slash). */
    static String entryWord(String line) {
        String entry = line.split("\t", 2)[0].strip();
        int slash = unescapedSlash(entry);
        String word = slash < 0 ? entry.split("\\s+", 2)[0] : entry.substring(0, slash);
        return word.replace("\\/", "/");
    }

    private static String entryFlags(String line) {
        String entry = line.split("\t", 2)[0].strip();
        int slash = unescapedSlash(entry);
        return slash < 0 ? "" : entry.substring(slash + 1).split("\\s+", 2)[0];
    }

    private static int unescapedSlash(String entry) {
        for (int i = 0; i < entry.length(); i++) {
            if (entry.charAt(i) == '/' && (i == 0 || entry.charAt(i - 1) != '\\')) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean isMorpheme(String s) {
        return morphemes.contains(s);
    }

    @Override
    public boolean isWord(String word) {
        Set<String> flags = flagsByStem.get(word);
        if (flags != null && !flags.contains(affixes.needAffix) && !flags.contains(affixes.forbidden)) {
            return true;
        }
        for (AffixRule suffix : rules(affixes.suffixesByAdd, word, false)) {
            String root = suffix.root(word);
            if (root != null && (stemAllows(root, suffix) || fromTwoSuffixes(root, suffix))) {
                return true;
            }
        }
        for (AffixRule prefix : rules(affixes.prefixesByAdd, word, true)) {
            String root = prefix.root(word);
            if (root != null && (stemAllows(root, prefix) || (prefix.crossProduct() && withSuffix(root, prefix)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code root} = stem + inner suffix whose continuation flags allow {@code outer}. */
    private boolean fromTwoSuffixes(String root, AffixRule outer) {
        if (!outer.appliesTo(root)) {
            return false;
        }
        for (AffixRule inner : rules(affixes.suffixesByAdd, root, false)) {
            String stem = inner.root(root);
            if (stem != null && inner.continuation().contains(outer.flag()) && stemAllows(stem, inner)) {
                return true;
            }
        }
        return false;
    }

    /** {@code root} (a prefix already removed) = stem + a suffix, both affixes allowed to combine. */
    private boolean withSuffix(String root, AffixRule prefix) {
        for (AffixRule suffix : rules(affixes.suffixesByAdd, root, false)) {
            String stem = suffix.root(root);
            if (stem != null && suffix.crossProduct() && stemAllows(stem, suffix) && stemAllows(stem, prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean stemAllows(String stem, AffixRule rule) {
        Set<String> flags = flagsByStem.get(stem);
        return flags != null && flags.contains(rule.flag()) && !flags.contains(affixes.forbidden) && rule.appliesTo(stem);
    }

    /** Rules whose added string ends (suffixes) or starts (prefixes) the word, the empty addition included. */
    private static List<AffixRule> rules(Map<String, List<AffixRule>> byAdd, String word, boolean prefix) {
        List<AffixRule> found = new ArrayList<>();
        for (int k = 0; k <= word.length(); k++) {
            String add = prefix ? word.substring(0, k) : word.substring(word.length() - k);
            List<AffixRule> rules = byAdd.get(add);
            if (rules != null) {
                found.addAll(rules);
            }
        }
        return found;
    }
}
