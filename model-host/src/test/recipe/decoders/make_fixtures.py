"""Builds the small ONNX decoder fixtures under model-host/src/test/resources/fixtures/decoders/.

Run:  cd model-host/src/test/recipe/decoders && OPENBLAS_NUM_THREADS=2 /usr/bin/python3 make_fixtures.py

Needs torch (1.13 is what it was written against), onnx and numpy; nothing else. Hugging Face
`tokenizers`/`transformers` are not needed: the three tokenizer.json files are written by hand below,
and the ids are computed by a small encoder of our own that follows the same algorithms (pre-tokenizer,
BPE merges by rank, byte fallback, post-processor template, decoder chain). Every random choice is
seeded, so a rerun writes the same files (byte for byte on the same torch/onnx versions).

See README.md next to this file for what each folder exercises.
"""
import collections
import json
import math
import os
import re
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "..",
                                "resources", "recipe"))
import bpe  # noqa: E402
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")

import numpy as np  # noqa: E402
import onnx  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from onnx import helper, numpy_helper, TensorProto  # noqa: E402

torch.set_num_threads(2)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "resources", "fixtures", "decoders"))
FOLDERS = ["llama3-gqa-template-bos", "sentencepiece-bpe", "optimum-split", "optimum-merged", "genai-no-config",
           "external-data", "mqa-head-dim", "fp16", "llama3-no-bos-override"]
CONTEXT = 64
GREEDY_STEPS = 4
MIN_MARGIN = 1e-2

# Our own sentences (written for this project), used only to learn a few dozen merges.
TRAIN_TEXT = [
    "Once upon a time there was a small robot that liked to count the stars.",
    "Once upon a time the robot found a lamp in the sand and took it home.",
    "Every night the robot sat on the hill and counted the stars again, one at a time.",
    "The stars did not mind being counted, but the moon thought it was a strange hobby.",
    "One time the robot lost count at forty two and had to start once more from the top.",
    "Once upon a time is how the old stories start, and the robot liked old stories.",
    "The cat that lived in the lamp shop sat on the mat and watched the robot count.",
    "In the morning the robot told the cat how many stars there were that night.",
    "The cat did not care about the stars; the cat cared about the warm sand.",
    "There once was a time when the robot could not count at all, but that is another story.",
]


# ----------------------------------------------------------------------------------------------------
# Tokenizers
# ----------------------------------------------------------------------------------------------------

BYTE_CHARS = bpe.bytes_to_unicode()  # GPT-2's byte alphabet, shared with the demo model's recipe
CHAR_BYTES = {c: b for b, c in BYTE_CHARS.items()}

