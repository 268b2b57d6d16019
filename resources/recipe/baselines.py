"""Count-based baselines on the same tokenizer and split: add-one unigram, absolute-discount bigram."""
import collections
import math

DISCOUNT = 0.75


def unigram_nats(train, heldout, vocab):
    counts = collections.Counter(train)
    total = len(train) + vocab
    return -sum(math.log((counts[t] + 1) / total) for t in heldout)


def bigram_nats(train_stream, heldout_stream, vocab, eot):
    """Bigram with absolute discounting, backing off to add-one unigram; EOT targets are not scored."""
    uni = collections.Counter(train_stream)
    uni_total = len(train_stream) + vocab
    pairs = collections.Counter(zip(train_stream, train_stream[1:]))
    ctx_total = collections.Counter()
    ctx_types = collections.Counter()
    for (a, _), c in pairs.items():
        ctx_total[a] += c
        ctx_types[a] += 1
    nats = 0.0
    prev = eot
    for t in heldout_stream:
        p_uni = (uni[t] + 1) / uni_total
        if ctx_total[prev]:
            n = ctx_total[prev]
            p = max(pairs[(prev, t)] - DISCOUNT, 0) / n + DISCOUNT * ctx_types[prev] / n * p_uni
        else:
            p = p_uni
        if t != eot:
            nats -= math.log(p)
        prev = t
    return nats
