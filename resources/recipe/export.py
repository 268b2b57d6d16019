"""ONNX export in the Optimum naming, plus the hidden_states.{k} taps, and a safetensors writer.

Debian 12 has no Python `safetensors`, so save_safetensors() writes the format directly (8-byte
little-endian header length, JSON header, raw little-endian tensor bytes).
"""
import json
import struct

import torch


class OnnxWrapper(torch.nn.Module):
    """Flattens the cache into positional inputs; optionally exposes float16 cache and logits."""

    def __init__(self, model, fp16_io=False, with_hidden=True):
        super().__init__()
        self.model = model
        self.fp16_io = fp16_io
        self.with_hidden = with_hidden

    def forward(self, input_ids, attention_mask, position_ids, *flat_past):
        past = []
        for i in range(0, len(flat_past), 2):
            k, v = flat_past[i], flat_past[i + 1]
            if self.fp16_io:
                k, v = k.float(), v.float()
            past.append((k, v))
        logits, present, hidden = self.model(input_ids, attention_mask, position_ids, past)
        flat_present = [t for kv in present for t in kv]
        if self.fp16_io:
            logits = logits.half()
            flat_present = [t.half() for t in flat_present]
        return (logits, *flat_present, *(hidden if self.with_hidden else []))


def export(model, path, fp16_io=False, with_hidden=True):
    cfg = model.cfg
    batch, seq, past_len = 2, 2, 3
    input_ids = torch.randint(0, cfg.vocab_size, (batch, seq))
    mask = torch.ones(batch, past_len + seq, dtype=torch.long)
    pos = torch.arange(past_len, past_len + seq).unsqueeze(0).expand(batch, seq).contiguous()
    dtype = torch.float16 if fp16_io else torch.float32
    past = [torch.zeros(batch, cfg.n_head, past_len, cfg.head_dim, dtype=dtype) for _ in range(2 * cfg.n_layer)]
    past_names, present_names = [], []
    for i in range(cfg.n_layer):
        past_names += [f"past_key_values.{i}.key", f"past_key_values.{i}.value"]
        present_names += [f"present.{i}.key", f"present.{i}.value"]
    hidden_names = [f"hidden_states.{k}" for k in range(cfg.n_layer + 1)]
    axes = {"input_ids": {0: "batch_size", 1: "sequence_length"},
            "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
            "position_ids": {0: "batch_size", 1: "sequence_length"},
            "logits": {0: "batch_size", 1: "sequence_length"}}
    for n in past_names:
        axes[n] = {0: "batch_size", 2: "past_sequence_length"}
    for n in present_names:
        axes[n] = {0: "batch_size", 2: "total_sequence_length"}
    for n in hidden_names:
        axes[n] = {0: "batch_size", 1: "sequence_length"}
    wrapper = OnnxWrapper(model, fp16_io, with_hidden).eval()
    output_names = ["logits"] + present_names + (hidden_names if with_hidden else [])
    if not with_hidden:
        axes = {k: v for k, v in axes.items() if not k.startswith("hidden_states")}
    with torch.no_grad():
        torch.onnx.export(wrapper, (input_ids, mask, pos, *past), path,
                          input_names=["input_ids", "attention_mask", "position_ids"] + past_names,
                          output_names=output_names, dynamic_axes=axes, opset_version=14,
                          # No folding: a folded transpose of the tied embedding would store it twice.
                          do_constant_folding=False)


def save_safetensors(tensors, path, metadata=None):
    header, offset, blobs = {}, 0, []
    for name, t in tensors.items():
        data = t.detach().contiguous().to(torch.float32).numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    if metadata:
        header["__metadata__"] = metadata
    raw = json.dumps(header, separators=(",", ":")).encode()
    raw += b" " * (-len(raw) % 8)  # keep tensor data 8-byte aligned
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(raw)))
        f.write(raw)
        for b in blobs:
            f.write(b)