# GPT-2's pre-tokenizer regex (what ByteLevel use_regex=true applies). [^\W\d_] stands for \p{L},
# \d for \p{N}, (?:[^\s\w]|_) for [^\s\p{L}\p{N}]: identical on the texts used here.
GPT2_SPLIT = re.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?(?:[^\s\w]|_)+|\s+(?!\S)|\s+""")
# Llama 3's Split pattern, written for Rust's regex engine (in tokenizer.json) and for Python (to encode).
LLAMA3_PATTERN = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
                  r"|\s*[\r\n]+|\s+(?!\S)|\s+")
LLAMA3_SPLIT = re.compile(r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|(?:[^\r\n\w]|_)?[^\W\d_]+|\d{1,3}| ?(?:[^\s\w]|_)+[\r\n]*"
                          r"|\s*[\r\n]+|\s+(?!\S)|\s+")


def train_merges(words, n_merges):
    """Plain BPE training over a Counter of words (each a tuple of symbols). Deterministic tie-break."""
    words = {tuple(w): c for w, c in words.items()}
    merges = []
    while len(merges) < n_merges:
        pairs = collections.Counter()
        for w, c in words.items():
            for a, b in zip(w, w[1:]):
                pairs[(a, b)] += c
        if not pairs:
            break
        best, count = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
        if count < 2:
            break
        merges.append(best)
        new = {}
        for w, c in words.items():
            out, j = [], 0
            while j < len(w):
                if j + 1 < len(w) and (w[j], w[j + 1]) == best:
                    out.append(w[j] + w[j + 1])
                    j += 2
                else:
                    out.append(w[j])
                    j += 1
            new[tuple(out)] = new.get(tuple(out), 0) + c
        words = new
    return merges


def bpe_word(symbols, ranks):
    """Applies merges by lowest rank, leftmost first (what tokenizers' BPE::merge_word does)."""
    parts = list(symbols)
    while len(parts) > 1:
        best = None
        for k in range(len(parts) - 1):
            r = ranks.get((parts[k], parts[k + 1]))
            if r is not None and (best is None or r < best[0]):
                best = (r, k)
        if best is None:
            break
        k = best[1]
        parts[k:k + 2] = [parts[k] + parts[k + 1]]
    return parts


def added_token(i, content):
    return {"id": i, "content": content, "single_word": False, "lstrip": False, "rstrip": False,
            "normalized": False, "special": True}


class ByteLevelBPE:
    """T1 (Llama 3 style: Split + ByteLevel, template adds <|begin_of_text|>) and T3 (GPT-2 style)."""

    def __init__(self, style, n_merges):
        self.style = style
        split = LLAMA3_SPLIT if style == "llama3" else GPT2_SPLIT
        self.split = split
        counts = collections.Counter()
        for t in TRAIN_TEXT:
            for m in split.findall(t):
                counts[tuple(BYTE_CHARS[b] for b in m.encode("utf-8"))] += 1
        self.merges = train_merges(counts, n_merges)
        self.ranks = {m: r for r, m in enumerate(self.merges)}
        self.vocab = {BYTE_CHARS[b]: b for b in range(256)}
        for a, b in self.merges:
            self.vocab.setdefault(a + b, len(self.vocab))
        if style == "llama3":
            self.specials = {"<|begin_of_text|>": len(self.vocab), "<|end_of_text|>": len(self.vocab) + 1}
            self.bos, self.eos = "<|begin_of_text|>", "<|end_of_text|>"
            self.template_bos = True
        else:
            self.specials = {"<|endoftext|>": len(self.vocab)}
            self.bos = self.eos = "<|endoftext|>"
            self.template_bos = False
        self.id_to_token = {i: s for s, i in self.vocab.items()}
        self.id_to_token.update({i: s for s, i in self.specials.items()})
        self.size = len(self.id_to_token)

    def encode(self, text, add_bos):
        ids = [self.specials[self.bos]] if add_bos else []
        for piece in self.split.findall(text):
            word = "".join(BYTE_CHARS[b] for b in piece.encode("utf-8"))
            if self.style == "llama3" and word in self.vocab:  # ignore_merges: true
                ids.append(self.vocab[word])
                continue
            ids += [self.vocab[p] for p in bpe_word(word, self.ranks)]
        return ids

    def decode(self, ids, skip_special=True):
        out, data = [], bytearray()
        for i in ids:
            tok = self.id_to_token[i]
            if tok in self.specials:
                if skip_special:
                    continue
                out.append(data.decode("utf-8", errors="replace"))
                data = bytearray()
                out.append(tok)
            else:
                data += bytes(CHAR_BYTES[c] for c in tok)
        out.append(data.decode("utf-8", errors="replace"))
        return "".join(out)

    def tokenizer_json(self):
        if self.style == "llama3":
            pre = {"type": "Sequence", "pretokenizers": [
                {"type": "Split", "pattern": {"Regex": LLAMA3_PATTERN}, "behavior": "Isolated", "invert": False},
                {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]}
            bos = self.bos
            post = {"type": "Sequence", "processors": [
                {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
                {"type": "TemplateProcessing",
                 "single": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                 "pair": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                          {"SpecialToken": {"id": bos, "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
                 "special_tokens": {bos: {"id": bos, "ids": [self.specials[bos]], "tokens": [bos]}}}]}
            model_extra = {"ignore_merges": True}
            vocab = dict(self.vocab)  # Llama 3 keeps its special tokens out of model.vocab
        else:
            pre = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
            post = {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True}
            model_extra = {}
            vocab = dict(self.vocab)
            vocab.update(self.specials)  # GPT-2 has <|endoftext|> in the vocab too
        model = {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                 "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False}
        model.update(model_extra)
        model["vocab"] = vocab
        model["merges"] = [a + " " + b for a, b in self.merges]
        return {"version": "1.0", "truncation": None, "padding": None,
                "added_tokens": [added_token(i, s) for s, i in self.specials.items()],
                "normalizer": None, "pre_tokenizer": pre, "post_processor": post,
                "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
                "model": model}

    def tokenizer_config(self, add_bos_override=None):
        decoder = {str(i): {"content": s, "lstrip": False, "normalized": False, "rstrip": False,
                            "single_word": False, "special": True} for s, i in self.specials.items()}
        if self.style == "llama3":
            cfg = {"added_tokens_decoder": decoder, "bos_token": self.bos, "clean_up_tokenization_spaces": True,
                   "eos_token": self.eos, "model_input_names": ["input_ids", "attention_mask"],
                   "model_max_length": CONTEXT, "tokenizer_class": "PreTrainedTokenizerFast"}
        else:
            cfg = {"add_prefix_space": False, "added_tokens_decoder": decoder, "bos_token": self.bos,
                   "clean_up_tokenization_spaces": False, "eos_token": self.eos, "model_max_length": CONTEXT,
                   "tokenizer_class": "GPT2Tokenizer", "unk_token": self.eos}
        if add_bos_override is not None:
            cfg = {"add_bos_token": add_bos_override, **cfg}
        return cfg


SPIECE = "\u2581"


class SentencePieceBPE:
    """T2: Llama 2 / Mistral style tokenizer.json (normalizer Prepend+Replace, BPE with byte_fallback)."""

    def __init__(self, n_merges):
        counts = collections.Counter()
        for t in TRAIN_TEXT:
            for w in t.split(" "):
                counts[tuple(SPIECE + w)] += 1
        self.merges = train_merges(counts, n_merges)
        self.ranks = {m: r for r, m in enumerate(self.merges)}
        self.vocab = {"<unk>": 0, "<s>": 1, "</s>": 2}
        for b in range(256):
            self.vocab["<0x%02X>" % b] = 3 + b
        # SentencePiece lists pieces by score: merged pieces first, then the single characters.
        for a, b in self.merges:
            self.vocab.setdefault(a + b, len(self.vocab))
        chars = sorted({c for w in counts for c in w}, key=lambda c: (-sum(n for w, n in counts.items() if c in w), c))
        for c in chars:
            self.vocab.setdefault(c, len(self.vocab))
        self.id_to_token = {i: s for s, i in self.vocab.items()}
        self.size = len(self.vocab)
        self.specials = {"<unk>": 0, "<s>": 1, "</s>": 2}
        for piece in (SPIECE + "Once", SPIECE + "upon", SPIECE + "a", SPIECE + "time"):
            assert piece in self.vocab, piece

    def encode(self, text, add_bos):
        ids = [1] if add_bos else []
        if not text:
            return ids
        norm = (SPIECE + text).replace(" ", SPIECE)
        symbols = []
        for c in norm:
            if c in self.vocab:
                symbols.append(c)
            else:  # byte_fallback
                symbols += ["<0x%02X>" % b for b in c.encode("utf-8")]
        # Byte tokens never take part in a merge (no merge mentions them), so merging the list is safe.
        return ids + [self.vocab[p] for p in bpe_word(symbols, self.ranks)]

    def decode(self, ids, skip_special=True):
        toks = [self.id_to_token[i] for i in ids if not (skip_special and i in (0, 1, 2))]
        toks = [t.replace(SPIECE, " ") for t in toks]  # Replace
        out, pending = [], bytearray()  # ByteFallback
        for t in toks:
            if len(t) == 6 and t.startswith("<0x") and t.endswith(">"):
                pending.append(int(t[3:5], 16))
                continue
            if pending:
                try:
                    out.append(pending.decode("utf-8"))
                except UnicodeDecodeError:
                    out.append("\ufffd" * len(pending))
                pending = bytearray()
            out.append(t)
        if pending:
            try:
                out.append(pending.decode("utf-8"))
            except UnicodeDecodeError:
                out.append("\ufffd" * len(pending))
        text = "".join(out)  # Fuse
        return text[1:] if text.startswith(" ") else text  # Strip(" ", 1, 0)

    def tokenizer_json(self):
        return {"version": "1.0", "truncation": None, "padding": None,
                "added_tokens": [added_token(0, "<unk>"), added_token(1, "<s>"), added_token(2, "</s>")],
                "normalizer": {"type": "Sequence", "normalizers": [
                    {"type": "Prepend", "prepend": SPIECE},
                    {"type": "Replace", "pattern": {"String": " "}, "content": SPIECE}]},
                "pre_tokenizer": None,
                "post_processor": {
                    "type": "TemplateProcessing",
                    "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
                    "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                             {"SpecialToken": {"id": "<s>", "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
                    "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}}},
                "decoder": {"type": "Sequence", "decoders": [
                    {"type": "Replace", "pattern": {"String": SPIECE}, "content": " "},
                    {"type": "ByteFallback"}, {"type": "Fuse"},
                    {"type": "Strip", "content": " ", "start": 1, "stop": 0}]},
                "model": {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None,
                          "end_of_word_suffix": None, "fuse_unk": True, "byte_fallback": True,
                          "ignore_merges": False, "vocab": self.vocab,
                          "merges": [a + " " + b for a, b in self.merges]}}

    def tokenizer_config(self):
        return {"add_bos_token": True, "add_eos_token": False,
                "added_tokens_decoder": {str(i): {"content": s, "lstrip": False, "normalized": False, "rstrip": False,
                                                  "single_word": False, "special": True}
                                         for s, i in self.specials.items()},
                "bos_token": "<s>", "clean_up_tokenization_spaces": False, "eos_token": "</s>", "legacy": False,
                "model_max_length": CONTEXT, "pad_token": None, "sp_model_kwargs": {},
                "tokenizer_class": "LlamaTokenizer", "unk_token": "<unk>", "use_default_system_prompt": False}


def wants_bos(tok, tokenizer_config):
    """transformers' rule as the host applies it: add_bos_token in tokenizer_config.json wins, else the
    post_processor template, else nothing. Returns (add_bos, bos_source)."""
    if "add_bos_token" in tokenizer_config:
        return bool(tokenizer_config["add_bos_token"]), "tokenizer_config.json"
    if getattr(tok, "template_bos", False):
        return True, "tokenizer.json post_processor"
    return False, "none"


# ----------------------------------------------------------------------------------------------------
# Model: a tiny Llama (RMSNorm, rotary, SwiGLU, grouped-query attention)
# ----------------------------------------------------------------------------------------------------

class Cfg:
    def __init__(self, vocab, tok_vocab, hidden=32, layers=2, heads=4, kv_heads=2, head_dim=None, inter=64,
                 tie=False, theta=10000.0, eps=1e-5, pad_scale=1.0, half=False):
        self.vocab, self.tok_vocab, self.hidden, self.layers = vocab, tok_vocab, hidden, layers
        self.heads, self.kv_heads = heads, kv_heads
        self.head_dim = head_dim or hidden // heads
        self.inter, self.tie, self.theta, self.eps, self.pad_scale, self.half = inter, tie, theta, eps, pad_scale, half


class TinyLlama(nn.Module):
    def __init__(self, cfg, seed):
        super().__init__()
        self.cfg = cfg
        g = torch.Generator().manual_seed(seed)
        h, d = cfg.hidden, cfg.head_dim

        def w(*shape, std):
            return nn.Parameter(torch.randn(*shape, generator=g) * std)

        # With a tied unembedding the token's own embedding dominates the logits unless it is small next to
        # what the blocks add: small embeddings and large residual projections keep the model from just
        # repeating its last token.
        self.embed = w(cfg.vocab, h, std=0.15 if cfg.tie else 1.0)
        res = 4.0 if cfg.tie else 0.7
        self.layers = nn.ModuleList()
        for _ in range(cfg.layers):
            layer = nn.Module()
            layer.input_norm = nn.Parameter(1.0 + 0.1 * torch.randn(h, generator=g))
            layer.q = w(cfg.heads * d, h, std=1.0 / math.sqrt(h))
            layer.k = w(cfg.kv_heads * d, h, std=1.0 / math.sqrt(h))
            layer.v = w(cfg.kv_heads * d, h, std=1.0 / math.sqrt(h))
            layer.o = w(h, cfg.heads * d, std=res / math.sqrt(cfg.heads * d))
            layer.post_norm = nn.Parameter(1.0 + 0.1 * torch.randn(h, generator=g))
            layer.gate = w(cfg.inter, h, std=1.0 / math.sqrt(h))
            layer.up = w(cfg.inter, h, std=1.0 / math.sqrt(h))
            layer.down = w(h, cfg.inter, std=res / math.sqrt(cfg.inter))
            self.layers.append(layer)
        self.norm = nn.Parameter(1.0 + 0.1 * torch.randn(h, generator=g))
        if not cfg.tie:
            head = torch.randn(cfg.vocab, h, generator=g) * (2.0 / math.sqrt(h))
            head[cfg.tok_vocab:] *= cfg.pad_scale  # padding rows (never produced by the tokenizer)
            self.lm_head = nn.Parameter(head)
        self.register_buffer("inv_freq", 1.0 / (cfg.theta ** (torch.arange(0, d, 2).float() / d)), persistent=False)
        if cfg.half:
            for p in self.parameters():
                p.data = p.data.half()

    @staticmethod
    def f(p):
        return p.float() if p.dtype == torch.float16 else p

    def rms(self, x, w):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.cfg.eps) * self.f(w)

    def forward(self, input_ids, attention_mask, position_ids, past):
        """past: None (no cache inputs at all) or a list of (key, value) [b, kv_heads, past, head_dim] in float32.
        Returns logits [b, t, vocab] and the new cache (float32)."""
        cfg = self.cfg
        b, t = input_ids.shape[0], input_ids.shape[1]
        total = attention_mask.shape[1]
        q_pos = torch.arange(total - t, total).unsqueeze(1)
        k_pos = torch.arange(total).unsqueeze(0)
        allowed = (k_pos <= q_pos).unsqueeze(0).unsqueeze(0) & (attention_mask > 0).unsqueeze(1).unsqueeze(1)
        bias = torch.where(allowed, torch.zeros((), dtype=torch.float32), torch.full((), -1e9))
        freqs = position_ids.unsqueeze(-1).float() * self.inv_freq
        emb = torch.cat([freqs, freqs], dim=-1)
        cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)

        half = cfg.head_dim // 2

        def rope(x):
            rot = torch.cat([-x[..., half:], x[..., :half]], dim=-1)
            return x * cos + rot * sin

        x = F.embedding(input_ids, self.f(self.embed))
        rep = cfg.heads // cfg.kv_heads
        d = cfg.head_dim
        present = []
        kv_index = torch.arange(cfg.heads) // rep
        for i, layer in enumerate(self.layers):
            hN = self.rms(x, layer.input_norm)
            q = F.linear(hN, self.f(layer.q)).view(b, t, cfg.heads, d).transpose(1, 2)
            k = F.linear(hN, self.f(layer.k)).view(b, t, cfg.kv_heads, d).transpose(1, 2)
            v = F.linear(hN, self.f(layer.v)).view(b, t, cfg.kv_heads, d).transpose(1, 2)
            q, k = rope(q), rope(k)
            if past is not None:
                k = torch.cat([past[i][0], k], dim=2)
                v = torch.cat([past[i][1], v], dim=2)
            present.append((k, v))
            kk, vv = k, v
            if rep > 1:  # repeat_kv: query head j reads kv head j // rep
                kk, vv = k.index_select(1, kv_index), v.index_select(1, kv_index)
            att = torch.matmul(q, kk.transpose(2, 3)) * (1.0 / math.sqrt(d)) + bias
            y = torch.matmul(F.softmax(att, dim=-1), vv)
            x = x + F.linear(y.transpose(1, 2).flatten(2), self.f(layer.o))
            hN = self.rms(x, layer.post_norm)
            x = x + F.linear(F.silu(F.linear(hN, self.f(layer.gate))) * F.linear(hN, self.f(layer.up)),
                             self.f(layer.down))
        x = self.rms(x, self.norm)
        logits = F.linear(x, self.f(self.embed if cfg.tie else self.lm_head))
        return logits, present


class Wrapper(nn.Module):
    """The exported signature. mode: 'past' (Optimum with past), 'nopast' (decoder_model.onnx),
    'genai' (no position_ids input; positions from the attention mask)."""

    def __init__(self, model, mode):
        super().__init__()
        self.model, self.mode = model, mode
        self.half = model.cfg.half

    def forward(self, input_ids, attention_mask, *rest):
        if self.mode == "genai":
            t, total = input_ids.shape[1], attention_mask.shape[1]
            pos_all = attention_mask.cumsum(-1) - 1
            pos_all = pos_all.masked_fill(attention_mask == 0, 1)
            position_ids = pos_all.index_select(1, torch.arange(total - t, total))
            flat = rest
        else:
            position_ids, flat = rest[0], rest[1:]
        past = None
        if self.mode != "nopast":
            past = [(flat[i].float(), flat[i + 1].float()) for i in range(0, len(flat), 2)]
        logits, present = self.model(input_ids, attention_mask, position_ids, past)
        out = [logits] + [t for kv in present for t in kv]
        if self.half:
            out = [t.half() for t in out]
        return tuple(out)


def io_names(cfg, mode):
    past, present = [], []
    for i in range(cfg.layers):
        past += [f"past_key_values.{i}.key", f"past_key_values.{i}.value"]
        present += [f"present.{i}.key", f"present.{i}.value"]
    inputs = ["input_ids", "attention_mask"] + ([] if mode == "genai" else ["position_ids"])
    if mode != "nopast":
        inputs += past
    return inputs, ["logits"] + present, past, present


def export(model, mode, path):
    cfg = model.cfg
    batch, seq, past_len = 2, 3, 2
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(0, cfg.tok_vocab, (batch, seq), generator=g)
    total = seq + (0 if mode == "nopast" else past_len)
    mask = torch.ones(batch, total, dtype=torch.long)
    pos = torch.arange(total - seq, total).unsqueeze(0).expand(batch, seq).contiguous()
    dt = torch.float16 if cfg.half else torch.float32
    inputs, outputs, past_names, present_names = io_names(cfg, mode)
    args = [ids, mask] + ([] if mode == "genai" else [pos])
    if mode != "nopast":
        args += [torch.zeros(batch, cfg.kv_heads, past_len, cfg.head_dim, dtype=dt) for _ in past_names]
    axes = {"input_ids": {0: "batch_size", 1: "sequence_length"},
            "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
            "logits": {0: "batch_size", 1: "sequence_length"}}
    if mode != "genai":
        axes["position_ids"] = {0: "batch_size", 1: "sequence_length"}
    for n in past_names:
        axes[n] = {0: "batch_size", 2: "past_sequence_length"}
    for n in present_names:
        axes[n] = {0: "batch_size", 2: "total_sequence_length"}
    axes = {k: v for k, v in axes.items() if k in inputs or k in outputs}
    with torch.no_grad():
        torch.onnx.export(Wrapper(model, mode).eval(), tuple(args), path, input_names=inputs, output_names=outputs,
                          dynamic_axes=axes, opset_version=14, do_constant_folding=False)
    m = onnx.load(path)
    onnx.checker.check_model(m)
    return m


# ----------------------------------------------------------------------------------------------------
# Optimum-style merge: If(use_cache_branch) { with past } else { no past }, initializers shared on top
# ----------------------------------------------------------------------------------------------------

def merge_decoders(no_past, with_past):
    top, seen = [], {}
    branch_inits = {"no_past": [], "with_past": []}
    renames = {"no_past": {}, "with_past": {}}
    for tag, m in (("no_past", no_past), ("with_past", with_past)):
        for init in m.graph.initializer:
            # Optimum keeps scalars and 1-D int32/int64 initializers inside the branches.
            if len(init.dims) == 0 or (len(init.dims) == 1 and init.data_type in (6, 7)):
                branch_inits[tag].append(init)
                continue
            key = (init.data_type, tuple(init.dims), numpy_helper.to_array(init).tobytes())
            if key in seen:
                renames[tag][init.name] = seen[key]
                continue
            name = init.name
            if any(t.name == name for t in top):
                name = f"{name}_{tag}"
                renames[tag][init.name] = name
            seen[key] = name
            t = onnx.TensorProto()
            t.CopyFrom(init)
            t.name = name
            top.append(t)

    def branch(m, tag):
        ren = dict(renames[tag])
        outputs = {o.name for o in m.graph.output}
        inputs = {i.name for i in m.graph.input}
        # Prefix internal value names so that the two branches never share a name.
        for node in m.graph.node:
            for o in node.output:
                if o and o not in outputs:
                    ren[o] = f"{tag}/{o}"
        for init in branch_inits[tag]:
            ren[init.name] = f"{tag}/{init.name}"
        nodes = []
        for node in m.graph.node:
            n = onnx.NodeProto()
            n.CopyFrom(node)
            n.ClearField("input")
            n.input.extend([ren.get(x, x) if x not in inputs else x for x in node.input])
            n.ClearField("output")
            n.output.extend([ren.get(x, x) for x in node.output])
            if n.name:
                n.name = f"{tag}/{n.name}"
            nodes.append(n)
        inits = []
        for init in branch_inits[tag]:
            t = onnx.TensorProto()
            t.CopyFrom(init)
            t.name = ren[init.name]
            inits.append(t)
        return helper.make_graph(nodes, tag, [], list(m.graph.output), inits)

    no_past_branch = branch(no_past, "no_past")
    with_past_branch = branch(with_past, "with_past")
    use_cache = helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1])  # as Optimum: shape [1]
    if_node = helper.make_node("If", ["use_cache_branch"], [o.name for o in no_past.graph.output],
                               name="optimum::if", then_branch=with_past_branch, else_branch=no_past_branch)
    graph = helper.make_graph([if_node], "merged", list(with_past.graph.input) + [use_cache],
                              list(no_past.graph.output), top)
    merged = helper.make_model(graph, opset_imports=list(with_past.opset_import),
                               producer_name=with_past.producer_name, producer_version=with_past.producer_version)
    merged.ir_version = with_past.ir_version
    onnx.checker.check_model(merged)
    return merged


# ----------------------------------------------------------------------------------------------------
# References
# ----------------------------------------------------------------------------------------------------

def run_ref(model, mode, ids_list, past):
    """One step through the exported wrapper itself, so float16 I/O rounding is reproduced exactly."""
    cfg = model.cfg
    ids = torch.tensor([ids_list], dtype=torch.long)
    past_len = 0 if past is None else past[0].shape[2]
    total = past_len + len(ids_list)
    mask = torch.ones(1, total, dtype=torch.long)
    pos = torch.arange(past_len, total).unsqueeze(0)
    dt = torch.float16 if cfg.half else torch.float32
    if past is None and mode != "nopast":
        past = [torch.zeros(1, cfg.kv_heads, 0, cfg.head_dim, dtype=dt) for _ in range(2 * cfg.layers)]
    args = [ids, mask] + ([] if mode == "genai" else [pos]) + ([] if mode == "nopast" else list(past))
    with torch.no_grad():
        out = Wrapper(model, mode)(*args)
    return out[0][0], list(out[1:])


def greedy_margin(row, tok_vocab):
    top = torch.topk(row[:tok_vocab].float(), 2)
    return int(top.indices[0]), float(top.values[0] - top.values[1])


def reference_case(model, mode, tok, text, add_bos):
    cfg = model.cfg
    prompt = tok.encode(text, add_bos)
    assert len(prompt) + GREEDY_STEPS <= CONTEXT
    logits, present = run_ref(model, mode if mode != "nopast" else "past", prompt, None)
    # the reference always uses the cache; the no-past file recomputes from scratch and must agree
    greedy, margins = [], []
    row = logits[-1]
    for step in range(GREEDY_STEPS):
        nxt, margin = greedy_margin(row, cfg.tok_vocab)
        greedy.append(nxt)
        margins.append(margin)
        if step + 1 < GREEDY_STEPS:
            out, present = run_ref(model, mode if mode != "nopast" else "past", [nxt], present)
            row = out[-1]
    full = tok.decode(prompt + greedy)
    decoded_prompt = tok.decode(prompt)
    return {"text": text, "prompt_ids": prompt, "logits": logits, "greedy": greedy, "margins": margins,
            "full_text": full, "decoded_prompt": decoded_prompt}


def case_json(c, digits=7):
    assert c["full_text"].startswith(c["decoded_prompt"]), (c["full_text"], c["decoded_prompt"])
    return {"text": c["text"], "prompt_ids": c["prompt_ids"],
            "logits": [[float("%.*g" % (digits, v)) for v in row.tolist()] for row in c["logits"].float()],
            "greedy": c["greedy"], "greedy_text": c["full_text"][len(c["decoded_prompt"]):],
            "decoded_prompt": c["decoded_prompt"]}


def dump_json(obj, path):
    """Indented JSON, but any list of numbers on one line (keeps logits rows compact and diffable)."""
    def enc(o, ind):
        pad = " " * ind
        if isinstance(o, dict):
            if not o:
                return "{}"
            items = [f'{pad} {json.dumps(k, ensure_ascii=False)}: {enc(v, ind + 1)}' for k, v in o.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(o, list):
            if all(isinstance(v, (int, float, str, bool)) or v is None for v in o):
                return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in o) + "]"
            return "[\n" + ",\n".join(pad + " " + enc(v, ind + 1) for v in o) + "\n" + pad + "]"
        return json.dumps(o, ensure_ascii=False)
    with open(path, "w", encoding="utf-8") as f:
        f.write(enc(obj, 0) + "\n")


def write_json(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ----------------------------------------------------------------------------------------------------
# Fixtures
# ----------------------------------------------------------------------------------------------------

def hf_config(cfg, tok, bos_id, eos_id, explicit_head_dim=False):
    c = {"architectures": ["LlamaForCausalLM"], "attention_bias": False, "attention_dropout": 0.0,
         "bos_token_id": bos_id, "eos_token_id": eos_id, "hidden_act": "silu", "hidden_size": cfg.hidden,
         "initializer_range": 0.02, "intermediate_size": cfg.inter, "max_position_embeddings": CONTEXT,
         "mlp_bias": False, "model_type": "llama", "num_attention_heads": cfg.heads,
         "num_hidden_layers": cfg.layers, "num_key_value_heads": cfg.kv_heads, "pretraining_tp": 1,
         "rms_norm_eps": cfg.eps, "rope_scaling": None, "rope_theta": cfg.theta,
         "tie_word_embeddings": cfg.tie, "torch_dtype": "float16" if cfg.half else "float32",
         "transformers_version": "4.44.2", "use_cache": True, "vocab_size": cfg.vocab}
    if explicit_head_dim:
        c["head_dim"] = cfg.head_dim
    return dict(sorted(c.items()))


def good_case(r, tok):
    """Every greedy decision has a clear winner, no greedy id is a special token (a host that stops at EOS
    would cut the continuation short), at least 3 distinct greedy ids (so that a broken cache shows), and the prompt's text is a prefix of the continued text."""
    return (min(r["margins"]) >= MIN_MARGIN and not set(r["greedy"]) & set(tok.specials.values())
            and len(set(r["greedy"])) >= 3
            and r["full_text"].startswith(r["decoded_prompt"]))


def teach(model, ids, steps=300, lr=2e-2):
    """Trains a random model briefly on one sequence, so that greedy decoding after its first word goes on
    with it: the command line's check that "Once" continues as "Once upon a time" then reads real text."""
    torch.manual_seed(0)
    x = torch.tensor([ids], dtype=torch.long)
    mask = torch.ones_like(x)
    pos = torch.arange(x.shape[1]).unsqueeze(0)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(steps):
        logits, _ = model(x, mask, pos, None)
        loss = F.cross_entropy(logits[0, :-1], x[0, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def build_model(cfg, mode, tok, cases, add_bos, base_seed, extra_check=None, taught=None):
    """Seeds from base_seed upwards until every greedy decision has a top-2 margin >= MIN_MARGIN."""
    for seed in range(base_seed, base_seed + 200):
        model = TinyLlama(cfg, seed)
        if taught is not None:
            teach(model, taught)
        model = model.eval()
        refs = [reference_case(model, mode, tok, text, add_bos) for text in cases]
        ok = all(good_case(r, tok) for r in refs)
        if ok and extra_check is not None:
            ok = extra_check(refs)
        if ok:
            return model, refs, seed
    raise SystemExit("no seed satisfied the margin checks")


def reset(folder):
    path = os.path.join(OUT, folder)
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def write_tokenizer(path, tok, tok_config):
    write_json(tok.tokenizer_json(), os.path.join(path, "tokenizer.json"))
    write_json(tok_config, os.path.join(path, "tokenizer_config.json"))
    specials = {"bos_token": tok.bos, "eos_token": tok.eos} if hasattr(tok, "bos") else \
        {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"}
    if isinstance(tok, ByteLevelBPE) and tok.style == "gpt2":
        specials["unk_token"] = tok.eos
    write_json(specials, os.path.join(path, "special_tokens_map.json"))


def reference_json(path, about, cfg, layout, bos_source, variants):
    doc = {"about": about,
           "expect": {"cache_layout": layout, "input_ids_type": "int64", "layers": cfg.layers,
                      "kv_heads": cfg.kv_heads, "head_dim": cfg.head_dim, "bos_source": bos_source,
                      "context": CONTEXT},
           "variants": variants}
    dump_json(doc, os.path.join(path, "reference.json"))


def variant(label, file, tol, dtype, refs):
    return {"label": label, "file": file, "tolerance": tol, "cache_type": dtype, "logits_type": dtype,
            # float16 holds ~3.3 decimal digits: 5 significant digits store it well inside the tolerance
            "cases": [case_json(r, 5 if dtype == "float16" else 7) for r in refs]}


def generation_config(bos, eos):
    return {"_from_model_config": True, "bos_token_id": bos, "eos_token_id": eos, "transformers_version": "4.44.2"}


def main():
    os.makedirs(OUT, exist_ok=True)
    t1 = ByteLevelBPE("llama3", 60)
    t2 = SentencePieceBPE(60)
    t3 = ByteLevelBPE("gpt2", 60)
    summary = {}

    # 1 + 9: Llama 3 style, GQA, padding rows in the logits ----------------------------------------
    t1_cfg = t1.tokenizer_config()
    add_bos, bos_source = wants_bos(t1, t1_cfg)
    assert add_bos and bos_source == "tokenizer.json post_processor"
    cfg = Cfg(vocab=t1.size + 6, tok_vocab=t1.size, heads=4, kv_heads=2, inter=48, pad_scale=3.0)
    texts = ["Once upon a time", "The cat sat, 42 times!"]
    bos_id, eos_id = t1.specials[t1.bos], t1.specials[t1.eos]

    def llama3_checks(refs):
        # a raw argmax over the full width must land on a padding row somewhere, and the same model must
        # also pass the checks without BOS (llama3-no-bos-override)
        if not any(int(r["logits"][j].argmax()) >= cfg.tok_vocab for r in refs for j in range(len(r["logits"]))):
            return False
        return all(good_case(reference_case(model_of[0], "past", t1, text, False), t1) for text in texts)

    model_of = []

    def build_model_llama3():
        for seed in range(100, 300):
            model_of[:] = [TinyLlama(cfg, seed).eval()]
            refs = [reference_case(model_of[0], "past", t1, text, True) for text in texts]
            if all(good_case(r, t1) for r in refs) and llama3_checks(refs):
                return model_of[0], refs, seed
        raise SystemExit("no seed satisfied the checks")

    model, refs, seed = build_model_llama3()
    path = reset("llama3-gqa-template-bos")
    export(model, "past", os.path.join(path, "model.onnx"))
    write_tokenizer(path, t1, t1_cfg)
    write_json(hf_config(cfg, t1, bos_id, eos_id), os.path.join(path, "config.json"))
    write_json(generation_config(bos_id, eos_id), os.path.join(path, "generation_config.json"))
    reference_json(path, "Llama 3 style: GQA (4 heads, 2 kv heads), Optimum model.onnx with past and position_ids, "
                   "BOS from the tokenizer.json TemplateProcessing post-processor, logits wider than the tokenizer "
                   "(6 padding rows that win the raw argmax at some positions)",
                   cfg, "separate", bos_source, [variant("fp32", "model.onnx", 1e-4, "float32", refs)])
    summary["llama3-gqa-template-bos"] = seed

    t4_cfg = t1.tokenizer_config(add_bos_override=False)
    add_bos4, bos_source4 = wants_bos(t1, t4_cfg)
    assert not add_bos4 and bos_source4 == "tokenizer_config.json"
    refs4 = [reference_case(model, "past", t1, text, False) for text in texts]
    assert all(good_case(r, t1) for r in refs4)
    path = reset("llama3-no-bos-override")
    shutil.copy(os.path.join(OUT, "llama3-gqa-template-bos", "model.onnx"), os.path.join(path, "model.onnx"))
    write_tokenizer(path, t1, t4_cfg)
    write_json(hf_config(cfg, t1, bos_id, eos_id), os.path.join(path, "config.json"))
    write_json(generation_config(bos_id, eos_id), os.path.join(path, "generation_config.json"))
    reference_json(path, "Same model and tokenizer.json as llama3-gqa-template-bos, but tokenizer_config.json says "
                   "add_bos_token false: the config wins over the template, so no BOS is added",
                   cfg, "separate", bos_source4, [variant("fp32", "model.onnx", 1e-4, "float32", refs4)])
    summary["llama3-no-bos-override"] = seed

    # 2: SentencePiece BPE with byte fallback -------------------------------------------------------
    t2_cfg = t2.tokenizer_config()
    add_bos, bos_source = wants_bos(t2, t2_cfg)
    assert add_bos and bos_source == "tokenizer_config.json"
    cfg = Cfg(vocab=t2.size, tok_vocab=t2.size, heads=4, kv_heads=2)
    texts = ["Once", "café ☃"]
    ids = t2.encode("Once upon a time", True)
    assert [t2.id_to_token[i] for i in ids[1:]] == [SPIECE + "Once", SPIECE + "upon", SPIECE + "a", SPIECE + "time"], \
        [t2.id_to_token[i] for i in ids]
    assert any(3 <= i < 259 for i in t2.encode(texts[1], True)), "no byte fallback"

    def reads_on(refs):  # the taught continuation, with the space a Strip decoder drops from a lone decode
        return refs[0]["full_text"][len(refs[0]["decoded_prompt"]):].startswith(" upon a time")

    model, refs, seed = build_model(cfg, "past", t2, texts, True, 200, reads_on, taught=ids)
    path = reset("sentencepiece-bpe")
    export(model, "past", os.path.join(path, "model.onnx"))
    write_tokenizer(path, t2, t2_cfg)
    write_json(hf_config(cfg, t2, 1, 2), os.path.join(path, "config.json"))
    write_json(generation_config(1, 2), os.path.join(path, "generation_config.json"))
    reference_json(path, "Llama 2 / Mistral style SentencePiece BPE tokenizer.json (Prepend/Replace normalizer, "
                   "byte_fallback, Strip decoder), BOS from tokenizer_config.json add_bos_token; the model was "
                   "taught 'Once upon a time', so the greedy text after 'Once' is ' upon a time', with the space a "
                   "lone decode strips; 'café ☃' goes through byte fallback",
                   cfg, "separate", bos_source, [variant("fp32", "model.onnx", 1e-4, "float32", refs)])
    summary["sentencepiece-bpe"] = seed

    # T3 folders: GPT-2 tokenizer, tied embeddings --------------------------------------------------
    t3_cfg = t3.tokenizer_config()
    add_bos, t3_bos_source = wants_bos(t3, t3_cfg)
    assert not add_bos and t3_bos_source == "none"
    eot = t3.specials["<|endoftext|>"]
    texts = ["Once upon a time", "The robot counted the stars"]

    # 3 + 4: Optimum split and merged
    cfg = Cfg(vocab=t3.size, tok_vocab=t3.size, heads=4, kv_heads=2, inter=32, tie=True)
    model, refs, seed = build_model(cfg, "past", t3, texts, False, 300)
    path = reset("optimum-split")
    no_past = export(model, "nopast", os.path.join(path, "decoder_model.onnx"))
    with_past = export(model, "past", os.path.join(path, "decoder_with_past_model.onnx"))
    write_tokenizer(path, t3, t3_cfg)
    write_json(hf_config(cfg, t3, eot, eot), os.path.join(path, "config.json"))
    write_json(generation_config(eot, eot), os.path.join(path, "generation_config.json"))
    reference_json(path, "Optimum split export: decoder_with_past_model.onnx (default; runs with an empty past) and "
                   "decoder_model.onnx (no past inputs, outputs present.*); GPT-2 style tokenizer, no BOS",
                   cfg, "separate", t3_bos_source,
                   [variant("fp32", "decoder_with_past_model.onnx", 1e-4, "float32", refs),
                    dict(variant("decoder_model", "decoder_model.onnx", 1e-4, "float32", refs),
                         cache_layout="none")])
    summary["optimum-split"] = seed

    path = reset("optimum-merged")
    onnx.save(merge_decoders(no_past, with_past), os.path.join(path, "decoder_model_merged.onnx"))
    write_tokenizer(path, t3, t3_cfg)
    write_json(hf_config(cfg, t3, eot, eot), os.path.join(path, "config.json"))
    write_json(generation_config(eot, eot), os.path.join(path, "generation_config.json"))
    reference_json(path, "Optimum merged export: decoder_model_merged.onnx, If on use_cache_branch (bool, shape [1]) "
                   "with the with-past graph as then-branch and the no-past graph as else-branch, initializers "
                   "shared at top level; the past inputs are fed empty on the first step",
                   cfg, "separate", t3_bos_source,
                   [variant("merged", "decoder_model_merged.onnx", 1e-4, "float32", refs)])
    summary["optimum-merged"] = seed

    # 5: onnxruntime-genai style folder, no config.json, no position_ids
    t1_cfg = t1.tokenizer_config()
    add_bos, bos_source = wants_bos(t1, t1_cfg)
    cfg = Cfg(vocab=t1.size, tok_vocab=t1.size, heads=4, kv_heads=2, inter=32, tie=True)
    texts5 = ["Once upon a time", "The cat sat on the mat"]
    model, refs, seed = build_model(cfg, "genai", t1, texts5, True, 500)
    path = reset("genai-no-config")
    export(model, "genai", os.path.join(path, "model.onnx"))
    write_tokenizer(path, t1, t1_cfg)
    genai = {"model": {
        "bos_token_id": bos_id, "context_length": CONTEXT,
        "decoder": {"session_options": {"log_id": "onnxruntime-genai", "provider_options": []},
                    "filename": "model.onnx", "head_size": cfg.head_dim, "hidden_size": cfg.hidden,
                    "inputs": {"input_ids": "input_ids", "attention_mask": "attention_mask",
                               "past_key_names": "past_key_values.%d.key",
                               "past_value_names": "past_key_values.%d.value"},
                    "outputs": {"logits": "logits", "present_key_names": "present.%d.key",
                                "present_value_names": "present.%d.value"},
                    "num_attention_heads": cfg.heads, "num_hidden_layers": cfg.layers,
                    "num_key_value_heads": cfg.kv_heads},
        "eos_token_id": eos_id, "pad_token_id": eos_id, "type": "llama", "vocab_size": cfg.vocab},
        "search": {"diversity_penalty": 0.0, "do_sample": False, "early_stopping": True, "length_penalty": 1.0,
                   "max_length": CONTEXT, "min_length": 0, "no_repeat_ngram_size": 0, "num_beams": 1,
                   "num_return_sequences": 1, "past_present_share_buffer": False, "repetition_penalty": 1.0,
                   "temperature": 1.0, "top_k": 1, "top_p": 1.0}}
    write_json(genai, os.path.join(path, "genai_config.json"))
    reference_json(path, "onnxruntime-genai builder style folder: genai_config.json and no config.json; the graph has "
                   "no position_ids input (positions are cumsum(attention_mask)-1 inside); Llama 3 style tokenizer",
                   cfg, "separate", bos_source, [variant("fp32", "model.onnx", 1e-4, "float32", refs)])
    summary["genai-no-config"] = seed

    # 6: external data
    cfg = Cfg(vocab=t3.size, tok_vocab=t3.size, heads=4, kv_heads=2, inter=32, tie=True)
    model, refs, seed = build_model(cfg, "past", t3, texts, False, 600)
    path = reset("external-data")
    tmp = os.path.join(path, "tmp.onnx")
    m = export(model, "past", tmp)
    os.remove(tmp)
    onnx.save(m, os.path.join(path, "model.onnx"), save_as_external_data=True, all_tensors_to_one_file=True,
              location="model.onnx_data", size_threshold=0)
    write_tokenizer(path, t3, t3_cfg)
    write_json(hf_config(cfg, t3, eot, eot), os.path.join(path, "config.json"))
    write_json(generation_config(eot, eot), os.path.join(path, "generation_config.json"))
    reference_json(path, "model.onnx with every initializer in model.onnx_data (ONNX external data, one file); "
                   "GPT-2 style tokenizer, no BOS",
                   cfg, "separate", t3_bos_source, [variant("fp32", "model.onnx", 1e-4, "float32", refs)])
    summary["external-data"] = seed

    # 7: multi-query attention, head_dim != hidden / heads
    cfg = Cfg(vocab=t3.size, tok_vocab=t3.size, heads=4, kv_heads=1, head_dim=16, inter=32, tie=True)
    model, refs, seed = build_model(cfg, "past", t3, texts, False, 700)
    path = reset("mqa-head-dim")
    export(model, "past", os.path.join(path, "model.onnx"))
    write_tokenizer(path, t3, t3_cfg)
    write_json(hf_config(cfg, t3, eot, eot, explicit_head_dim=True), os.path.join(path, "config.json"))
    write_json(generation_config(eot, eot), os.path.join(path, "generation_config.json"))
    reference_json(path, "multi-query attention (4 heads, 1 kv head) with head_dim 16 while hidden_size is 32 "
                   "(config.json gives head_dim); GPT-2 style tokenizer, no BOS",
                   cfg, "separate", t3_bos_source, [variant("fp32", "model.onnx", 1e-4, "float32", refs)])
    summary["mqa-head-dim"] = seed

    # 8: float16 weights, cache and logits (float32 arithmetic inside the graph)
    cfg = Cfg(vocab=t3.size, tok_vocab=t3.size, heads=4, kv_heads=2, inter=32, tie=True, half=True)
    model, refs, seed = build_model(cfg, "past", t3, texts, False, 800)
    for r in refs:  # margins must also survive the float16 rounding of the logits
        assert all(m >= MIN_MARGIN for m in r["margins"])
    path = reset("fp16")
    m = export(model, "past", os.path.join(path, "model.onnx"))
    for vi in list(m.graph.input)[3:] + list(m.graph.output):
        assert vi.type.tensor_type.elem_type == TensorProto.FLOAT16, vi.name
    assert all(i.data_type == TensorProto.FLOAT16 for i in m.graph.initializer if len(i.dims) >= 2)
    write_tokenizer(path, t3, t3_cfg)
    write_json(hf_config(cfg, t3, eot, eot), os.path.join(path, "config.json"))
    write_json(generation_config(eot, eot), os.path.join(path, "generation_config.json"))
    reference_json(path, "float16 weights, float16 past/present and float16 logits (the graph casts to float32 for "
                   "the arithmetic); GPT-2 style tokenizer, no BOS",
                   cfg, "separate", t3_bos_source, [variant("fp16", "model.onnx", 1e-2, "float16", refs)])
    summary["fp16"] = seed

    total = 0
    for folder in FOLDERS:
        p = os.path.join(OUT, folder)
        size = sum(os.path.getsize(os.path.join(p, f)) for f in os.listdir(p))
        total += size
        print(f"{folder:28s} seed {summary[folder]:4d}  {size / 1024:7.1f} KiB")
    print(f"{'total':28s}            {total / 1024:7.1f} KiB")


if __name__ == "__main__":
    main()
