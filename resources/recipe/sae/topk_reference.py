"""PyTorch CPU reference of Tokenscope's TopK SAE training, for the SAE benchmark (SaeBenchmark.java).

    /usr/bin/python3 resources/recipe/sae/topk_reference.py --store DIR --init INIT.safetensors \
        --batches BATCHES.i32 --k 32 --lr 1e-3 --threads 2

The same model and optimiser as SaeTrainer, written the way PyTorch users write it (dense autograd):
    x' = x - b_dec;  pre = x' W_enc + b_enc;  f = scatter(topk(pre, k), relu)
    x_hat = f W_dec + b_dec;  loss = mean_b ||x_hat - x||^2  (+ AuxK / 32 when features are dead)
torch.optim.Adam (betas 0.9, 0.999, eps 1e-8), constant learning rate then linear decay over the last
--decay-fraction of the steps, decoder rows renormalised to unit norm after every step. It starts from the
Java run's initial weights and replays its batches (row indices into the activation store), so the loss
curves of the two can be compared step by step.

Prints one JSON line: {"tokens_per_s", "timed_steps", "batch_size", "threads", "mse": [...]}; throughput
is measured over the steps after --warmup, as on the Java side.
"""
import argparse
import json
import struct
import time

import numpy as np
import torch


def load_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        if meta["dtype"] != "F32":
            raise SystemExit(f"{path}: tensor {name} is {meta['dtype']}, expected F32")
        a, b = meta["data_offsets"]
        out[name] = torch.from_numpy(np.frombuffer(data[a:b], dtype="<f4").copy()).reshape(meta["shape"])
    return out


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--store", required=True, help="activation store folder (store.json, activations.f32)")
    p.add_argument("--init", required=True, help="initial W_enc [d_in, d_sae], b_enc, W_dec, b_dec")
    p.add_argument("--batches", required=True, help="int32 little-endian row indices, steps x batch")
    p.add_argument("--batch-size", type=int, default=1024)
    p.add_argument("--k", type=int, required=True)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--decay-fraction", type=float, default=0.2)
    p.add_argument("--aux-coefficient", type=float, default=1 / 32)
    p.add_argument("--k-aux", type=int, default=0, help="0: d_in / 2")
    p.add_argument("--dead-window", type=int, default=200_000)
    p.add_argument("--warmup", type=int, default=10)
    p.add_argument("--threads", type=int, default=2)
    return p.parse_args()


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    with open(f"{args.store}/store.json") as f:
        info = json.load(f)
    d_in = info["dIn"]
    acts = torch.from_numpy(np.fromfile(f"{args.store}/activations.f32", dtype="<f4").reshape(-1, d_in))
    batches = torch.from_numpy(np.fromfile(args.batches, dtype="<i4").astype(np.int64)).reshape(-1, args.batch_size)
    init = load_safetensors(args.init)
    W_enc = torch.nn.Parameter(init["W_enc"].clone())
    b_enc = torch.nn.Parameter(init["b_enc"].clone())
    W_dec = torch.nn.Parameter(init["W_dec"].clone())
    b_dec = torch.nn.Parameter(init["b_dec"].clone())
    d_sae = W_enc.shape[1]
    k_aux = args.k_aux if args.k_aux > 0 else max(1, d_in // 2)
    opt = torch.optim.Adam([W_enc, b_enc, W_dec, b_dec], lr=args.lr, betas=(0.9, 0.999), eps=1e-8)
    steps = batches.shape[0]
    decay_steps = round(steps * args.decay_fraction)
    last_fired = torch.zeros(d_sae, dtype=torch.long)
    tokens = 0
    mse_curve = []
    start = None
    for step in range(steps):
        if step == args.warmup:
            start = time.perf_counter()
        lr = args.lr if step < steps - decay_steps or decay_steps == 0 else args.lr * (steps - step) / decay_steps
        for group in opt.param_groups:
            group["lr"] = lr
        x = acts.index_select(0, batches[step])
        pre = (x - b_dec) @ W_enc + b_enc
        values, indices = pre.topk(args.k, dim=-1)
        f = torch.zeros_like(pre).scatter(-1, indices, torch.relu(values))
        x_hat = f @ W_dec + b_dec
        mse = (x_hat - x).pow(2).sum(-1).mean()
        loss = mse
        dead = (tokens - last_fired) >= args.dead_window
        n_dead = int(dead.sum())
        if n_dead > 0:
            masked = torch.where(dead[None], pre, torch.tensor(float("-inf")))
            aux_values, aux_indices = masked.topk(min(k_aux, n_dead), dim=-1)
            z = torch.zeros_like(pre).scatter(-1, aux_indices, torch.relu(aux_values))
            residual = (x - x_hat).detach()
            loss = loss + args.aux_coefficient * (z @ W_dec - residual).pow(2).sum(-1).mean()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        with torch.no_grad():
            W_dec /= W_dec.norm(dim=-1, keepdim=True)
            tokens += x.shape[0]
            last_fired[(f > 0).any(0)] = tokens
        mse_curve.append(float(mse))
    elapsed = time.perf_counter() - start
    timed = steps - args.warmup
    print(json.dumps({"tokens_per_s": timed * args.batch_size / elapsed, "timed_steps": timed,
                      "batch_size": args.batch_size, "threads": args.threads, "mse": mse_curve}))


if __name__ == "__main__":
    main()
