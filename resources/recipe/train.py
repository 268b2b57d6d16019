"""Recipe for Tokenscope's embedded demo model. Run from the repository root:

    /usr/bin/python3 resources/recipe/train.py

Needs Debian's python3-torch, libopenblas0-pthread, python3-onnx and r-cran-janeaustenr. Deterministic
for a fixed seed and thread count. Writes the model folder, the bundled corpus, the model card and the
reference outputs that the golden tests read.
"""
import argparse
import gzip
import json
import math
import os
import platform
import random
import time

import torch

import baselines
import bpe
import corpus
import export
from model import GPT, Config

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "resources/src/main/resources/org/tokenscope/resources/demo")
TEST_OUT = os.path.join(ROOT, "model-host/src/test/resources/golden")
TINY_OUT = os.path.join(ROOT, "model-host/src/test/resources/tiny-fp16")
REFERENCE_PROMPTS = [
    "It is a truth universally acknowledged, that a single man in possession of a good fortune",
    "Elizabeth looked at her sister",
    "\"My dear Mr. Bennet,\" said his lady to him one day, \"have you heard",
    "Anne had never seen",
]
REF_STRIDE = 8
SAMPLE_PROMPTS = ["Mr. Darcy", "She was", "\"I cannot"]


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=900)
    p.add_argument("--batch", type=int, default=24)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--vocab", type=int, default=4096)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=1234)
    return p.parse_args()


def encode_chapters(tok, chapters):
    """One token stream; EOT between chapters; returns the stream and the paragraph start offsets."""
    stream, starts = [], []
    for ch in chapters:
        for para in ch:
            starts.append(len(stream))
            stream += tok.encode(para + "\n")
        stream.append(tok.eot_id)
    return stream, starts


def batches(stream, starts, cfg, batch, rng):
    """Samples are BOS + the text from a random paragraph start, so a prompt after BOS is in-distribution."""
    usable = [s for s in starts if s + cfg.context <= len(stream)]
    while True:
        rows = []
        for _ in range(batch):
            s = rng.choice(usable)
            rows.append([stream[-1]] + stream[s:s + cfg.context])
        yield torch.tensor(rows)


@torch.no_grad()
def heldout_nats(model, tok, stream):
    """Total nats over the held-out text tokens (EOT targets excluded), in BOS-prefixed windows."""
    cfg, total, count = model.cfg, 0.0, 0
    window = cfg.context - 1
    for s in range(0, len(stream), window):
        chunk = stream[s:s + window]
        ids = torch.tensor([[tok.eot_id] + chunk])
        logits, _, _ = model(ids, torch.ones_like(ids), torch.arange(ids.shape[1]).unsqueeze(0), model.empty_cache(1))
        logp = torch.log_softmax(logits[0, :-1].double(), dim=-1)
        targets = ids[0, 1:]
        keep = targets != tok.eot_id
        total -= logp[torch.arange(len(targets)), targets][keep].sum().item()
        count += int(keep.sum())
    return total, count


@torch.no_grad()
def greedy(model, ids, n):
    """Greedy continuation with the KV cache; returns ids and the top-2 margin of each choice."""
    past = model.empty_cache(1)
    x = torch.tensor([ids])
    total, out, margins = 0, [], []
    for _ in range(n):
        t = x.shape[1]
        mask = torch.ones(1, total + t, dtype=torch.long)
        pos = torch.arange(total, total + t).unsqueeze(0)
        logits, past, _ = model(x, mask, pos, past)
        total += t
        top2 = torch.topk(logits[0, -1], 2)
        nxt = int(top2.indices[0])
        margins.append(float(top2.values[0] - top2.values[1]))
        out.append(nxt)
        x = torch.tensor([[nxt]])
    return out, margins


