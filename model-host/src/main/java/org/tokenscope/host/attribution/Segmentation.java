package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tokenscope.host.attribution.AttributionException.Kind;
import org.tokenscope.host.tokenize.Encoding;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * The prompt cut into players. The prompt is tokenised once; each token belongs to the player whose span
 * holds the token's first non-whitespace code point (so GPT-style " costs" belongs to the word "costs").
 * Tokens of no player are never perturbed: BOS, pinned parts, and whitespace between words or sentences.
 */
public final class Segmentation {
    private final String text;
    private final Granularity granularity;
    private final List<Span> pins;
    private final int[] ids;
    private final int[] owner;
    private final List<Player> players;

    private Segmentation(String text, Granularity granularity, List<Span> pins, int[] ids, int[] owner, List<Player> players) {
        this.text = text;
        this.granularity = granularity;
        this.pins = pins;
        this.ids = ids;
        this.owner = owner;
        this.players = players;
    }

    /**
     * Cuts {@code text} into players.
     *
     * @param bos         BOS id put before the prompt (never perturbed), or -1 for none
     * @param customSpans the players when {@code granularity} is {@link Granularity#SPANS}, else ignored
     * @param pins        parts never perturbed
     */
    public static Segmentation of(Tokenizer tokenizer, int bos, String text, Granularity granularity,
            List<Span> customSpans, List<Span> pins) {
        if (text == null || text.isEmpty()) {
            throw new AttributionException(Kind.BAD_PLAYERS, "empty prompt: give the text whose parts to attribute");
        }
        int length = text.codePointCount(0, text.length());
        List<Span> spans = granularity == Granularity.SPANS ? sortedCustomSpans(customSpans, length) : List.of();
        pins.forEach(p -> requireInside(p, length, "pinned part"));
        Encoding enc = tokenizer.encode(text);
        int offset = bos >= 0 ? 1 : 0;
        int[] ids = new int[enc.size() + offset];
        if (bos >= 0) {
            ids[0] = bos;
        }
        System.arraycopy(enc.ids(), 0, ids, offset, enc.size());
        int[] cps = text.codePoints().toArray();
        List<Span> units = switch (granularity) {
            case TOKENS -> tokenSpans(enc);
            case WORDS -> TextUnits.words(text);
            case SENTENCES -> TextUnits.sentences(text);
            case SPANS -> spans;
        };
        int[] unitAt = unitOfCodePoint(units, length);
        List<List<Integer>> tokensOfUnit = new ArrayList<>();
        units.forEach(u -> tokensOfUnit.add(new ArrayList<>()));
        for (int t = 0; t < enc.size(); t++) {
            int anchor = anchor(cps, enc.starts()[t], enc.ends()[t]);
            int unit = anchor >= length ? -1 : granularity == Granularity.TOKENS ? t : unitAt[anchor];
            if (unit >= 0 && pins.stream().noneMatch(p -> p.contains(anchor))) {
                tokensOfUnit.get(unit).add(t + offset);
            }
        }
        int[] owner = new int[ids.length];
        Arrays.fill(owner, -1);
        List<Player> players = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            List<Integer> positions = tokensOfUnit.get(u);
            Span s = units.get(u);
            if (positions.isEmpty()) {
                if (granularity == Granularity.SPANS) {
                    throw new AttributionException(Kind.BAD_PLAYERS, "span " + s + " holds no unpinned token (a token belongs to "
                            + "the span holding its first non-space character): widen the span or unpin it");
                }
                continue;
            }
            int index = players.size();
            positions.forEach(p -> owner[p] = index);
            players.add(new Player(index, new String(cps, s.start(), s.end() - s.start()), s.start(), s.end(),
                    positions.stream().mapToInt(Integer::intValue).toArray()));
        }
        if (players.isEmpty()) {
            throw new AttributionException(Kind.BAD_PLAYERS, "the prompt has no players left to attribute (all of it is pinned "
                    + "or blank): unpin a part or choose another granularity");
        }
        return new Segmentation(text, granularity, List.copyOf(pins), ids, owner, List.copyOf(players));
    }

    private static List<Span> sortedCustomSpans(List<Span> spans, int length) {
        if (spans == null || spans.isEmpty()) {
            throw new AttributionException(Kind.BAD_PLAYERS, "custom span players need at least one span, e.g. spans:0-5,6-12");
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        for (int i = 0; i < sorted.size(); i++) {
            requireInside(sorted.get(i), length, "span");
            if (i > 0 && sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new AttributionException(Kind.BAD_PLAYERS, "spans " + sorted.get(i - 1) + " and " + sorted.get(i)
                        + " overlap: a token can belong to one player only");
            }
        }
        return sorted;
    }

    private static void requireInside(Span s, int length, String what) {
        if (s.end() > length) {
            throw new AttributionException(Kind.BAD_PLAYERS, what + " " + s + " ends beyond the prompt's " + length
                    + " code points: spans are [start, end) in code points");
        }
    }

    private static List<Span> tokenSpans(Encoding enc) {
        List<Span> out = new ArrayList<>();
        for (int t = 0; t < enc.size(); t++) {
            // Zero-width spans cannot be a Span; such a token still gets a one-point span for its text.
            out.add(new Span(enc.starts()[t], Math.max(enc.ends()[t], enc.starts()[t] + 1)));
        }
        return out;
    }

    /** The token's first non-whitespace code point, or its start when it is all whitespace. */
    private static int anchor(int[] cps, int start, int end) {
        for (int i = start; i < end && i < cps.length; i++) {
            if (!Character.isWhitespace(cps[i])) {
                return i;
            }
        }
        return start;
    }

    /** For each code point, the unit holding it, or -1 (units do not overlap). */
    private static int[] unitOfCodePoint(List<Span> units, int length) {
        int[] at = new int[length];
        Arrays.fill(at, -1);
        for (int u = 0; u < units.size(); u++) {
            Span s = units.get(u);
            Arrays.fill(at, Math.min(s.start(), length), Math.min(s.end(), length), u);
        }
        return at;
    }

    public String text() {
        return text;
    }

    public Granularity granularity() {
        return granularity;
    }

    public List<Span> pins() {
        return pins;
    }

    /** The model input with every player present: BOS (if any) then the prompt's tokens. */
    public int[] ids() {
        return ids.clone();
    }

    public List<Player> players() {
        return players;
    }

    public int playerCount() {
        return players.size();
    }

    /** Player owning position {@code i} of {@link #ids()}, or -1 when that token is never perturbed. */
    public int ownerOf(int position) {
        return owner[position];
    }

    int length() {
        return ids.length;
    }

    int idAt(int position) {
        return ids[position];
    }

    /** Positions before the first player token: every coalition's input starts with these ids. */
    public int sharedPrefixLength() {
        int p = 0;
        while (p < owner.length && owner[p] < 0) {
            p++;
        }
        return p;
    }
}
