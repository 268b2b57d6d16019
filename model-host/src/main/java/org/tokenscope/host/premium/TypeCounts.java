package org.tokenscope.host.premium;

import java.util.Arrays;

/**
 * How often each token id occurs in one language's text, accumulated over one or many encodings.
 * A dense array indexed by id (the vocabulary is at most a few hundred thousand ids, a million for code
 * points) is several times faster than sorting or hashing millions of ids.
 */
final class TypeCounts {
    private final int[] counts;
    private int[] seen = new int[1024];
    private int types;
    private long tokens;

    TypeCounts(int vocabSize) {
        counts = new int[vocabSize];
    }

    void addAll(int[] ids) {
        for (int id : ids) {
            if (counts[id]++ == 0) {
                if (types == seen.length) {
                    seen = Arrays.copyOf(seen, types * 2);
                }
                seen[types++] = id;
            }
        }
        tokens += ids.length;
    }

    long tokens() {
        return tokens;
    }

    int types() {
        return types;
    }

    /** The distinct ids in ascending order, so anything computed from them does not depend on text order. */
    int[] ids() {
        int[] ids = Arrays.copyOf(seen, types);
        Arrays.sort(ids);
        return ids;
    }

    int count(int id) {
        return counts[id];
    }
}
