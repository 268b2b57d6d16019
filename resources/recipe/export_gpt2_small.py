"""A GPT-2-small-shaped model (12 layers, d 768, 12 heads, vocab 50257, context 1024; ~124M parameters)
with random weights, exported like the demo model but with external data, for the host benchmark (d).
Not committed: the benchmark writes it under model-host/target/.

    /usr/bin/python3 resources/recipe/export_gpt2_small.py OUT_DIR
"""
import json
import os
import sys

import onnx
import torch

import export
from model import GPT, Config


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(0)
    cfg = Config(vocab_size=50257, n_layer=12, n_head=12, d_model=768, context=1024)
    model = GPT(cfg).eval()
    tmp = os.path.join(out, "inline.onnx")
    export.export(model, tmp, with_hidden=False)
    m = onnx.load(tmp)
    onnx.save_model(m, os.path.join(out, "model.onnx"), save_as_external_data=True, all_tensors_to_one_file=True,
                    location="model.onnx_data", size_threshold=1024)
    os.remove(tmp)
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump({"name": "gpt2-small-shaped (random)", "vocab_size": cfg.vocab_size, "num_hidden_layers": cfg.n_layer,
                   "num_attention_heads": cfg.n_head, "hidden_size": cfg.d_model,
                   "max_position_embeddings": cfg.context, "bos_token_id": 50256, "eos_token_id": 50256}, f)
    print(sum(p.numel() for p in model.parameters()))


if __name__ == "__main__":
    main()
