"""Writes MODEL_CARD.md from the figures of a training run."""


def write(path, r):
    cfg, bpb = r["cfg"], r["bpb"]
    lines = [
        "# Tokenscope Austen demo model",
        "",
        "A small GPT-style decoder trained from scratch on Jane Austen's novels so that Tokenscope does",
        "something real on a fresh machine with no download. It is a teaching and testing model: it writes",
        "Austen-flavoured English sentences, and it knows nothing else.",
        "",
        "## Architecture",
        f"- {r['n_params']:,} parameters; {cfg.n_layer} pre-LayerNorm blocks, d_model {cfg.d_model}, "
        f"{cfg.n_head} heads of {cfg.head_dim}, GELU MLP ×4, learned positions, context {cfg.context} tokens.",
        f"- Tied unembedding: `tok_emb.weight` in `weights.safetensors` ({cfg.vocab_size} × {cfg.d_model}; "
        "logits = `ln_f`(h) · Wᵀ); every parameter is in that file, under PyTorch's names.",
        f"- Tokenizer: byte-level BPE trained by the recipe, {cfg.vocab_size} ids (256 bytes, "
        f"{cfg.vocab_size - 257} merges, `<|endoftext|>` = {cfg.vocab_size - 1} as BOS and EOS), GPT-2 pre-tokenizer.",
        "- ONNX (opset 14) in the Optimum naming: `input_ids`, `attention_mask`, `position_ids`,",
        "  `past_key_values.{i}.key|value` → `logits`, `present.{i}.key|value`, plus taps `hidden_states.{k}`",
        "  (k = 0: token + position embeddings; k ≥ 1: residual stream after block k−1, before `ln_f`).",
        "",
        "## Data",
        "Jane Austen's six novels from Debian's `r-cran-janeaustenr` (public domain texts from Project",
        "Gutenberg; the R package is MIT-licensed). Wrapped lines are rejoined into paragraphs.",
        "",
        "| novel | chapters |",
        "|---|---|",
    ] + [f"| {t} | {n} |" for t, n in r["novels"]] + [
        "",
        f"- Training split: everything except *Persuasion* chapters 21–24: {r['train_tokens']:,} tokens.",
        f"- Held-out split: *Persuasion* chapters 21–24: {r['heldout_tokens']:,} tokens, {r['heldout_bytes']:,} bytes.",
        "- Both splits ship compressed beside the model (`austen-train.txt.gz`, `austen-heldout.txt.gz`),",
        "  one paragraph per line, chapters separated by a blank line.",
        "",
        "## Quality (held-out bits per byte, lower is better)",
        "",
        "| model | bits/byte |",
        "|---|---|",
        f"| this model | **{bpb['model']:.3f}** |",
        f"| bigram, absolute discounting (same tokenizer, same split) | {bpb['bigram']:.3f} |",
        f"| unigram, add-one (same tokenizer, same split) | {bpb['unigram']:.3f} |",
        "",
        "Bits per byte = total held-out cross-entropy of the text tokens (EOT targets excluded), in",
        "windows that start with BOS, divided by ln 2 and by the UTF-8 bytes of the held-out text.",
        "",
        "## Training",
        f"- {r['steps']} AdamW steps, batch {r['batch']} × {cfg.context} tokens ({r['tokens_seen']:,} tokens seen), "
        f"peak learning rate {r['lr']}, warm-up then cosine decay to 10 %, weight decay 0.1, clip 1.0, seed {r['seed']}.",
        f"- Hardware: {r['machine']}; {r['threads']} PyTorch threads, PyTorch {r['torch']}.",
        f"- Wall time: {r['seconds_train'] / 60:.1f} min training, {r['seconds_total'] / 60:.1f} min for the whole recipe.",
        "- Loss curve (step, training nats/token): " + ", ".join(f"{s}: {l}" for s, l in r["curve"][::4] + ([] if (len(r["curve"]) - 1) % 4 == 0 else r["curve"][-1:])),
        "",
        "## Samples (temperature 0.8, 60 tokens, recipe seed)",
        "",
    ] + [f"- **{p}** → {s.replace(chr(10), ' ↵ ')}" for p, s in r["samples"]] + [
        "",
        "## Reproduce",
        "```",
        "apt-get install -y python3-torch python3-onnx libopenblas0-pthread r-cran-janeaustenr",
        "/usr/bin/python3 resources/recipe/train.py",
        "```",
        "Deterministic for a fixed seed and thread count. It also writes the golden reference outputs",
        "(`model-host/src/test/resources/golden/reference.json`) and the tiny float16 test graphs.",
        "",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
