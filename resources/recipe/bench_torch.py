"""PyTorch eager decoding with a KV cache on the demo model's weights, for the host benchmark (c).

    /usr/bin/python3 resources/recipe/bench_torch.py --weights DIR/weights.safetensors --tokens 255 --threads 2

Prints one JSON line: {"tokens_per_s": ..., "tokens": ..., "threads": ...}. Greedy decoding from BOS,
the same work the Java benchmark times; the best of --repeats runs is reported, as on the Java side.
"""
import argparse
import json
import struct
import time

import numpy as np
import torch

from model import GPT, Config


def load_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        a, b = meta["data_offsets"]
        out[name] = torch.from_numpy(np.frombuffer(data[a:b], dtype=np.float32).copy()).reshape(meta["shape"])
    return out


@torch.no_grad()
def decode(model, bos, n):
    past = model.empty_cache(1)
    x = torch.tensor([[bos]])
    for t in range(n):
        mask = torch.ones(1, t + 1, dtype=torch.long)
        logits, past, _ = model(x, mask, torch.tensor([[t]]), past)
        x = torch.argmax(logits[:, -1], dim=-1, keepdim=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--weights", required=True)
    p.add_argument("--tokens", type=int, default=255)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeats", type=int, default=5)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    state = load_safetensors(a.weights)
    vocab, d = state["tok_emb.weight"].shape
    context = state["pos_emb.weight"].shape[0]
    n_layer = len({k.split(".")[1] for k in state if k.startswith("blocks.")})
    cfg = Config(vocab_size=vocab, n_layer=n_layer, d_model=d, context=context,
                 n_head=int(json.load(open(a.weights.replace("weights.safetensors", "config.json")))["num_attention_heads"]))
    model = GPT(cfg).eval()
    model.load_state_dict(state)
    decode(model, vocab - 1, 16)  # warm-up
    best = float("inf")
    for _ in range(a.repeats):
        t0 = time.perf_counter()
        decode(model, vocab - 1, a.tokens)
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"tokens_per_s": a.tokens / best, "tokens": a.tokens, "threads": a.threads}))


if __name__ == "__main__":
    main()
