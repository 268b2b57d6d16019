package org.tokenscope.host.premium;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A one-word-per-line list (Debian's {@code wamerican}, {@code wngerman}). It knows whole words only, so
 * a word is also its own only morpheme: %pure equals %valid with such a lexicon.
 */
final class WordList implements WordSource {
    private final Set<String> words = new HashSet<>();

    /** @param stripHunspellFlags for a .dic without its .aff: drop the count line and the {@code /FLAGS} */
    WordList(List<String> lines, boolean stripHunspellFlags) {
        for (int i = 0; i < lines.size(); i++) {
            String word = lines.get(i).strip();
            if (stripHunspellFlags) {
                if (i == 0 && word.matches("\\d+")) {
                    continue;
                }
                word = HunspellDictionary.entryWord(lines.get(i));
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }

    int size() {
        return words.size();
    }

    @Override
    public boolean isWord(String s) {
        return words.contains(s);
    }

    @Override
    public boolean isMorpheme(String s) {
        return words.contains(s);
    }
}
