"""A small byte-level BPE trainer and encoder that writes a Hugging Face `tokenizer.json`.

Debian 12 has no Python `tokenizers`, so this is our own. The pre-tokenizer is GPT-2's regex, which the
`ByteLevel` pre-tokenizer of `tokenizer.json` applies when the file is loaded elsewhere; `[^\\W\\d_]`
stands for `\\p{L}`, `\\d` for `\\p{N}` and `(?:[^\\s\\w]|_)` for `[^\\s\\p{L}\\p{N}]` (identical on this
corpus), so our ids equal theirs.
"""
import collections
import json
import re

PRETOKENIZE = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?(?:[^\s\w]|_)+|\s+(?!\S)|\s+""")
EOT = "<|endoftext|>"


def bytes_to_unicode():
    """GPT-2's reversible map from bytes to printable characters."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


BYTE_CHARS = bytes_to_unicode()


def pretokens(text):
    return ["".join(BYTE_CHARS[b] for b in m.encode("utf-8")) for m in PRETOKENIZE.findall(text)]


def train(texts, vocab_size):
    """Learns merges until the vocabulary (256 bytes + merges + 1 special) reaches vocab_size."""
    word_counts = collections.Counter()
    for text in texts:
        word_counts.update(pretokens(text))
    words = [list(w) for w in word_counts]
    counts = list(word_counts.values())
    pair_counts = collections.Counter()
    where = collections.defaultdict(set)
    for i, w in enumerate(words):
        for a, b in zip(w, w[1:]):
            pair_counts[(a, b)] += counts[i]
            where[(a, b)].add(i)
    merges = []
    n_merges = vocab_size - 256 - 1
    while len(merges) < n_merges and pair_counts:
        # Highest count first; ties broken by the pair itself so training is deterministic.
        best = max(pair_counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if pair_counts[best] < 2:
            break
        merges.append(best)
        merged = best[0] + best[1]
        for i in list(where[best]):
            w = words[i]
            for a, b in zip(w, w[1:]):
                pair_counts[(a, b)] -= counts[i]
                if pair_counts[(a, b)] <= 0:
                    del pair_counts[(a, b)]
                where[(a, b)].discard(i)
            j, out = 0, []
            while j < len(w):
                if j + 1 < len(w) and w[j] == best[0] and w[j + 1] == best[1]:
                    out.append(merged)
                    j += 2
                else:
                    out.append(w[j])
                    j += 1
            words[i] = out
            for a, b in zip(out, out[1:]):
                pair_counts[(a, b)] += counts[i]
                where[(a, b)].add(i)
        where.pop(best, None)
    return merges


class Tokenizer:
    def __init__(self, merges):
        self.merges = merges
        self.ranks = {m: r for r, m in enumerate(merges)}
        symbols = [BYTE_CHARS[b] for b in range(256)] + [a + b for a, b in merges]
        self.vocab = {s: i for i, s in enumerate(symbols)}
        self.eot_id = len(symbols)
        self.vocab_size = len(symbols) + 1
        self.id_to_token = symbols + [EOT]
        self.byte_of_char = {c: b for b, c in BYTE_CHARS.items()}
        self.cache = {}

    def _bpe(self, word):
        if word in self.cache:
            return self.cache[word]
        parts = list(word)
        while len(parts) > 1:
            ranked = [(self.ranks.get((a, b), 1 << 30), k) for k, (a, b) in enumerate(zip(parts, parts[1:]))]
            rank, k = min(ranked)
            if rank == 1 << 30:
                break
            parts[k:k + 2] = [parts[k] + parts[k + 1]]
        ids = [self.vocab[p] for p in parts]
        self.cache[word] = ids
        return ids

    def encode(self, text):
        ids = []
        for w in pretokens(text):
            ids += self._bpe(w)
        return ids

    def decode(self, ids):
        data = bytearray()
        for i in ids:
            if i == self.eot_id:
                data += EOT.encode()
            else:
                data += bytes(self.byte_of_char[c] for c in self.id_to_token[i])
        return data.decode("utf-8", errors="replace")

    def write_tokenizer_json(self, path):
        byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
        doc = {
            "version": "1.0",
            "truncation": None,
            "padding": None,
            "added_tokens": [{"id": self.eot_id, "content": EOT, "single_word": False, "lstrip": False,
                              "rstrip": False, "normalized": False, "special": True}],
            "normalizer": None,
            "pre_tokenizer": byte_level,
            "post_processor": dict(byte_level, trim_offsets=False),
            "decoder": byte_level,
            "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                      "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False,
                      "vocab": {s: i for i, s in enumerate(self.id_to_token[:-1])},
                      "merges": [a + " " + b for a, b in self.merges]},
        }
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