@torch.no_grad()
def sample(model, tok, prompt, n, gen):
    ids = [tok.eot_id] + tok.encode(prompt)
    for _ in range(n):
        x = torch.tensor([ids[-model.cfg.context:]])
        logits, _, _ = model(x, torch.ones_like(x), torch.arange(x.shape[1]).unsqueeze(0), model.empty_cache(1))
        probs = torch.softmax(logits[0, -1] / 0.8, dim=-1)
        nxt = int(torch.multinomial(probs, 1, generator=gen))
        if nxt == tok.eot_id:
            break
        ids.append(nxt)
    return tok.decode(ids[1:])


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            return next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "unknown CPU"


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_model_folder(cfg, tok):
    write_json(os.path.join(OUT, "config.json"), {
        "model_type": "tokenscope-gpt", "architectures": ["TokenscopeGPT"], "name": "Tokenscope Austen demo",
        "vocab_size": cfg.vocab_size, "num_hidden_layers": cfg.n_layer, "num_attention_heads": cfg.n_head,
        "num_key_value_heads": cfg.n_head, "hidden_size": cfg.d_model, "head_dim": cfg.head_dim,
        "max_position_embeddings": cfg.context, "bos_token_id": tok.eot_id, "eos_token_id": tok.eot_id,
        "tie_word_embeddings": True, "unembedding": {"file": "weights.safetensors", "tensor": "tok_emb.weight",
                                                      "final_norm": ["ln_f.weight", "ln_f.bias"]}})
    write_json(os.path.join(OUT, "generation_config.json"),
               {"bos_token_id": tok.eot_id, "eos_token_id": [tok.eot_id], "max_length": cfg.context})
    write_json(os.path.join(OUT, "tokenizer_config.json"), {
        "tokenizer_class": "PreTrainedTokenizerFast", "add_bos_token": True, "add_eos_token": False,
        "bos_token": bpe.EOT, "eos_token": bpe.EOT, "unk_token": None, "model_max_length": cfg.context})
    tok.write_tokenizer_json(os.path.join(OUT, "tokenizer.json"))


def write_corpus(train_ch, heldout_ch):
    for name, chs in (("austen-train.txt.gz", train_ch), ("austen-heldout.txt.gz", heldout_ch)):
        text = "\n".join(corpus.chapter_text(c) for c in chs)
        # mtime=0 keeps the archive byte-identical between runs
        with open(os.path.join(OUT, name), "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as f:
            f.write(text.encode("utf-8"))


def main():
    args = parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TEST_OUT, exist_ok=True)
    t_start = time.time()

    train_ch, heldout_ch, novel_stats = corpus.load()
    train_texts = [corpus.chapter_text(c) for c in train_ch]
    heldout_text = "".join(corpus.chapter_text(c) for c in heldout_ch)
    merges = bpe.train(train_texts, args.vocab)
    tok = bpe.Tokenizer(merges)
    cfg = Config(vocab_size=tok.vocab_size)
    stream, starts = encode_chapters(tok, train_ch)
    heldout_stream, _ = encode_chapters(tok, heldout_ch)
    heldout_bytes = len(heldout_text.encode("utf-8"))
    t_tok = time.time()
    print(f"tokenizer: {tok.vocab_size} ids, train {len(stream)} tokens, held-out {len(heldout_stream)} tokens "
          f"({heldout_bytes} bytes) in {t_tok - t_start:.0f}s", flush=True)

    model = GPT(cfg)
    n_params = sum(p.numel() for p in model.parameters())
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=args.lr, betas=(0.9, 0.95))
    warmup = max(1, args.steps // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warmup) * (
        0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, s / args.steps)))))
    data = batches(stream, starts, cfg, args.batch, rng)
    model.train()
    curve = []
    for step in range(args.steps):
        loss = model.loss(next(data))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        schedule.step()
        if step % 25 == 0 or step == args.steps - 1:
            curve.append((step, round(loss.item(), 4)))
            print(f"step {step} loss {loss.item():.4f} ({time.time() - t_tok:.0f}s)", flush=True)
    model.eval()
    t_train = time.time()

    nats, count = heldout_nats(model, tok, heldout_stream)
    train_targets = [t for t in stream if t != tok.eot_id]
    heldout_targets = [t for t in heldout_stream if t != tok.eot_id]
    uni = baselines.unigram_nats(train_targets, heldout_targets, cfg.vocab_size)
    bi = baselines.bigram_nats(stream, heldout_stream, cfg.vocab_size, tok.eot_id)
    bpb = {name: v / math.log(2) / heldout_bytes for name, v in (("model", nats), ("unigram", uni), ("bigram", bi))}
    print("held-out bits per byte:", bpb, flush=True)

    write_model_folder(cfg, tok)
    export.export(model, os.path.join(OUT, "model.onnx"))
    export.save_safetensors(model.state_dict(), os.path.join(OUT, "weights.safetensors"),
                            {"format": "pt", "unembedding": "tok_emb.weight (tied)"})
    write_corpus(train_ch, heldout_ch)
    write_reference(model, tok)
    write_tiny_fp16()
    gen = torch.Generator().manual_seed(args.seed)
    samples = [(p, sample(model, tok, p, 60, gen)) for p in SAMPLE_PROMPTS]
    import model_card
    model_card.write(os.path.join(OUT, "MODEL_CARD.md"), dict(
        cfg=cfg, n_params=n_params, novels=novel_stats, train_tokens=len(stream), heldout_tokens=count,
        heldout_bytes=heldout_bytes, bpb=bpb, steps=args.steps, batch=args.batch, lr=args.lr, seed=args.seed,
        threads=args.threads, curve=curve, samples=samples, seconds_train=t_train - t_tok,
        seconds_total=time.time() - t_start, machine=f"{platform.machine()}, {os.cpu_count()} logical CPUs, "
        f"{cpu_name()}", torch=torch.__version__, tokens_seen=args.steps * args.batch * cfg.context))
    print(f"done in {time.time() - t_start:.0f}s", flush=True)


@torch.no_grad()
def write_reference(model, tok):
    """Logits for fixed prompts (PyTorch eager): the whole last row, and every REF_STRIDE-th id of
    every row (the full matrix would be megabytes); plus greedy continuations."""
    prompts = []
    for text in REFERENCE_PROMPTS:
        ids = [tok.eot_id] + tok.encode(text)
        x = torch.tensor([ids])
        logits, _, hidden = model(x, torch.ones_like(x), torch.arange(len(ids)).unsqueeze(0), model.empty_cache(1))
        cont, margins = greedy(model, ids, 24)
        prompts.append({"text": text, "ids": ids,
                        "last_logits": [float(f"{v:.7g}") for v in logits[0, -1].tolist()],
                        "strided_logits": [[float(f"{v:.7g}") for v in row[::REF_STRIDE]] for row in logits[0].tolist()],
                        "hidden_last_mid": [float(f"{v:.7g}") for v in hidden[len(hidden) // 2][0, -1].tolist()],
                        "hidden_tap": f"hidden_states.{len(hidden) // 2}",
                        "greedy": cont, "greedy_text": tok.decode(cont),
                        "near_ties": [i for i, m in enumerate(margins) if m < 1e-3]})
    write_json(os.path.join(TEST_OUT, "reference.json"), {"bos": tok.eot_id, "stride": REF_STRIDE, "prompts": prompts})


def write_tiny_fp16():
    """A tiny random model twice: fp32 I/O and float16 cache/logits I/O, so float16 paths are tested."""
    torch.manual_seed(7)
    tiny = GPT(Config(vocab_size=512, n_layer=2, n_head=2, d_model=32, context=64)).eval()
    os.makedirs(os.path.join(TINY_OUT, "onnx"), exist_ok=True)
    export.export(tiny, os.path.join(TINY_OUT, "onnx/model.onnx"), with_hidden=False)
    export.export(tiny, os.path.join(TINY_OUT, "onnx/model_fp16.onnx"), fp16_io=True, with_hidden=False)
    # The same weights with hidden_states outputs: the reference for taps added by patching the graph.
    os.makedirs(os.path.join(TINY_OUT, "with-hidden"), exist_ok=True)
    export.export(tiny, os.path.join(TINY_OUT, "with-hidden/model.onnx"))
    write_json(os.path.join(TINY_OUT, "config.json"), {
        "model_type": "tokenscope-gpt", "vocab_size": 512, "num_hidden_layers": 2, "num_attention_heads": 2,
        "hidden_size": 32, "max_position_embeddings": 64, "bos_token_id": 0, "eos_token_id": 1})


if __name__ == "__main__":
    main()
